import type { Framework, Question } from "../framework/types";
import { isStage } from "./levels";
import { questionsById } from "./question-index";
import type { AnswerInput, AnswerValue, ScoringIssue } from "./types";

export interface ResolvedAnswer {
  question: Question;
  /** null: unanswered, or the answer was rejected (see the issues). */
  value: AnswerValue | null;
}

export interface ResolvedAnswers {
  /** One entry per framework question, in framework order. */
  answers: ResolvedAnswer[];
  /** Issues of known questions in framework order, then unknown ids sorted, so input order never shows. */
  issues: ScoringIssue[];
}

/** The last answer per question id wins; the ids answered more than once are reported. */
function latestAnswers(inputs: readonly AnswerInput[]) {
  const latest = new Map<string, AnswerInput>();
  const duplicated = new Set<string>();
  for (const input of inputs) {
    if (latest.has(input.questionId)) duplicated.add(input.questionId);
    latest.set(input.questionId, input);
  }
  return { latest, duplicated };
}

const blank = (text: string | null | undefined) => !text || text.trim() === "";

/** The value to score, or null with an issue when the answer cannot be scored. */
function acceptedValue(input: AnswerInput, issues: ScoringIssue[]): AnswerValue | null {
  if (input.value === "not_applicable") {
    if (!blank(input.naReason)) return "not_applicable";
    issues.push({ questionId: input.questionId, code: "na_reason_missing" });
    return null;
  }
  // Answers arrive from forms and storage, so the type alone does not guarantee a stage.
  if (isStage(input.value)) return input.value;
  issues.push({ questionId: input.questionId, code: "invalid_value" });
  return null;
}

function unknownQuestionIssues(framework: Framework, latest: ReadonlyMap<string, AnswerInput>): ScoringIssue[] {
  const known = questionsById(framework);
  return [...latest.keys()]
    .filter((questionId) => !known.has(questionId))
    .sort()
    .map((questionId) => ({ questionId, code: "unknown_question" }));
}

/** Matches answers to the framework's questions and rejects those that cannot be scored. */
export function resolveAnswers(framework: Framework, inputs: readonly AnswerInput[]): ResolvedAnswers {
  const { latest, duplicated } = latestAnswers(inputs);
  const issues: ScoringIssue[] = [];
  const answers = framework.questions.map((question) => {
    const input = latest.get(question.id);
    if (duplicated.has(question.id)) issues.push({ questionId: question.id, code: "duplicate_answer" });
    return { question, value: input ? acceptedValue(input, issues) : null };
  });
  issues.push(...unknownQuestionIssues(framework, latest));
  return { answers, issues };
}

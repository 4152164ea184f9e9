import type { Framework } from "../framework/types";
import { frameworkIndex } from "./framework-index";
import { isStage } from "./levels";
import type { AnswerInput, AnswerValue, ScoringIssue } from "./types";

export interface ResolvedAnswers {
  /** The scored answer of each `framework.questions[i]`; null when unanswered or rejected. */
  values: (AnswerValue | null)[];
  /** Issues of known questions in framework order, then unknown ids sorted, so input order never shows. */
  issues: ScoringIssue[];
}

/** The last answer per question wins; repeated and unknown ids are collected for the issues. */
function latestAnswers(framework: Framework, inputs: readonly AnswerInput[]) {
  const { questionPositions } = frameworkIndex(framework);
  const latest = new Array<AnswerInput | undefined>(framework.questions.length);
  // Arrays rather than sets: both stay empty for nearly every assessment and are cheaper to create.
  const repeated: string[] = [];
  const unknown: string[] = [];
  for (const input of inputs) {
    const position = questionPositions.get(input.questionId);
    if (position === undefined) unknown.push(input.questionId);
    else {
      if (latest[position]) repeated.push(input.questionId);
      latest[position] = input;
    }
  }
  return { latest, repeated, unknown };
}

const blank = (text: string | null | undefined) => !text || text.trim() === "";

/** The value to score, or null with an issue when the answer cannot be scored. */
function acceptedValue(input: AnswerInput, issues: ScoringIssue[]): AnswerValue | null {
  if (input.value === "unknown") return null;
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

/** Matches answers to the framework's questions and rejects those that cannot be scored. */
export function resolveAnswers(framework: Framework, inputs: readonly AnswerInput[]): ResolvedAnswers {
  const { latest, repeated, unknown } = latestAnswers(framework, inputs);
  const issues: ScoringIssue[] = [];
  const values: (AnswerValue | null)[] = [];
  for (const input of latest) {
    if (input && repeated.length > 0 && repeated.includes(input.questionId)) {
      issues.push({ questionId: input.questionId, code: "duplicate_answer" });
    }
    values.push(input ? acceptedValue(input, issues) : null);
  }
  if (unknown.length > 0) {
    for (const questionId of [...new Set(unknown)].sort()) issues.push({ questionId, code: "unknown_question" });
  }
  return { values, issues };
}

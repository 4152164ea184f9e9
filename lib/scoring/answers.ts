import type { Framework, Stage } from "../framework/types";
import { frameworkIndex } from "./framework-index";
import { levelOf, NO_ANSWER, NOT_APPLICABLE } from "./levels";
import { DEFAULT_SCORING_POLICY, type ScoringPolicy } from "./policy";
import { targetIndexesOf } from "./targets";
import type { AnswerInput, ScoringIssue, Targets } from "./types";

export interface ResolvedAnswers {
  /**
   * The scored answer of each `framework.questions[i]` as a level (levels.ts): a stage index, or
   * NO_ANSWER when unanswered or rejected, or NOT_APPLICABLE; valueOfLevel gives the value.
   */
  levels: number[];
  /** Issues of known questions in framework order, then unknown ids sorted, so input order never shows. */
  issues: ScoringIssue[];
}

/** The last answer per question wins; repeated and unknown ids are collected for the issues. */
function latestAnswers(framework: Framework, inputs: readonly AnswerInput[]) {
  const { questionPositions } = frameworkIndex(framework);
  const { questions } = framework;
  // Filled, not holey: V8 reads a packed array faster.
  const latest = new Array<AnswerInput | undefined>(questions.length).fill(undefined);
  // Arrays rather than sets: both stay empty for nearly every assessment and are cheaper to create.
  const repeated: string[] = [];
  const unknown: string[] = [];
  for (let index = 0; index < inputs.length; index++) {
    const input = inputs[index]!;
    // Answers usually come in framework order: a string comparison then spares the map lookup.
    const position = questions[index]?.id === input.questionId ? index : questionPositions.get(input.questionId);
    if (position === undefined) unknown.push(input.questionId);
    else {
      if (latest[position]) repeated.push(input.questionId);
      latest[position] = input;
    }
  }
  return { latest, repeated, unknown };
}

const blank = (text: string | null | undefined) => !text || text.trim() === "";

/**
 * The level to score, or NO_ANSWER with an issue when the answer cannot be scored. An N/A leaves
 * the sums only when the question allows it, a reason is given and, where the policy asks, an
 * admin approved it; otherwise it counts as unanswered, which lowers coverage rather than lifting a mean.
 */
function acceptedLevel(input: AnswerInput, naAllowed: boolean, policy: Pick<ScoringPolicy, "naRequiresApproval">, issues: ScoringIssue[]): number {
  if (input.value === "unknown") return NO_ANSWER;
  if (input.value === "not_applicable") {
    const code = !naAllowed ? "na_not_allowed" : blank(input.naReason) ? "na_reason_missing" : policy.naRequiresApproval && !input.naApproved ? "na_pending_approval" : null;
    if (code === null) return NOT_APPLICABLE;
    issues.push({ questionId: input.questionId, code });
    return NO_ANSWER;
  }
  // Answers arrive from forms and storage, so the type alone does not guarantee a stage.
  const level = levelOf(input.value);
  if (level === NO_ANSWER) issues.push({ questionId: input.questionId, code: "invalid_value" });
  return level;
}

/** Matches answers to the framework's questions and rejects those that cannot be scored. */
export function resolveAnswers(
  framework: Framework,
  inputs: readonly AnswerInput[],
  policy: Pick<ScoringPolicy, "naRequiresApproval"> = DEFAULT_SCORING_POLICY,
): ResolvedAnswers {
  return resolveInOrder(framework, inputs, policy) ?? resolveAny(framework, inputs, policy);
}

/**
 * The common case, answers one per question in framework order as the app stores and sends them,
 * resolved without the matching: no answer can repeat or be unknown, and issues come in framework
 * order as they are found. Null as soon as an answer is out of place, for resolveAny to match them.
 */
function resolveInOrder(framework: Framework, inputs: readonly AnswerInput[], policy: Pick<ScoringPolicy, "naRequiresApproval">): ResolvedAnswers | null {
  const { questions } = framework;
  if (inputs.length !== questions.length) return null;
  const { naAllowed } = frameworkIndex(framework);
  const issues: ScoringIssue[] = [];
  // Sized once: growing an array by push reallocates it several times per assessment.
  const levels = new Array<number>(inputs.length);
  for (let position = 0; position < inputs.length; position++) {
    const input = inputs[position]!;
    if (input.questionId !== questions[position]!.id) return null;
    levels[position] = acceptedLevel(input, naAllowed[position]!, policy, issues);
  }
  return { levels, issues };
}

function resolveAny(framework: Framework, inputs: readonly AnswerInput[], policy: Pick<ScoringPolicy, "naRequiresApproval">): ResolvedAnswers {
  const { latest, repeated, unknown } = latestAnswers(framework, inputs);
  const { naAllowed } = frameworkIndex(framework);
  const issues: ScoringIssue[] = [];
  const levels: number[] = [];
  for (let position = 0; position < latest.length; position++) {
    const input = latest[position];
    if (input && repeated.length > 0 && repeated.includes(input.questionId)) {
      issues.push({ questionId: input.questionId, code: "duplicate_answer" });
    }
    const level = input ? acceptedLevel(input, naAllowed[position]!, policy, issues) : NO_ANSWER;
    levels.push(level);
  }
  if (unknown.length > 0) {
    for (const questionId of [...new Set(unknown)].sort()) issues.push({ questionId, code: "unknown_question" });
  }
  return { levels, issues };
}

/** Answers resolved with each question's target (as a stage index): what scoring, next steps and the roadmap all read. */
export interface ResolvedAssessment extends ResolvedAnswers {
  targetIndexes: readonly number[];
  /** The target each `framework.pillars[i]` sets itself, undefined where it takes the policy's default. */
  ownPillarTargets: readonly (Stage | undefined)[];
}

/** Resolves once for a caller that scores, ranks next steps and plans from the same answers. */
export function resolveAssessment(framework: Framework, answers: readonly AnswerInput[], targets: Targets, policy: ScoringPolicy): ResolvedAssessment {
  const { levels, issues } = resolveAnswers(framework, answers, policy);
  const { targetIndexes, ownPillarTargets } = targetIndexesOf(framework, targets, policy);
  // Fields listed rather than spread: spreading copies slower, and this runs per assessment.
  return { levels, issues, targetIndexes, ownPillarTargets };
}

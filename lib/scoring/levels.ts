import { STAGES, type Stage } from "../framework/types";
import type { AnswerValue } from "./types";

/** Means of pillar scores can land a hair below a whole number (2.9999999999999996 for 3). */
const ROUNDING_TOLERANCE = 1e-9;

/**
 * A resolved answer as a number, as the scoring, next steps and roadmap loops read it: a stage's
 * index (0 Traditional to 3 Optimal), or one of these two. Numbers compare in one instruction
 * where stage strings need a comparison each.
 */
export const NO_ANSWER = -1;
export const NOT_APPLICABLE = -2;

/** The stage index of a value that may not be a stage (answers arrive from forms and storage), else NO_ANSWER. */
export function levelOf(value: unknown): number {
  switch (value) {
    case "traditional":
      return 0;
    case "initial":
      return 1;
    case "advanced":
      return 2;
    case "optimal":
      return 3;
    default:
      return NO_ANSWER;
  }
}

/** The answer value a level stands for: the inverse of what resolving maps values to. */
export function valueOfLevel(level: number): AnswerValue | null {
  if (level >= 0) return STAGES[level]!;
  return level === NOT_APPLICABLE ? "not_applicable" : null;
}

/** Position in STAGES. */
export const stageIndex = (stage: Stage): number => levelOf(stage);

/** Traditional 1, Initial 2, Advanced 3, Optimal 4. */
export const levelScore = (stage: Stage) => stageIndex(stage) + 1;

/** Floor: a score earns a stage only once it reaches that stage's level score (Advanced from 3.0). */
export function stageForScore(score: number): Stage {
  const index = Math.floor(score - 1 + ROUNDING_TOLERANCE);
  return STAGES[Math.min(Math.max(index, 0), STAGES.length - 1)]!;
}

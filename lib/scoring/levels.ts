import { STAGES, type Stage } from "../framework/types";

export const LEVEL_SCORE: Record<Stage, number> = { traditional: 1, initial: 2, advanced: 3, optimal: 4 };

/** Means of pillar scores can land a hair below a whole number (2.9999999999999996 for 3). */
const ROUNDING_TOLERANCE = 1e-9;

export function isStage(value: unknown): value is Stage {
  return (STAGES as readonly unknown[]).includes(value);
}

export function stageIndex(stage: Stage): number {
  return LEVEL_SCORE[stage] - 1;
}

/** Floor: a score earns a stage only once it reaches that stage's level score (Advanced from 3.0). */
export function stageForScore(score: number): Stage {
  const index = Math.floor(score - 1 + ROUNDING_TOLERANCE);
  return STAGES[Math.min(Math.max(index, 0), STAGES.length - 1)]!;
}

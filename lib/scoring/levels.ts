import { STAGES, type Stage } from "../framework/types";

/** Means of pillar scores can land a hair below a whole number (2.9999999999999996 for 3). */
const ROUNDING_TOLERANCE = 1e-9;

export function isStage(value: unknown): value is Stage {
  return value === "traditional" || value === "initial" || value === "advanced" || value === "optimal";
}

/** Position in STAGES. A switch, not a lookup: it runs for every answer and compiles to a few comparisons. */
export function stageIndex(stage: Stage): number {
  switch (stage) {
    case "traditional":
      return 0;
    case "initial":
      return 1;
    case "advanced":
      return 2;
    case "optimal":
      return 3;
  }
}

/** Traditional 1, Initial 2, Advanced 3, Optimal 4. */
export const levelScore = (stage: Stage) => stageIndex(stage) + 1;

/** Floor: a score earns a stage only once it reaches that stage's level score (Advanced from 3.0). */
export function stageForScore(score: number): Stage {
  const index = Math.floor(score - 1 + ROUNDING_TOLERANCE);
  return STAGES[Math.min(Math.max(index, 0), STAGES.length - 1)]!;
}

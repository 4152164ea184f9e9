/**
 * What the board pages of the PDF report say, computed from scored results. Pure, so the
 * rules are unit-tested and the report's appendix can state them exactly.
 */
import { STAGES, type Stage } from "@/lib/framework/types";
import type { NextStepItem } from "@/lib/scoring/types";

/** The one-line rule the appendix prints for `largestRisks`. */
export const RISK_RULE =
  "The largest risks are the answered questions furthest below their target, each gap (in stages) multiplied by the question's weight (1 supporting to 3 critical); ties go to the more important question, then to the higher-ranked next step.";

/** The biggest gaps on the most important questions: gap × weight, highest first. */
export function largestRisks(steps: readonly NextStepItem[], count = 3): NextStepItem[] {
  return steps
    .map((step, position) => ({ step, position }))
    .sort((a, b) => b.step.gap * b.step.weight - a.step.gap * a.step.weight || b.step.weight - a.step.weight || a.position - b.position)
    .slice(0, count)
    .map(({ step }) => step);
}

/** Items grouped by the stage they reach, in stage order; stages without items are left out. */
export function groupByStage<T extends { toStage: Stage }>(items: readonly T[]): { stage: Stage; items: T[] }[] {
  return STAGES.map((stage) => ({ stage, items: items.filter((item) => item.toStage === stage) })).filter((group) => group.items.length > 0);
}

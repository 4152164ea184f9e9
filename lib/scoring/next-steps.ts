import { STAGES, type Effort, type Framework, type Question, type Stage } from "../framework/types";
import { resolveAnswers } from "./answers";
import { frameworkIndex } from "./framework-index";
import { stageIndex } from "./levels";
import type { AnswerInput, NextStepItem, Targets } from "./types";

const EFFORT_COST: Record<Effort, number> = { S: 1, M: 2, L: 3 };

/** Only the step out of the current stage: a question at Traditional never gets an Optimal step. */
function immediateNextStep(question: Question, current: Stage, target: Stage): NextStepItem | null {
  const gap = stageIndex(target) - stageIndex(current);
  if (current === "optimal" || gap <= 0) return null;
  const { action, effort, impact } = question.nextSteps[current];
  return {
    questionId: question.id,
    pillar: question.pillar,
    title: question.title,
    fromStage: current,
    toStage: STAGES[stageIndex(current) + 1]!,
    action,
    effort,
    impact,
    weight: question.weight,
    gap,
    priority: (gap * question.weight * impact) / EFFORT_COST[effort],
  };
}

const outranks = (step: NextStepItem, other: NextStepItem) =>
  step.priority > other.priority || (step.priority === other.priority && step.impact > other.impact);

/** Insertion keeps steps ranked without Array.prototype.sort, whose comparator calls cost more here. */
function insertRanked(steps: NextStepItem[], step: NextStepItem): void {
  let index = steps.length;
  // A step already in place wins a full tie, so framework order breaks the ties left.
  while (index > 0 && outranks(step, steps[index - 1]!)) index--;
  steps.splice(index, 0, step);
}

/**
 * The immediate next step of every answered, applicable question below its pillar's target
 * (optimal when the pillar has none), highest priority first; at most `limit` items.
 */
export function prioritiseNextSteps(
  framework: Framework,
  answers: readonly AnswerInput[],
  targets: Targets = {},
  limit = Number.POSITIVE_INFINITY,
): NextStepItem[] {
  const { values } = resolveAnswers(framework, answers);
  const { pillarPositions } = frameworkIndex(framework);
  // By pillar position, so the per-question loop reads an array rather than the targets record.
  const pillarTargets = framework.pillars.map((pillar) => targets[pillar.id] ?? "optimal");
  const steps: NextStepItem[] = [];
  framework.questions.forEach((question, position) => {
    const value = values[position];
    if (!value || value === "not_applicable") return;
    const step = immediateNextStep(question, value, pillarTargets[pillarPositions[position]!] ?? "optimal");
    if (step) insertRanked(steps, step);
  });
  return steps.length > limit ? steps.slice(0, Math.max(0, limit)) : steps;
}

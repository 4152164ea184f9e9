import { STAGES, type Effort, type Framework, type Question, type Stage } from "../framework/types";
import { resolveAnswers } from "./answers";
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
  const steps: NextStepItem[] = [];
  framework.questions.forEach((question, position) => {
    const value = values[position];
    if (!value || value === "not_applicable") return;
    const step = immediateNextStep(question, value, targets[question.pillar] ?? "optimal");
    if (step) steps.push(step);
  });
  // The sort is stable and steps are in framework order, so that order breaks the remaining ties.
  steps.sort((a, b) => b.priority - a.priority || b.impact - a.impact);
  return steps.slice(0, Math.max(0, limit));
}

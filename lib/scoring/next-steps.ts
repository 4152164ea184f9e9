import { STAGES, type Effort, type Framework, type Question, type Stage } from "../framework/types";
import { resolveAnswers } from "./answers";
import { frameworkIndex } from "./framework-index";
import { stageIndex } from "./levels";
import type { AnswerInput, AnswerValue, NextStepItem, Targets } from "./types";

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
    needs: [],
  };
}

/**
 * The questions a step to `toStage` needs first: prerequisites of that level whose question is
 * below the level asked. A question answered N/A does not apply, so it blocks nothing.
 */
function unmetPrerequisites(question: Question, toStage: Stage, values: readonly (AnswerValue | null)[], positions: ReadonlyMap<string, number>): string[] {
  const needs: string[] = [];
  for (const prerequisite of question.detail?.prerequisites ?? []) {
    if (prerequisite.level !== toStage) continue;
    const value = values[positions.get(prerequisite.question) ?? -1];
    if (value === "not_applicable") continue;
    if (!value || stageIndex(value) < stageIndex(prerequisite.atLeast)) needs.push(prerequisite.question);
  }
  return needs;
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

/** Ranked order, except that a step a higher one needs moves up to just before it. */
function prerequisitesFirst(steps: readonly NextStepItem[]): NextStepItem[] {
  const byQuestion = new Map(steps.map((step) => [step.questionId, step]));
  const placed = new Set<string>();
  const ordered: NextStepItem[] = [];
  // Prerequisites are validated acyclic; `visiting` still guards a hand-made framework.
  const place = (step: NextStepItem, visiting: Set<string>) => {
    if (placed.has(step.questionId) || visiting.has(step.questionId)) return;
    visiting.add(step.questionId);
    for (const need of step.needs) {
      const first = byQuestion.get(need);
      if (first) place(first, visiting);
    }
    placed.add(step.questionId);
    ordered.push(step);
  };
  for (const step of steps) place(step, new Set());
  return ordered;
}

/**
 * The immediate next step of every answered, applicable question below its target, highest
 * priority first, each after the steps it needs; at most `limit` items. A question's target is
 * its group's (`targets.groups`), else its pillar's, else optimal.
 */
export function prioritiseNextSteps(
  framework: Framework,
  answers: readonly AnswerInput[],
  targets: Targets = {},
  limit = Number.POSITIVE_INFINITY,
): NextStepItem[] {
  const { values } = resolveAnswers(framework, answers);
  const { pillarPositions, questionPositions } = frameworkIndex(framework);
  // By pillar position, so the per-question loop reads an array rather than the targets record.
  const pillarTargets = framework.pillars.map((pillar) => targets[pillar.id] ?? "optimal");
  const groupTargets = targets.groups ?? {};
  const steps: NextStepItem[] = [];
  let needsAny = false;
  framework.questions.forEach((question, position) => {
    const value = values[position];
    if (!value || value === "not_applicable") return;
    const target = (question.detail && groupTargets[question.detail.group]) ?? pillarTargets[pillarPositions[position]!] ?? "optimal";
    const step = immediateNextStep(question, value, target);
    if (!step) return;
    if (question.detail) {
      step.needs = unmetPrerequisites(question, step.toStage, values, questionPositions);
      needsAny ||= step.needs.length > 0;
    }
    insertRanked(steps, step);
  });
  const ordered = needsAny ? prerequisitesFirst(steps) : steps;
  return ordered.length > limit ? ordered.slice(0, Math.max(0, limit)) : ordered;
}

import { STAGES, type Effort, type Framework, type Question, type Stage } from "../framework/types";
import { resolveAnswers } from "./answers";
import { frameworkIndex, type IndexedPrerequisite } from "./framework-index";
import { stageIndex } from "./levels";
import type { AnswerInput, AnswerValue, NextStepItem, Targets } from "./types";

const EFFORT_COST: Record<Effort, number> = { S: 1, M: 2, L: 3 };
/** Shared by every step that needs nothing: most steps, so no array is made for them. */
const NO_NEEDS: readonly string[] = Object.freeze([]);

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
    needs: NO_NEEDS,
  };
}

/**
 * The questions a step to `toStage` needs first: prerequisites of that level whose question is
 * below the level asked. A question answered N/A does not apply, so it blocks nothing.
 */
function unmetPrerequisites(prerequisites: readonly IndexedPrerequisite[], toStage: number, values: readonly (AnswerValue | null)[]): readonly string[] {
  let needs: string[] | undefined;
  for (const prerequisite of prerequisites) {
    if (prerequisite.level !== toStage) continue;
    const value = values[prerequisite.position];
    if (value === "not_applicable") continue;
    if (!value || stageIndex(value) < prerequisite.atLeast) (needs ??= []).push(prerequisite.questionId);
  }
  return needs ?? NO_NEEDS;
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
 * Ranked order, except that a step another needs moves up to just before it. In place and
 * allocation-free: this runs for every assessment, and steps are few.
 */
function prerequisitesFirst(steps: NextStepItem[]): void {
  // Prerequisites are validated acyclic; the budget still ends a hand-made cycle.
  let budget = steps.length * steps.length;
  for (let index = 0; index < steps.length && budget > 0; index++) {
    for (const need of steps[index]!.needs) {
      let later = index + 1;
      while (later < steps.length && steps[later]!.questionId !== need) later++;
      if (later === steps.length) continue;
      steps.splice(index, 0, steps.splice(later, 1)[0]!);
      budget--;
      // Look again at this position: the step moved up may need others first.
      index--;
      break;
    }
  }
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
  const { pillarPositions, prerequisites } = frameworkIndex(framework);
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
    const own = prerequisites[position]!;
    if (own.length > 0) {
      step.needs = unmetPrerequisites(own, stageIndex(step.toStage), values);
      needsAny ||= step.needs.length > 0;
    }
    insertRanked(steps, step);
  });
  if (needsAny) prerequisitesFirst(steps);
  return steps.length > limit ? steps.slice(0, Math.max(0, limit)) : steps;
}

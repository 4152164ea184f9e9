import { STAGES, type Effort, type Framework, type Question, type Stage } from "../framework/types";
import { resolveAnswers } from "./answers";
import { frameworkIndex, type IndexedPrerequisite } from "./framework-index";
import { stageIndex } from "./levels";
import { DEFAULT_SCORING_POLICY, type ScoringPolicy } from "./policy";
import { pillarTarget } from "./targets";
import type { AnswerInput, AnswerValue, NextStepItem, Targets } from "./types";

export const EFFORT_COST: Record<Effort, number> = { S: 1, M: 2, L: 3 };
/** An important question's step counts double: it may be what holds its pillar's stage down. */
const IMPORTANT_FACTOR = 2;
/** Shared by every step that needs nothing or folds nothing in: most steps, so no array is made for them. */
const NONE: readonly string[] = Object.freeze([]);

/** Only the step out of the current stage: a question at Traditional never gets an Optimal step. */
function immediateStep(question: Question, current: Exclude<Stage, "optimal">, target: Stage, normalisedWeight: number, important: boolean): NextStepItem {
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
    target,
    gap: Math.max(0, stageIndex(target) - stageIndex(current)),
    priority: (normalisedWeight * impact * (important ? IMPORTANT_FACTOR : 1)) / EFFORT_COST[effort],
    needs: NONE,
    enabling: false,
    alsoFor: NONE,
  };
}

/** Prerequisites of reaching `toStage` whose question is below the stage asked. A question answered N/A does not apply, so it blocks nothing. */
function unmetPrerequisites(prerequisites: readonly IndexedPrerequisite[], toStage: number, values: readonly (AnswerValue | null)[]): IndexedPrerequisite[] | null {
  let unmet: IndexedPrerequisite[] | null = null;
  for (const prerequisite of prerequisites) {
    if (prerequisite.level !== toStage) continue;
    const value = values[prerequisite.position];
    if (value === "not_applicable") continue;
    if (!value || stageIndex(value) < prerequisite.atLeast) (unmet ??= []).push(prerequisite);
  }
  return unmet;
}

/** Higher priority first; on equal priority the lower current stage, the weaker link, first. */
const outranks = (step: NextStepItem, other: NextStepItem) =>
  step.priority > other.priority || (step.priority === other.priority && stageIndex(step.fromStage) < stageIndex(other.fromStage));

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

/** Steps with the same action text become one, listed under the highest-ranked question. */
function foldSameActions(steps: NextStepItem[]): NextStepItem[] {
  const byAction = new Map<string, NextStepItem>();
  const kept: NextStepItem[] = [];
  for (const step of steps) {
    const key = step.action.trim().toLowerCase();
    const first = byAction.get(key);
    if (first) first.alsoFor = [...first.alsoFor, step.questionId];
    else {
      byAction.set(key, step);
      kept.push(step);
    }
  }
  return kept;
}

const OFFERED = 1;
const BLOCKED = 2;
const VISITING = 3;

/**
 * The immediate next step of every answered, applicable question below its target (targets.ts),
 * highest priority first, at most `limit` items. A step is offered only when each question it
 * needs has a step in the list that reaches the stage needed, placed before it: a question at its
 * target is given an `enabling` step when another needs it one stage higher; a step whose
 * prerequisite is unanswered or more than one stage short is left to the roadmap, which plans
 * several stages. Steps never go beyond the next stage, and repeated actions are folded together.
 */
export function prioritiseNextSteps(
  framework: Framework,
  answers: readonly AnswerInput[],
  targets: Targets = {},
  policy: ScoringPolicy = DEFAULT_SCORING_POLICY,
  limit = Number.POSITIVE_INFINITY,
): NextStepItem[] {
  const { values } = resolveAnswers(framework, answers, policy);
  const { pillarPositions, prerequisites, important, normalisedWeights, duplicateActions } = frameworkIndex(framework);
  const pillarTargets = framework.pillars.map((pillar) => pillarTarget(targets, pillar.id, policy));
  const groups = targets.groups;
  const stepAt: (NextStepItem | null)[] = new Array(framework.questions.length).fill(null);
  // Positions of steps with unmet prerequisites: few or none, so the settling below rarely runs.
  const pending: number[] = [];

  const makeStep = (position: number, target: Stage): NextStepItem | null => {
    const value = values[position];
    if (!value || value === "not_applicable" || value === "optimal") return null;
    const step = immediateStep(framework.questions[position]!, value, target, normalisedWeights[position]!, important[position]!);
    const unmet = prerequisites[position]!.length > 0 ? unmetPrerequisites(prerequisites[position]!, stageIndex(step.toStage), values) : null;
    if (unmet) {
      step.needs = unmet.map((prerequisite) => prerequisite.questionId);
      pending.push(position);
    }
    return step;
  };

  framework.questions.forEach((question, position) => {
    const value = values[position];
    if (!value || value === "not_applicable") return;
    const target = (groups && question.detail && groups[question.detail.group]) || pillarTargets[pillarPositions[position]!] || policy.defaultTarget;
    if (stageIndex(value) < stageIndex(target)) stepAt[position] = makeStep(position, target);
  });

  if (pending.length > 0) {
    const state = new Array<number>(stepAt.length).fill(0);
    // Whether the step of `position` can be offered: each unmet prerequisite gets a step that reaches it, and that step can be offered.
    const settle = (position: number): boolean => {
      if (state[position] === OFFERED || state[position] === VISITING) return state[position] === OFFERED;
      if (state[position] === BLOCKED) return false;
      state[position] = VISITING;
      const step = stepAt[position]!;
      const unmet = step.needs.length > 0 ? unmetPrerequisites(prerequisites[position]!, stageIndex(step.toStage), values)! : [];
      const ok = unmet.every(({ position: needed, atLeast }) => {
        const value = values[needed];
        if (!value || value === "not_applicable" || stageIndex(value) + 1 < atLeast) return false;
        if (!stepAt[needed]) {
          // At its own target: it goes one stage further only because this step needs it.
          const enabling = makeStep(needed, value);
          if (!enabling) return false;
          enabling.enabling = true;
          stepAt[needed] = enabling;
        }
        return settle(needed);
      });
      state[position] = ok ? OFFERED : BLOCKED;
      return ok;
    };
    for (const position of pending) if (stepAt[position]) settle(position);
    stepAt.forEach((step, position) => {
      if (step && state[position] === BLOCKED) stepAt[position] = null;
    });
  }

  const steps: NextStepItem[] = [];
  for (const step of stepAt) if (step) insertRanked(steps, step);
  if (pending.length > 0) prerequisitesFirst(steps);
  const folded = duplicateActions ? foldSameActions(steps) : steps;
  return folded.length > limit ? folded.slice(0, Math.max(0, limit)) : folded;
}

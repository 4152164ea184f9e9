import { STAGES, type Effort, type Framework, type NextStep, type Question, type Stage } from "../framework/types";
import { resolveAssessment, type ResolvedAssessment } from "./answers";
import { frameworkIndex, type FrameworkIndex, type IndexedPrerequisite } from "./framework-index";
import { NOT_APPLICABLE } from "./levels";
import { perFramework } from "./per-framework";
import { DEFAULT_SCORING_POLICY, type ScoringPolicy } from "./policy";
import type { AnswerInput, NextStepItem, Targets } from "./types";

export const EFFORT_COST: Record<Effort, number> = { S: 1, M: 2, L: 3 };
/** An important question's step counts double: it may be what holds its pillar's stage down. */
const IMPORTANT_FACTOR = 2;
/** Shared by every step that needs nothing or folds nothing in: most steps, so no array is made for them. */
const NONE: readonly string[] = Object.freeze([]);

/**
 * How much of the overall shortfall leaving a question's stage closes per unit of effort: the
 * next steps rank by it, and the roadmap too, so both rank alike.
 */
export function stepPriority(normalisedWeight: number, impact: number, important: boolean, effort: Effort): number {
  return (normalisedWeight * impact * (important ? IMPORTANT_FACTOR : 1)) / EFFORT_COST[effort];
}

/** Only the step out of the current stage (`from`, below Optimal): a question at Traditional never gets an Optimal step. */
function immediateStep(
  question: Question,
  from: number,
  target: number,
  tables: Pick<StepTables, "definitions" | "priorities">,
  slot: number,
  needs: readonly string[] = NONE,
  enabling = false,
): NextStepItem {
  const { action, effort, impact } = tables.definitions[slot]!;
  return {
    questionId: question.id,
    pillar: question.pillar,
    title: question.title,
    fromStage: STAGES[from]!,
    toStage: STAGES[from + 1]!,
    action,
    effort,
    impact,
    weight: question.weight,
    target: STAGES[target]!,
    gap: Math.max(0, target - from),
    priority: tables.priorities[slot]!,
    needs,
    enabling,
    alsoFor: NONE,
  };
}

/** Prerequisites of reaching `toStage` whose question is below the stage asked. A question answered N/A does not apply, so it blocks nothing. */
function unmetPrerequisites(prerequisites: readonly IndexedPrerequisite[], toStage: number, levels: readonly number[]): IndexedPrerequisite[] | null {
  let unmet: IndexedPrerequisite[] | null = null;
  for (const prerequisite of prerequisites) {
    if (prerequisite.level !== toStage) continue;
    const level = levels[prerequisite.position]!;
    // Unanswered is NO_ANSWER, below every stage.
    if (level !== NOT_APPLICABLE && level < prerequisite.atLeast) (unmet ??= []).push(prerequisite);
  }
  return unmet;
}

/**
 * Every step a framework can offer is a slot `position × 3 + current stage`; its definition and
 * priority depend only on the slot, so they are looked up once per framework object.
 */
interface StepTables {
  definitions: readonly NextStep[];
  priorities: Float64Array;
  /**
   * Each slot's place in ranking order: higher priority first; on equal priority the lower
   * current stage, the weaker link, first; then framework order. Each call sorts its own steps by it.
   */
  slotRanks: Int32Array;
  /** The slots in ranking order, the inverse of `slotRanks`. */
  rankedSlots: Int32Array;
  /**
   * Each slot's step toward each target (slot × 4 + target), frozen and shared by every call: a
   * step that needs nothing and enables nothing depends on nothing else, and most steps are such.
   */
  plainSteps: readonly NextStepItem[];
}

const stepTablesOf = perFramework((framework): StepTables => {
  const index = frameworkIndex(framework);
  const definitions = framework.questions.flatMap((question) => (STAGES.slice(0, -1) as Exclude<Stage, "optimal">[]).map((from) => question.nextSteps[from]));
  const priorities = Float64Array.from(definitions, ({ effort, impact }, slot) => {
    const position = Math.floor(slot / 3);
    return stepPriority(index.normalisedWeights[position]!, impact, index.important[position]!, effort);
  });
  const slots = definitions.map((_, slot) => slot);
  slots.sort((a, b) => priorities[b]! - priorities[a]! || (a % 3) - (b % 3) || a - b);
  const slotRanks = new Int32Array(slots.length);
  for (let place = 0; place < slots.length; place++) slotRanks[slots[place]!] = place;
  const partial = { definitions, priorities };
  const plainSteps = definitions.flatMap((_, slot) =>
    STAGES.map((_stage, target) => Object.freeze(immediateStep(framework.questions[Math.floor(slot / 3)]!, slot % 3, target, partial, slot))),
  );
  return { definitions, priorities, slotRanks, rankedSlots: Int32Array.from(slots), plainSteps };
});

/** Emits the step at `position` after the steps it needs, depth first, into `ordered` from `at`; returns the next free place. */
function emitAfterNeeds(context: StepContext, position: number, placed: Uint8Array, ordered: NextStepItem[], at: number): number {
  if (placed[position]) return at;
  placed[position] = 1;
  // Needs are few (one or two); listed in ranking order, they keep the ranking among themselves.
  const unmet = context.unmetAt[position];
  if (unmet) {
    for (const { position: needed } of unmet) if (context.stepAt[needed]) at = emitAfterNeeds(context, needed, placed, ordered, at);
  }
  ordered[at] = context.stepAt[position]!;
  return at + 1;
}

/**
 * Ranked order, except that each step comes right after the steps it needs, which move up to
 * just before it (depth first, each needed step at its own place in the ranking otherwise).
 */
function prerequisitesFirst(ranked: readonly number[], context: StepContext): NextStepItem[] {
  const { placed } = context;
  placed.fill(0, 0, context.stepAt.length);
  // Every step needed is itself ranked, so each ranked step is emitted exactly once.
  const ordered = new Array<NextStepItem>(ranked.length);
  let at = 0;
  for (let index = 0; index < ranked.length; index++) at = emitAfterNeeds(context, ranked[index]!, placed, ordered, at);
  return ordered;
}

/** The steps at the ranked positions. */
function stepsAt(ranked: readonly number[], stepAt: readonly (NextStepItem | null)[]): NextStepItem[] {
  const steps = new Array<NextStepItem>(ranked.length);
  for (let index = 0; index < ranked.length; index++) steps[index] = stepAt[ranked[index]!]!;
  return steps;
}

/** Steps with the same action text become one, listed under the highest-ranked question, at the place of the last. */
function foldSameActions(steps: NextStepItem[]): NextStepItem[] {
  const byAction = new Map<string, NextStepItem>();
  const kept: (NextStepItem | null)[] = [];
  for (const step of steps) {
    const key = step.action.trim().toLowerCase();
    const first = byAction.get(key);
    if (!first) {
      byAction.set(key, step);
      kept.push(step);
      continue;
    }
    // The one item takes the later place, so it still comes after what either question needs; a
    // copy, as the first may be a shared plain step.
    kept[kept.indexOf(first)] = null;
    const merged: NextStepItem = { ...first, alsoFor: [...first.alsoFor, step.questionId], needs: step.needs.length > 0 ? [...new Set([...first.needs, ...step.needs])] : first.needs };
    byAction.set(key, merged);
    kept.push(merged);
  }
  return kept.filter((step) => step !== null);
}

/**
 * StepContext's arrays per position, made once and reused by every call rather than allocated
 * per call, which cost about a tenth of the time of nextStepsOf: safe because it never yields, so
 * no two calls share them at once (as roadmap.ts's scratch). `unmetAt` is all null between calls.
 */
interface Scratch {
  unmetAt: (IndexedPrerequisite[] | null)[];
  state: Uint8Array;
  placed: Uint8Array;
}

let scratch: Scratch = { unmetAt: [], state: new Uint8Array(0), placed: new Uint8Array(0) };

function scratchFor(questions: number): Scratch {
  if (scratch.state.length < questions) {
    scratch = { unmetAt: new Array<IndexedPrerequisite[] | null>(questions).fill(null), state: new Uint8Array(questions), placed: new Uint8Array(questions) };
  }
  return scratch;
}

const OFFERED = 1;
const BLOCKED = 2;
const VISITING = 3;

/** What one call works on; module-level functions take it rather than closures made per call. */
interface StepContext {
  framework: Framework;
  /** Each question's level (levels.ts). */
  levels: readonly number[];
  index: FrameworkIndex;
  tables: StepTables;
  stepAt: (NextStepItem | null)[];
  /** Per position, the prerequisites its step needs first: null for most. */
  unmetAt: (IndexedPrerequisite[] | null)[];
  /** Positions of steps with unmet prerequisites: a few per assessment, or none. */
  pending: number[];
  /** Per position: 0 unsettled, then OFFERED, BLOCKED or VISITING. */
  state: Uint8Array;
  /** Per position, whether prerequisitesFirst emitted its step. */
  placed: Uint8Array;
}

/**
 * The step out of the question's stage toward stage index `target`; null without a stage or at
 * Optimal. The shared plain step unless it needs other steps first or is `enabling`.
 */
function makeStep(context: StepContext, position: number, target: number, enabling: boolean): NextStepItem | null {
  const level = context.levels[position]!;
  if (level < 0 || level === STAGES.length - 1) return null;
  const { prerequisites } = context.index;
  const slot = position * 3 + level;
  const unmet = prerequisites[position]!.length > 0 ? unmetPrerequisites(prerequisites[position]!, level + 1, context.levels) : null;
  if (!unmet && !enabling) return context.tables.plainSteps[slot * 4 + target]!;
  if (unmet) {
    context.unmetAt[position] = unmet;
    context.pending.push(position);
  }
  const needs = unmet ? unmet.map((prerequisite) => prerequisite.questionId) : NONE;
  return immediateStep(context.framework.questions[position]!, level, target, context.tables, slot, needs, enabling);
}

/** Whether the step at `position` can be offered: each unmet prerequisite gets a step that reaches it, and that step can be offered. */
function settle(context: StepContext, position: number): boolean {
  const { state } = context;
  if (state[position] === OFFERED || state[position] === VISITING) return state[position] === OFFERED;
  if (state[position] === BLOCKED) return false;
  state[position] = VISITING;
  // What makeStep found unmet: none for a needed step without prerequisites of its own.
  const unmet = context.unmetAt[position] ?? [];
  let ok = true;
  for (const { position: needed, atLeast } of unmet) {
    const level = context.levels[needed]!;
    if (level < 0 || level + 1 < atLeast) {
      ok = false;
      break;
    }
    if (!context.stepAt[needed]) {
      // At its own target: it goes one stage further only because this step needs it.
      const enabling = makeStep(context, needed, level, true);
      if (!enabling) {
        ok = false;
        break;
      }
      context.stepAt[needed] = enabling;
    }
    if (!settle(context, needed)) {
      ok = false;
      break;
    }
  }
  state[position] = ok ? OFFERED : BLOCKED;
  return ok;
}

/**
 * One bit per ranked slot, set for the slots with a step: reused by every call, as roadmap.ts's
 * scratch is (nextStepsOf never yields, so no two calls share it at once), and left all 0 after each.
 */
let rankBits = new Int32Array(0);

/**
 * The positions with a step, in ranking order: each step sets the bit of its slot's rank, and the
 * set bits are read back lowest first, a machine word (32 ranks) at a time. A framework has a few
 * hundred slots, so that is a handful of words: less work than sorting a few dozen keys.
 */
function rankedPositions({ slotRanks, rankedSlots }: StepTables, levels: readonly number[], stepAt: readonly (NextStepItem | null)[]): number[] {
  const words = (rankedSlots.length + 31) >> 5;
  if (rankBits.length < words) rankBits = new Int32Array(words);
  let steps = 0;
  for (let position = 0; position < stepAt.length; position++) {
    // Without a branch on whether the question has a step: which do is random to the processor.
    // A question without one (unanswered or N/A, with a negative level, at its target, at Optimal
    // or blocked) sets no bit, and its level is only kept within its own slots, 0 to 2.
    const has = +(stepAt[position] !== null);
    const level = levels[position]! | 0;
    const rank = slotRanks[position * 3 + ((level & ~(level >> 31)) % 3)]!;
    rankBits[rank >> 5]! |= has << (rank & 31);
    steps += has;
  }
  // Sized up front, as the lists below: grown by push from empty, an array is reallocated and copied.
  const ranked = new Array<number>(steps);
  let at = 0;
  for (let word = 0; word < words; word++) {
    let bits = rankBits[word]!;
    rankBits[word] = 0;
    while (bits !== 0) {
      const lowest = bits & -bits;
      ranked[at++] = (rankedSlots[(word << 5) + 31 - Math.clz32(lowest)]! / 3) | 0;
      bits ^= lowest;
    }
  }
  return ranked;
}

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
  return nextStepsOf(framework, resolveAssessment(framework, answers, targets, policy), limit);
}

/** prioritiseNextSteps on answers already resolved, so a caller that also scores resolves them once. */
export function nextStepsOf(framework: Framework, { levels, targetIndexes }: ResolvedAssessment, limit = Number.POSITIVE_INFINITY): NextStepItem[] {
  const index = frameworkIndex(framework);
  const stepAt = new Array<NextStepItem | null>(levels.length).fill(null);
  const tables = stepTablesOf(framework);
  const work = scratchFor(levels.length);
  const context: StepContext = { framework, levels, index, tables, stepAt, unmetAt: work.unmetAt, pending: [], state: work.state, placed: work.placed };
  for (let position = 0; position < levels.length; position++) {
    // N/A and unanswered (negative levels) never get a step.
    if (levels[position]! >= 0 && levels[position]! < targetIndexes[position]!) stepAt[position] = makeStep(context, position, targetIndexes[position]!, false);
  }
  const { pending } = context;
  if (pending.length > 0) {
    context.state.fill(0, 0, stepAt.length);
    for (const position of pending) if (stepAt[position]) settle(context, position);
    for (const position of pending) if (context.state[position] === BLOCKED) stepAt[position] = null;
  }
  const ranked = rankedPositions(tables, levels, stepAt);
  const steps = pending.length > 0 ? prerequisitesFirst(ranked, context) : stepsAt(ranked, stepAt);
  // Left all null for the next call: only the pending positions were set.
  for (const position of pending) context.unmetAt[position] = null;
  const folded = index.duplicateActions ? foldSameActions(steps) : steps;
  return folded.length > limit ? folded.slice(0, Math.max(0, limit)) : folded;
}

import { STAGES, type Effort, type Framework, type Impact, type PillarId, type Stage } from "../framework/types";
import { resolveAssessment, type ResolvedAssessment } from "./answers";
import { frameworkIndex } from "./framework-index";
import { stageIndex } from "./levels";
import type { ScoringPolicy } from "./policy";
import { EFFORT_COST } from "./next-steps";
import type { AnswerInput, Targets } from "./types";

/**
 * Points a step of each effort costs against a team's monthly capacity. Wider apart than the
 * ranking's effort cost (S 1, M 2, L 3): a large change takes about five times a small one's time.
 */
export const EFFORT_POINTS: Readonly<Record<Effort, number>> = Object.freeze({ S: 1, M: 3, L: 5 });

/** As in the prioritised next steps: an important question's step counts double. */
const IMPORTANT_FACTOR = 2;

export const ROADMAP_CAPACITY_MIN = 1;
export const ROADMAP_CAPACITY_MAX = 1000;

/** `${questionId}:${toStage}`: one step per question and stage it reaches. */
export type StepKey = string;

export interface RoadmapOptions {
  /** First day of the first month, "YYYY-MM-01". */
  start: string;
  /** Points a team delivers per calendar month, 1 to 1000. */
  capacity: number;
  /** Steps pinned to start no earlier than a month, "YYYY-MM"; pins of steps not planned are ignored. */
  pins?: Readonly<Record<StepKey, string>>;
}

export interface RoadmapStep {
  key: StepKey;
  questionId: string;
  pillar: PillarId;
  title: string;
  action: string;
  fromStage: Stage;
  toStage: Stage;
  effort: Effort;
  impact: Impact;
  points: number;
  /** 0 for the steps to Initial, 1 to Advanced, 2 to Optimal, later when a prerequisite is planned later. */
  phase: number;
  /** ISO dates; `due` is the last day of work, never before `start`. */
  start: string;
  due: string;
  pinned: boolean;
  /** Pinned, but the prerequisites, the start of the plan or a full month moved it past its pinned month. */
  pinAdjusted: boolean;
  /** Beyond the question's own target: planned only because another step needs it. */
  enabling: boolean;
  /** Keys of the steps that must be done first: the question's previous stage and its prerequisites. */
  needs: readonly StepKey[];
}

export interface RoadmapPhase {
  phase: number;
  /** The stage the phase's steps reach: Initial, Advanced or Optimal. */
  toStage: Stage;
  start: string;
  due: string;
  points: number;
}

export interface RoadmapMonth {
  /** "YYYY-MM". */
  month: string;
  /** Points of work scheduled in this month, never above `capacity`. */
  points: number;
  capacity: number;
}

/**
 * A step that cannot be planned: a prerequisite is unanswered (nobody knows where it stands), a
 * prerequisite's own step is deferred, or the question's previous stage is deferred.
 */
export type DeferredReason = "prerequisite_unanswered" | "prerequisite_deferred" | "previous_stage_deferred";

export interface DeferredStep {
  key: StepKey;
  questionId: string;
  toStage: Stage;
  reason: DeferredReason;
  /** The questions that hold it back; empty for "previous_stage_deferred". */
  questions: string[];
}

export interface Roadmap {
  start: string;
  capacity: number;
  /** In plan order: by phase, prerequisites first, then priority. */
  steps: RoadmapStep[];
  /** Only phases with steps. */
  phases: RoadmapPhase[];
  /** Every month from the start to the last month with work. */
  months: RoadmapMonth[];
  deferred: DeferredStep[];
  totalPoints: number;
  /** The latest due date; null when nothing is planned. */
  finish: string | null;
}

// ─── Calendar: epoch days in integers (H. Hinnant's civil algorithms), no Date objects ──────────

function daysFromCivil(year: number, month: number, day: number): number {
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yoe = y - era * 400;
  const doy = Math.floor((153 * (month + (month > 2 ? -3 : 9)) + 2) / 5) + day - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146097 + doe - 719468;
}

const pad2 = (value: number) => (value < 10 ? `0${value}` : `${value}`);

/** Plans share few distinct days, and a plan is made for every assessment scored: each date string is built once. */
const isoCache = new Map<number, string>();

function isoFromDays(days: number): string {
  let iso = isoCache.get(days);
  if (iso === undefined) {
    iso = civilIso(days);
    if (isoCache.size < 100_000) isoCache.set(days, iso);
  }
  return iso;
}

function civilIso(days: number): string {
  const z = days + 719468;
  const era = Math.floor(z / 146097);
  const doe = z - era * 146097;
  const yoe = Math.floor((doe - Math.floor(doe / 1460) + Math.floor(doe / 36524) - Math.floor(doe / 146096)) / 365);
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const day = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const month = mp < 10 ? mp + 3 : mp - 9;
  const year = yoe + era * 400 + (month <= 2 ? 1 : 0);
  return `${year}-${pad2(month)}-${pad2(day)}`;
}

const START_PATTERN = /^(\d{4})-(\d{2})-01$/;
const MONTH_PATTERN = /^(\d{4})-(\d{2})$/;

/** Months since year 0 for "YYYY-MM" or "YYYY-MM-DD"; null when it is not a month. */
function monthNumber(pattern: RegExp, text: string): number | null {
  const match = pattern.exec(text);
  if (!match) return null;
  const month = Number(match[2]);
  return month >= 1 && month <= 12 ? Number(match[1]) * 12 + month - 1 : null;
}

/** The first day of the month after the one `today` ("YYYY-MM-DD") falls in: where a plan starts by default. */
export function nextMonthStart(today: string): string {
  const number = monthNumber(/^(\d{4})-(\d{2})-\d{2}$/, today);
  if (number === null) throw new RangeError(`Not a date: ${today}`);
  const next = number + 1;
  return `${Math.floor(next / 12)}-${pad2((next % 12) + 1)}-01`;
}

/** First epoch day and length of month `index` of the plan, computed as the schedule reaches it. */
class Calendar {
  readonly firstDays: number[] = [];
  readonly lengths: number[] = [];
  constructor(private readonly startMonth: number) {}

  ensure(index: number): void {
    for (let month = this.firstDays.length; month <= index; month++) {
      const number = this.startMonth + month;
      const first = daysFromCivil(Math.floor(number / 12), (number % 12) + 1, 1);
      const following = daysFromCivil(Math.floor((number + 1) / 12), ((number + 1) % 12) + 1, 1);
      this.firstDays.push(first);
      this.lengths.push(following - first);
    }
  }

  label(index: number): string {
    const number = this.startMonth + index;
    return `${Math.floor(number / 12)}-${pad2((number % 12) + 1)}`;
  }

  /** The epoch day on which capacity unit `unit` (month × capacity + offset) begins. */
  day(unit: number, capacity: number): number {
    const month = Math.floor(unit / capacity);
    this.ensure(month);
    return this.firstDays[month]! + Math.floor(((unit - month * capacity) * this.lengths[month]!) / capacity);
  }
}

/** `${questionId}:${stage}` per question position and stage index, built once per framework. */
const stepKeys = new WeakMap<Framework, readonly (readonly string[])[]>();
function stepKeysOf(framework: Framework): readonly (readonly string[])[] {
  let keys = stepKeys.get(framework);
  if (!keys) {
    keys = framework.questions.map((question) => STAGES.map((stage) => `${question.id}:${stage}`));
    stepKeys.set(framework, keys);
  }
  return keys;
}

// ─── Which steps ─────────────────────────────────────────────────────────────────────────────

/** Shared by every step that needs nothing, so no array is made for it. */
const NO_NEEDS: number[] = [];
const NO_KEYS: readonly StepKey[] = Object.freeze([]);

interface Draft {
  position: number;
  level: number;
  key: StepKey;
  needs: number[];
  phase: number;
  important: boolean;
  priority: number;
  enabling: boolean;
  /** Position in plan order before prerequisites move up: see rankOf. */
  rank: number;
}

/**
 * The highest stage each question can be planned to: a level whose prerequisite is unanswered,
 * or can itself not be planned far enough, stops the question below it. Greatest fixpoint from
 * Optimal down; prerequisites are validated acyclic, and a cycle would only keep both at Optimal.
 */
function plannableLimits(levels: readonly number[], prerequisites: ReturnType<typeof frameworkIndex>["prerequisites"], applicable: readonly boolean[]): number[] {
  const limits = levels.map((level): number => (level < 0 ? -1 : 3));
  let changed = true;
  while (changed) {
    changed = false;
    for (let position = 0; position < limits.length; position++) {
      const level = levels[position]!;
      if (level < 0 || prerequisites[position]!.length === 0) continue;
      let limit = limits[position]!;
      for (const prerequisite of prerequisites[position]!) {
        if (prerequisite.level <= level || prerequisite.level > limit || !applicable[prerequisite.position]) continue;
        const other = levels[prerequisite.position]!;
        if (other >= prerequisite.atLeast) continue;
        if (other < 0 || limits[prerequisite.position]! < prerequisite.atLeast) limit = prerequisite.level - 1;
      }
      if (limit !== limits[position]) {
        limits[position] = limit;
        changed = true;
      }
    }
  }
  return limits;
}

function deferredReason(
  position: number,
  level: number,
  limit: number,
  levels: readonly number[],
  limits: readonly number[],
  framework: Framework,
  prerequisites: ReturnType<typeof frameworkIndex>["prerequisites"],
  applicable: readonly boolean[],
): Pick<DeferredStep, "reason" | "questions"> {
  if (level > limit + 1) return { reason: "previous_stage_deferred", questions: [] };
  const unanswered: string[] = [];
  const deferred: string[] = [];
  for (const prerequisite of prerequisites[position]!) {
    if (prerequisite.level !== level || !applicable[prerequisite.position]) continue;
    const other = levels[prerequisite.position]!;
    if (other < 0) unanswered.push(framework.questions[prerequisite.position]!.id);
    else if (other < prerequisite.atLeast && limits[prerequisite.position]! < prerequisite.atLeast) deferred.push(framework.questions[prerequisite.position]!.id);
  }
  return unanswered.length > 0 ? { reason: "prerequisite_unanswered", questions: unanswered } : { reason: "prerequisite_deferred", questions: deferred };
}

/** Priorities count in millionths, below 2^30: the ranking's resolution and range. */
const PRIORITY_SCALE = 1e6;
const PRIORITY_SLOTS = 2 ** 30;

/**
 * Plan order as one number, so ranking is a numeric typed-array sort: phase, important
 * (critical) first, priority, framework order, stage. Unique per step and exact below 2^53.
 */
function rankOf(draft: Draft, count: number): number {
  const band = draft.phase * 2 + (draft.important ? 0 : 1);
  const priority = Math.min(PRIORITY_SLOTS - 1, Math.max(0, Math.round(draft.priority * PRIORITY_SCALE)));
  return ((band * PRIORITY_SLOTS + (PRIORITY_SLOTS - 1 - priority)) * count + draft.position) * 4 + draft.level;
}

/** Insertion sort: plans hold tens of steps, where it beats the built-in sort's call overhead. */
function sortSmall(values: Float64Array): void {
  for (let index = 1; index < values.length; index++) {
    const value = values[index]!;
    let at = index - 1;
    while (at >= 0 && values[at]! > value) {
      values[at + 1] = values[at]!;
      at--;
    }
    values[at + 1] = value;
  }
}

/**
 * Plans the steps from every answered, applicable question's stage to its target into phases
 * and months: steps never skip a stage, come after what they need (pulling in a prerequisite's
 * steps beyond its own target when needed, marked `enabling`), and fill `capacity` points per
 * month from `start`. Deterministic: the same input always gives the same plan.
 */
export function planRoadmap(framework: Framework, answers: readonly AnswerInput[], targets: Targets, policy: ScoringPolicy, options: RoadmapOptions): Roadmap {
  return roadmapOf(framework, resolveAssessment(framework, answers, targets, policy), options);
}

/** planRoadmap on answers already resolved, so a caller that also scores and ranks resolves them once. */
export function roadmapOf(framework: Framework, { values, targetIndexes }: ResolvedAssessment, options: RoadmapOptions): Roadmap {
  const startMonth = monthNumber(START_PATTERN, options.start);
  if (startMonth === null) throw new RangeError(`A roadmap starts on the first day of a month, not ${options.start}`);
  const capacity = options.capacity;
  if (!Number.isInteger(capacity) || capacity < ROADMAP_CAPACITY_MIN || capacity > ROADMAP_CAPACITY_MAX) {
    throw new RangeError(`Capacity must be a whole number from ${ROADMAP_CAPACITY_MIN} to ${ROADMAP_CAPACITY_MAX}, not ${capacity}`);
  }
  const { prerequisites, normalisedWeights, important } = frameworkIndex(framework);
  const count = framework.questions.length;
  // -1 unanswered; N/A questions apply to nothing and block nothing.
  const levels = values.map((value) => (value && value !== "not_applicable" ? stageIndex(value) : -1));
  const applicable = values.map((value) => value !== "not_applicable");
  const limits = plannableLimits(levels, prerequisites, applicable);

  // How far each question is planned: its target, raised by what other planned steps need.
  const upTo = new Array<number>(count);
  const deferred: DeferredStep[] = [];
  for (let position = 0; position < count; position++) {
    const level = levels[position]!;
    const target = level < 0 ? -1 : targetIndexes[position]!;
    upTo[position] = Math.max(level, Math.min(target, limits[position]!));
    for (let blocked = Math.max(level, limits[position]!) + 1; blocked <= target; blocked++) {
      const questionId = framework.questions[position]!.id;
      const why = deferredReason(position, blocked, limits[position]!, levels, limits, framework, prerequisites, applicable);
      deferred.push({ key: `${questionId}:${STAGES[blocked]}`, questionId, toStage: STAGES[blocked]!, ...why });
    }
  }
  let raised = true;
  while (raised) {
    raised = false;
    for (let position = 0; position < count; position++) {
      for (const prerequisite of prerequisites[position]!) {
        if (prerequisite.level <= levels[position]! || prerequisite.level > upTo[position]! || !applicable[prerequisite.position]) continue;
        if (upTo[prerequisite.position]! < prerequisite.atLeast) {
          upTo[prerequisite.position] = prerequisite.atLeast;
          raised = true;
        }
      }
    }
  }

  // One draft per step; `first[position]` is the index of the question's first step.
  const drafts: Draft[] = [];
  const keyOf = stepKeysOf(framework);
  const first = new Array<number>(count).fill(-1);
  for (let position = 0; position < count; position++) {
    const question = framework.questions[position]!;
    const target = targetIndexes[position]!;
    for (let level = levels[position]! + 1; level <= upTo[position]!; level++) {
      if (first[position] === -1) first[position] = drafts.length;
      const { effort, impact } = question.nextSteps[STAGES[level - 1] as Exclude<Stage, "optimal">];
      drafts.push({
        position,
        level,
        key: keyOf[position]![level]!,
        needs: NO_NEEDS,
        phase: level - 1,
        important: important[position]!,
        // The prioritised next steps' priority, so the plan ranks as the list does.
        priority: (normalisedWeights[position]! * impact * (important[position] ? IMPORTANT_FACTOR : 1)) / EFFORT_COST[effort],
        enabling: level > target,
        rank: 0,
      });
    }
  }
  const stepOf = (position: number, level: number) => first[position]! + level - levels[position]! - 1;
  for (const draft of drafts) {
    if (draft.level > levels[draft.position]! + 1) draft.needs = [stepOf(draft.position, draft.level - 1)];
    for (const prerequisite of prerequisites[draft.position]!) {
      if (prerequisite.level !== draft.level || !applicable[prerequisite.position] || levels[prerequisite.position]! >= prerequisite.atLeast) continue;
      if (draft.needs === NO_NEEDS) draft.needs = [];
      draft.needs.push(stepOf(prerequisite.position, prerequisite.atLeast));
    }
  }
  // A step needing one in a later phase joins that phase; repeat until settled (chains are short).
  let moved = true;
  for (let round = 0; moved && round <= drafts.length; round++) {
    moved = false;
    for (const draft of drafts) {
      for (const need of draft.needs) {
        if (drafts[need]!.phase > draft.phase) {
          draft.phase = drafts[need]!.phase;
          moved = true;
        }
      }
    }
  }

  // Rank, then emit each step after the steps it needs (depth first), so prerequisites come first.
  const ranks = new Float64Array(drafts.length);
  for (let index = 0; index < drafts.length; index++) ranks[index] = drafts[index]!.rank = rankOf(drafts[index]!, count);
  sortSmall(ranks);
  const order: number[] = [];
  const placed = new Uint8Array(drafts.length);
  const emit = (index: number): void => {
    if (placed[index]) return;
    placed[index] = 1;
    const draft = drafts[index]!;
    if (draft.needs.length > 1) draft.needs.sort((a, b) => drafts[a]!.rank - drafts[b]!.rank);
    for (const need of draft.needs) emit(need);
    order.push(index);
  };
  for (const rank of ranks) emit(stepOf(Math.floor(rank / 4) % count, rank % 4));

  return schedule(framework, drafts, order, startMonth, capacity, options.pins ?? {}, options.start, deferred);
}

// ─── When ────────────────────────────────────────────────────────────────────────────────────

/**
 * Time runs in capacity units: month m holds units m × capacity to (m + 1) × capacity. Each month
 * fills from its start; a step starts at the first free unit at or after its needs' ends and its
 * pin, and takes what is left of each month until its points are used.
 */
function schedule(
  framework: Framework,
  drafts: readonly Draft[],
  order: readonly number[],
  startMonth: number,
  capacity: number,
  pins: Readonly<Record<StepKey, string>>,
  start: string,
  deferred: DeferredStep[],
): Roadmap {
  const calendar = new Calendar(startMonth);
  const fill: number[] = [];
  const used: number[] = [];
  const ends = new Array<number>(drafts.length).fill(0);
  const steps: RoadmapStep[] = [];
  const byPhase: (RoadmapPhase | undefined)[] = [undefined, undefined, undefined];
  const grow = (month: number) => {
    while (month >= fill.length) {
      fill.push(0);
      used.push(0);
    }
  };
  const hasPins = Object.keys(pins).length > 0;
  let open = 0;
  let totalPoints = 0;
  let finishDay = -Infinity;
  for (const index of order) {
    const draft = drafts[index]!;
    const question = framework.questions[draft.position]!;
    const from = STAGES[draft.level - 1] as Exclude<Stage, "optimal">;
    const { action, effort, impact } = question.nextSteps[from];
    const points = EFFORT_POINTS[effort];
    let earliest = 0;
    for (const need of draft.needs) if (ends[need]! > earliest) earliest = ends[need]!;
    const pin = hasPins ? pins[draft.key] : undefined;
    const pinMonth = pin === undefined ? null : monthNumber(MONTH_PATTERN, pin);
    if (pinMonth !== null) earliest = Math.max(earliest, (pinMonth - startMonth) * capacity);

    // Months before `open` are full: start searching at the first that is not.
    while (open < fill.length && fill[open]! >= capacity) open++;
    if (earliest < open * capacity) earliest = open * capacity;
    let month = Math.floor(earliest / capacity);
    let cursor = earliest - month * capacity;
    grow(month);
    if (fill[month]! > cursor) cursor = fill[month]!;
    while (cursor >= capacity) {
      month++;
      grow(month);
      cursor = fill[month]!;
    }
    const startUnit = month * capacity + cursor;
    let remaining = points;
    let endUnit = startUnit;
    for (;;) {
      const take = Math.min(remaining, capacity - cursor);
      fill[month] = cursor + take;
      used[month] = used[month]! + take;
      remaining -= take;
      endUnit = month * capacity + cursor + take;
      if (remaining === 0) break;
      month++;
      grow(month);
      cursor = fill[month]!;
      // A month filled by earlier steps passes its capacity on to the next.
      while (cursor >= capacity) {
        month++;
        grow(month);
        cursor = fill[month]!;
      }
    }
    ends[index] = endUnit;
    const startDay = calendar.day(startUnit, capacity);
    const dueDay = Math.max(startDay, calendar.day(endUnit, capacity) - 1);
    totalPoints += points;
    if (dueDay > finishDay) finishDay = dueDay;
    const startIso = isoFromDays(startDay);
    const dueIso = isoFromDays(dueDay);
    steps.push({
      key: draft.key,
      questionId: question.id,
      pillar: question.pillar,
      title: question.title,
      action,
      fromStage: from,
      toStage: STAGES[draft.level]!,
      effort,
      impact,
      points,
      phase: draft.phase,
      start: startIso,
      due: dueIso,
      pinned: pinMonth !== null,
      pinAdjusted: pinMonth !== null && Math.floor(startUnit / capacity) !== pinMonth - startMonth,
      enabling: draft.enabling,
      needs: draft.needs.length === 0 ? NO_KEYS : draft.needs.map((need) => drafts[need]!.key),
    });
    let phase = byPhase[draft.phase];
    if (!phase) {
      phase = { phase: draft.phase, toStage: STAGES[draft.phase + 1]!, start: startIso, due: dueIso, points: 0 };
      byPhase[draft.phase] = phase;
    }
    if (startIso < phase.start) phase.start = startIso;
    if (dueIso > phase.due) phase.due = dueIso;
    phase.points += points;
  }
  const phases = byPhase.filter((phase) => phase !== undefined);
  // Trailing months the last step merely reached at its first unit hold no work.
  let monthCount = used.length;
  while (monthCount > 0 && used[monthCount - 1] === 0) monthCount--;
  const months: RoadmapMonth[] = [];
  for (let month = 0; month < monthCount; month++) months.push({ month: calendar.label(month), points: used[month]!, capacity });
  return { start, capacity, steps, phases, months, deferred, totalPoints, finish: steps.length > 0 ? isoFromDays(finishDay) : null };
}

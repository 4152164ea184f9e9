import { STAGES, type Effort, type Framework, type Impact, type PillarId, type Stage } from "../framework/types";
import { resolveAssessment, type ResolvedAssessment } from "./answers";
import { frameworkIndex, type IndexedPrerequisite } from "./framework-index";
import { NO_ANSWER, NOT_APPLICABLE } from "./levels";
import { perFramework } from "./per-framework";
import type { ScoringPolicy } from "./policy";
import { stepPriority } from "./next-steps";
import type { AnswerInput, Targets } from "./types";

/**
 * Points a step of each effort costs against a team's monthly capacity. Wider apart than the
 * ranking's effort cost (S 1, M 2, L 3): a large change takes about five times a small one's time.
 */
export const EFFORT_POINTS: Readonly<Record<Effort, number>> = Object.freeze({ S: 1, M: 3, L: 5 });

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
  /** Keys of the steps that must be done first, in stage order: the question's previous stage and its prerequisites. */
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

const monthLabel = (number: number) => `${Math.floor(number / 12)}-${pad2((number % 12) + 1)}`;

/**
 * Plans start and pins fall from 2000 to 2099 (lib/validation/roadmap.ts), and a plan is made
 * for every assessment scored: there, each month's first day, each month label and each date
 * string is computed once and then read from an array; dates outside are computed as needed.
 */
const TABLE_FIRST_MONTH = 2000 * 12;
const TABLE_MONTHS = 100 * 12;
const TABLE_FIRST_DAY = daysFromCivil(2000, 1, 1);
const TABLE_DAYS = daysFromCivil(2100, 1, 1) - TABLE_FIRST_DAY;
/** One more than the months, so the last month's length is read there too. */
const firstDays = Int32Array.from({ length: TABLE_MONTHS + 1 }, (_, index) => {
  const number = TABLE_FIRST_MONTH + index;
  return daysFromCivil(Math.floor(number / 12), (number % 12) + 1, 1);
});
/** Filled with "" rather than left holey, so V8 keeps them as packed arrays. */
const monthLabels = new Array<string>(TABLE_MONTHS).fill("");
const isoDates = new Array<string>(TABLE_DAYS).fill("");

/** The epoch day of the first of month `number` (months since year 0). */
function firstDayOf(number: number): number {
  const index = number - TABLE_FIRST_MONTH;
  return index >= 0 && index <= TABLE_MONTHS ? firstDays[index]! : daysFromCivil(Math.floor(number / 12), (number % 12) + 1, 1);
}

function labelOf(number: number): string {
  const index = number - TABLE_FIRST_MONTH;
  if (index < 0 || index >= TABLE_MONTHS) return monthLabel(number);
  return monthLabels[index] || (monthLabels[index] = monthLabel(number));
}

/** Small enough for V8 to inline into schedule, which reads two dates per step: a date outside the table, or not yet in it, takes the call below. */
function isoFromDays(days: number): string {
  return isoDates[days - TABLE_FIRST_DAY] || isoNotInTable(days);
}

function isoNotInTable(days: number): string {
  const index = days - TABLE_FIRST_DAY;
  if (index < 0 || index >= TABLE_DAYS) return civilIso(days);
  return (isoDates[index] = civilIso(days));
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

/** Plans are made in runs with the same start: the last start parsed is kept, sparing a regular expression per plan. */
let lastStart = "";
let lastStartMonth: number | null = null;
function startMonthOf(start: string): number | null {
  if (start !== lastStart) {
    lastStartMonth = monthNumber(START_PATTERN, start);
    lastStart = start;
  }
  return lastStartMonth;
}

/** The first day of the month after the one `today` ("YYYY-MM-DD") falls in: where a plan starts by default. */
export function nextMonthStart(today: string): string {
  const number = monthNumber(/^(\d{4})-(\d{2})-\d{2}$/, today);
  if (number === null) throw new RangeError(`Not a date: ${today}`);
  const next = number + 1;
  return `${Math.floor(next / 12)}-${pad2((next % 12) + 1)}-01`;
}

// ─── Per framework: what every plan reads, in flat arrays ───────────────────────────────────────

/** Priorities count in millionths, below 2^30: the ranking's resolution and range. */
const PRIORITY_SCALE = 1e6;
const PRIORITY_SLOTS = 2 ** 30;

/**
 * A step is a slot `position × 4 + toStage` (toStage 1 to 3). Built once per framework object, as
 * the framework index is: a plan is made for every assessment scored, and these never change.
 */
interface PlanTables {
  keys: readonly StepKey[];
  /** `[keys[slot]]`, frozen: the needs of a step that needs one other, as most that need any do. */
  keyLists: readonly (readonly StepKey[])[];
  actions: readonly string[];
  efforts: readonly Effort[];
  impacts: readonly Impact[];
  points: Int32Array;
  /**
   * Each slot's place in plan order within a phase: important first, priority (rounded to the
   * ranking's resolution), framework order, stage. A plan with phases moved sorts its steps by it (sortSteps).
   */
  slotRanks: Int32Array;
  /**
   * The slots in plan order while every step stays in its own stage's phase: by stage, then slot
   * rank. Such a plan reads it through, keeping the slots it plans (orderByStage), rather than sorting.
   */
  stageOrder: Int32Array;
  /**
   * What each slot's step needs if not met already, as (question, stage) pairs: its question's
   * previous stage and the prerequisites of its question for its stage. Entries
   * stepPrerequisiteStart[slot] to stepPrerequisiteStart[slot + 1], in stage order of the steps
   * they name, the order a step's needs are placed and listed in.
   */
  stepPrerequisiteStart: Int32Array;
  stepPrerequisitePosition: Int32Array;
  stepPrerequisiteAtLeast: Int32Array;
  /** Of those, the questions each slot needs at its own stage: entries sameStageStart[slot] to sameStageStart[slot + 1] of `sameStagePosition`. */
  sameStageStart: Int32Array;
  sameStagePosition: Int32Array;
  /** Whether a prerequisite asks its question for a stage above the one it gates: only then can a step's phase move past its stage's. */
  forwardPrerequisites: boolean;
  /** Prerequisites flattened: those of question p are entries prerequisiteStart[p] to prerequisiteStart[p + 1]. */
  prerequisiteStart: Int32Array;
  /** The question each prerequisite belongs to. */
  prerequisiteOwner: Int32Array;
  /**
   * The prerequisite entries in the order roadmapOf raises targets by them: a question's after
   * those of every question that needs it, so a raise is passed on within the one walk; and
   * whether that order exists (no question needs, directly or through others, one that needs
   * it), which makes one walk enough.
   */
  raiseOrder: Int32Array;
  raisesInOneWalk: boolean;
  /** The prerequisites naming question q: entries dependentStart[q] to dependentStart[q + 1] of `dependents`. */
  dependentStart: Int32Array;
  dependents: Int32Array;
  prerequisiteLevel: Int32Array;
  prerequisitePosition: Int32Array;
  prerequisiteAtLeast: Int32Array;
}

function buildPlanTables(framework: Framework): PlanTables {
  const { normalisedWeights, important, prerequisites } = frameworkIndex(framework);
  const count = framework.questions.length;
  // sortSteps packs a step's phase, slot rank and index into one 32-bit key.
  if (36 * count * count >= 2 ** 31) throw new RangeError(`A roadmap plans frameworks of up to 7,000 questions, not ${count}`);
  const slots = count * 4;
  const keys = new Array<StepKey>(slots).fill("");
  const actions = new Array<string>(slots).fill("");
  const efforts = new Array<Effort>(slots).fill("S");
  const impacts = new Array<Impact>(slots).fill(1);
  const points = new Int32Array(slots);
  const priorities = new Float64Array(slots);
  const ranked: number[] = [];
  framework.questions.forEach((question, position) => {
    for (let level = 1; level < STAGES.length; level++) {
      const slot = position * 4 + level;
      const { action, effort, impact } = question.nextSteps[STAGES[level - 1] as Exclude<Stage, "optimal">];
      keys[slot] = `${question.id}:${STAGES[level]}`;
      actions[slot] = action;
      efforts[slot] = effort;
      impacts[slot] = impact;
      points[slot] = EFFORT_POINTS[effort];
      // The prioritised next steps' priority, so the plan ranks as the list does.
      const priority = stepPriority(normalisedWeights[position]!, impact, important[position]!, effort);
      priorities[slot] = Math.min(PRIORITY_SLOTS - 1, Math.max(0, Math.round(priority * PRIORITY_SCALE)));
      ranked.push(slot);
    }
  });
  // Slots grow with position, then stage: the last comparison is framework order and stage at once.
  ranked.sort((a, b) => Number(important[b >> 2]) - Number(important[a >> 2]) || priorities[b]! - priorities[a]! || a - b);
  const prerequisiteStart = new Int32Array(count + 1);
  const flat: IndexedPrerequisite[] = [];
  const owners: number[] = [];
  for (let position = 0; position < count; position++) {
    prerequisiteStart[position] = flat.length;
    flat.push(...prerequisites[position]!);
    owners.push(...prerequisites[position]!.map(() => position));
  }
  prerequisiteStart[count] = flat.length;
  // `ranked` is in order already within each stage.
  const stageOrder = Int32Array.from([1, 2, 3].flatMap((level) => ranked.filter((slot) => (slot & 3) === level)));
  const stagePlaces = ranksOf(stageOrder, slots);
  const stepPrerequisites = Array.from({ length: slots }, (_, slot) => {
    const [position, level] = [slot >> 2, slot & 3];
    const previous = level > 1 ? [{ position, atLeast: level - 1 }] : [];
    return [...previous, ...prerequisites[position]!.filter((prerequisite) => prerequisite.level === level)].sort(
      (a, b) => stagePlaces[a.position * 4 + a.atLeast]! - stagePlaces[b.position * 4 + b.atLeast]!,
    );
  });
  const stepPrerequisiteStart = new Int32Array(slots + 1);
  for (let slot = 0; slot < slots; slot++) stepPrerequisiteStart[slot + 1] = stepPrerequisiteStart[slot]! + stepPrerequisites[slot]!.length;
  const sameStage = stepPrerequisites.map((list, slot) => list.filter((need) => need.atLeast === (slot & 3)));
  const sameStageStart = new Int32Array(slots + 1);
  for (let slot = 0; slot < slots; slot++) sameStageStart[slot + 1] = sameStageStart[slot]! + sameStage[slot]!.length;
  return {
    keys,
    keyLists: keys.map((key) => Object.freeze([key])),
    actions,
    efforts,
    impacts,
    points,
    slotRanks: ranksOf(ranked, slots),
    stageOrder,
    stepPrerequisiteStart,
    stepPrerequisitePosition: Int32Array.from(stepPrerequisites.flat(), (prerequisite) => prerequisite.position),
    stepPrerequisiteAtLeast: Int32Array.from(stepPrerequisites.flat(), (prerequisite) => prerequisite.atLeast),
    sameStageStart,
    sameStagePosition: Int32Array.from(sameStage.flat(), (need) => need.position),
    forwardPrerequisites: flat.some((prerequisite) => prerequisite.atLeast > prerequisite.level),
    prerequisiteStart,
    prerequisiteOwner: Int32Array.from(owners),
    ...raiseOrderOf(flat, prerequisiteStart, count),
    ...dependentsOf(flat, count),
    prerequisiteLevel: Int32Array.from(flat, (prerequisite) => prerequisite.level),
    prerequisitePosition: Int32Array.from(flat, (prerequisite) => prerequisite.position),
    prerequisiteAtLeast: Int32Array.from(flat, (prerequisite) => prerequisite.atLeast),
  };
}

/** Kahn's algorithm over the questions, an edge from each question to those it needs; `flat` holds question p's entries from start[p] to start[p + 1]. */
function raiseOrderOf(flat: readonly IndexedPrerequisite[], start: Int32Array, count: number): Pick<PlanTables, "raiseOrder" | "raisesInOneWalk"> {
  const neededBy = new Array<number>(count).fill(0);
  for (const prerequisite of flat) neededBy[prerequisite.position]!++;
  const ready = neededBy.flatMap((needers, position) => (needers === 0 ? [position] : []));
  const entries: number[] = [];
  for (let next = 0; next < ready.length; next++) {
    const question = ready[next]!;
    for (let entry = start[question]!; entry < start[question + 1]!; entry++) {
      entries.push(entry);
      if (--neededBy[flat[entry]!.position]! === 0) ready.push(flat[entry]!.position);
    }
  }
  const acyclic = ready.length === count;
  return { raiseOrder: Int32Array.from(acyclic ? entries : flat.map((_, entry) => entry)), raisesInOneWalk: acyclic };
}

/** The prerequisite entries grouped by the question they name, in entry order. */
function dependentsOf(flat: readonly IndexedPrerequisite[], count: number): Pick<PlanTables, "dependentStart" | "dependents"> {
  const dependentStart = new Int32Array(count + 1);
  const dependents: number[] = [];
  for (let position = 0; position < count; position++) {
    dependentStart[position] = dependents.length;
    flat.forEach((prerequisite, entry) => {
      if (prerequisite.position === position) dependents.push(entry);
    });
  }
  dependentStart[count] = dependents.length;
  return { dependentStart, dependents: Int32Array.from(dependents) };
}

/** Each slot's place in `ranked` (slots 0, 4, 8… stand for no step and keep 0). */
function ranksOf(ranked: ArrayLike<number>, slots: number): Int32Array {
  const ranks = new Int32Array(slots);
  for (let place = 0; place < ranked.length; place++) ranks[ranked[place]!] = place;
  return ranks;
}

const planTablesOf = perFramework(buildPlanTables);

// ─── Scratch: the working arrays of one plan ─────────────────────────────────────────────────

/**
 * The plan's working state, in typed arrays made once and reused by every plan rather than
 * allocated per call: safe because JavaScript runs one call at a time and roadmapOf never yields
 * (no await, no callback), so no two plans ever share them at once. Nothing here is returned.
 */
class Scratch {
  // Per question position.
  /** The answer's stage index; -1 unanswered; ABOVE_STAGES for N/A. */
  readonly levels: Int32Array;
  /** The highest stage the question can be planned to (plannableLimits): set for every question, and read, only when a prerequisite is unanswered. */
  readonly limits: Int32Array;
  /** How far the question is planned: the higher of answer and target, raised by what planned steps need; -1 unanswered, ABOVE_STAGES for N/A. */
  readonly upTo: Int32Array;
  /** Questions whose plannable limit is to be worked out again, and whether each is among them. */
  readonly stale: Int32Array;
  readonly queued: Uint8Array;
  /** Questions whose plannable limit fell below Optimal. */
  readonly lowered: Int32Array;
  // Per slot (position × 4 + stage).
  /** Whether the step is placed in `order` yet, its phase, and where it ends in capacity units (only with pins: placeInGaps writes it, schedule reads a step's needs'). */
  readonly placedSlot: Uint8Array;
  readonly phaseOf: Int32Array;
  readonly ends: Int32Array;
  /** The plan's steps as slots, in plan order. */
  readonly order: Int32Array;
  /** The slots one step needs (needSlots). */
  readonly stepNeeds: Int32Array;
  /** The slots of one stage the plan has, in stage order (orderByStage). */
  readonly candidates: Int32Array;
  // Per step, in the order made (by position, then stage), only for plans whose phases move (orderWithMovedPhases).
  /** Index of the question's first step (where it would be, for a question without one). */
  readonly first: Int32Array;
  readonly position: Int32Array;
  readonly level: Int32Array;
  readonly phase: Int32Array;
  /** The steps each step needs: entries needStart[s] to needStart[s + 1] of `needs`. */
  readonly needStart: Int32Array;
  readonly needs: Int32Array;
  /** Place in the ranking, which orders a step's needs, and the steps by that place. */
  readonly rank: Int32Array;
  readonly ranked: Int32Array;
  readonly placed: Uint8Array;
  /**
   * The sort keys of sortSteps, below 36 × questions², so in 32 bits up to 7,000 questions
   * (frameworks have about 80): 32-bit integers sort about twice as fast as doubles.
   */
  readonly keys: Int32Array;
  // Per month of the plan; grown when a plan runs longer.
  fill = new Int32Array(64);
  used = new Int32Array(64);
  /** The month's first epoch day and its row in `dayOffsets` (by its length), looked up once per month rather than per step. */
  firstDay = new Int32Array(64);
  dayRow = new Int32Array(64);
  /**
   * Day within a month on which unit `offset` of `capacity` begins, a row of capacity + 1 per month
   * length (28 to 31 days): a lookup rather than a division for each step's start and due date.
   * Kept for the last few capacities planned with, as building one costs more than a plan saves.
   */
  dayOffsets = new Int32Array(0);
  offsetsCapacity = 0;
  readonly dayTables = new Map<number, Int32Array<ArrayBuffer>>();
  // The schedule so far: months reached (`fill` and `used` beyond hold an earlier plan's
  // figures) and, with pins, the first month not yet full.
  months = 0;
  open = 0;
  /** Where the step placeInGaps (with pins) just placed starts, in units and as an epoch day, and the day it is due. */
  startUnit = 0;
  startDay = 0;
  dueDay = 0;

  constructor(
    readonly questions: number,
    readonly prerequisites: number,
  ) {
    const steps = questions * 3;
    const slots = questions * 4;
    this.levels = new Int32Array(questions);
    this.limits = new Int32Array(questions);
    this.upTo = new Int32Array(questions);
    this.stale = new Int32Array(questions);
    this.queued = new Uint8Array(questions);
    this.lowered = new Int32Array(questions);
    this.placedSlot = new Uint8Array(slots);
    this.phaseOf = new Int32Array(slots);
    this.ends = new Int32Array(slots);
    this.order = new Int32Array(steps);
    // A step needs at most its previous stage and its question's prerequisites for that stage.
    this.stepNeeds = new Int32Array(1 + prerequisites);
    this.candidates = new Int32Array(questions);
    this.first = new Int32Array(questions);
    this.position = new Int32Array(steps);
    this.level = new Int32Array(steps);
    this.phase = new Int32Array(steps);
    this.needStart = new Int32Array(steps + 1);
    this.needs = new Int32Array(steps + prerequisites);
    this.rank = new Int32Array(steps);
    this.ranked = new Int32Array(steps);
    this.placed = new Uint8Array(steps);
    this.keys = new Int32Array(steps);
  }

  /** Readies `dayOffsets` for plans of `capacity` points a month. */
  useCapacity(capacity: number): void {
    if (capacity === this.offsetsCapacity) return;
    let table = this.dayTables.get(capacity);
    if (!table) {
      const row = capacity + 1;
      table = new Int32Array(4 * row);
      for (let length = 28; length <= 31; length++) {
        for (let offset = 0; offset <= capacity; offset++) table[(length - 28) * row + offset] = Math.floor((offset * length) / capacity);
      }
      // A team's capacity rarely changes: a few tables cover every plan made in a while.
      if (this.dayTables.size >= DAY_TABLES_KEPT) this.dayTables.clear();
      this.dayTables.set(capacity, table);
    }
    this.dayOffsets = table;
    this.offsetsCapacity = capacity;
  }

  /** Makes month `month` (from month number `startMonth`) usable; months first reached in this plan start empty. */
  reach(month: number, months: number, startMonth: number): void {
    if (month >= this.fill.length) {
      const size = Math.max(month + 1, this.fill.length * 2);
      this.fill = grown(this.fill, size, months);
      this.used = grown(this.used, size, months);
      this.firstDay = grown(this.firstDay, size, months);
      this.dayRow = grown(this.dayRow, size, months);
    }
    // A loop rather than fill(): a plan reaches its months one at a time, and a builtin call costs more than one store.
    for (let reached = months; reached <= month; reached++) {
      this.fill[reached] = 0;
      this.used[reached] = 0;
      this.firstDay[reached] = firstDayOf(startMonth + reached);
      this.dayRow[reached] = (firstDayOf(startMonth + reached + 1) - this.firstDay[reached]! - 28) * (this.offsetsCapacity + 1);
    }
  }
}

const DAY_TABLES_KEPT = 16;

/** A copy of `array`'s first `kept` entries in a longer array. */
function grown(array: Int32Array<ArrayBuffer>, size: number, kept: number): Int32Array<ArrayBuffer> {
  const copy = new Int32Array(size);
  copy.set(array.subarray(0, kept));
  return copy;
}

let scratch = new Scratch(0, 0);

function scratchFor(questions: number, prerequisites: number): Scratch {
  if (scratch.questions < questions || scratch.prerequisites < prerequisites) scratch = new Scratch(questions, prerequisites);
  return scratch;
}

// ─── Which steps ─────────────────────────────────────────────────────────────────────────────

/**
 * An N/A question's level in a plan: above every stage, so it meets every prerequisite and has no
 * step to plan (it applies to nothing and blocks nothing) with no test of its own anywhere.
 */
const ABOVE_STAGES = 4;

/** Shared by every step that needs nothing, so no array is made for it. */
const NO_KEYS: readonly StepKey[] = Object.freeze([]);

/**
 * The highest stage each question can be planned to: a level whose prerequisite is unanswered,
 * or can itself not be planned far enough, stops the question below it. Greatest fixpoint from
 * Optimal down (`limits` start there); prerequisites are validated acyclic, and a cycle would only keep both at Optimal.
 * Worked from the unanswered questions through the prerequisites naming them, as only those can
 * lower a limit: roadmapOf queues the questions naming an unanswered one (the first `queuedCount`
 * of `stale`) as it reads the answers; an assessment leaves a few unanswered, so most questions are never looked at.
 * Lowering a limit only ever lowers others, so any order reaches the same fixpoint. Lists the
 * questions whose limit fell in `lowered`, in no particular order, and returns how many.
 */
function plannableLimits(tables: PlanTables, work: Scratch, queuedCount: number): number {
  const { stale, queued, limits, lowered } = work;
  let top = queuedCount;
  let loweredCount = 0;
  while (top > 0) {
    const position = stale[--top]!;
    queued[position] = 0;
    // Limits only fall, from Optimal: a question is listed the first time its limit does.
    const before = limits[position]!;
    if (lowerLimit(tables, work, position)) {
      if (before === 3) lowered[loweredCount++] = position;
      top = queueDependents(tables, work, position, top);
    }
  }
  return loweredCount;
}

/** Queues the questions with a prerequisite naming `position`; returns the queue's new length. */
function queueDependents({ dependentStart, dependents, prerequisiteOwner }: PlanTables, { stale, queued }: Scratch, position: number, top: number): number {
  for (let index = dependentStart[position]!; index < dependentStart[position + 1]!; index++) {
    const owner = prerequisiteOwner[dependents[index]!]!;
    if (queued[owner]) continue;
    queued[owner] = 1;
    stale[top++] = owner;
  }
  return top;
}

/** Lowers question `position`'s limit below each level with a prerequisite unanswered or not plannable far enough; whether it fell. */
function lowerLimit(tables: PlanTables, work: Scratch, position: number): boolean {
  const { levels, limits } = work;
  const { prerequisiteStart, prerequisiteLevel, prerequisitePosition, prerequisiteAtLeast } = tables;
  const level = levels[position]!;
  if (level < 0) return false;
  let limit = limits[position]!;
  for (let entry = prerequisiteStart[position]!; entry < prerequisiteStart[position + 1]!; entry++) {
    const needLevel = prerequisiteLevel[entry]!;
    const other = prerequisitePosition[entry]!;
    if (needLevel <= level || needLevel > limit) continue;
    const atLeast = prerequisiteAtLeast[entry]!;
    if (levels[other]! >= atLeast) continue;
    if (levels[other]! < 0 || limits[other]! < atLeast) limit = needLevel - 1;
  }
  if (limit === limits[position]) return false;
  limits[position] = limit;
  return true;
}

/** Why the step of question `position` to `level` (above its plannable `limit`) is deferred, built whole rather than spread. */
function deferredStep(framework: Framework, tables: PlanTables, work: Scratch, position: number, level: number, limit: number): DeferredStep {
  const key = tables.keys[position * 4 + level]!;
  const questionId = framework.questions[position]!.id;
  const toStage = STAGES[level]!;
  if (level > limit + 1) return { key, questionId, toStage, reason: "previous_stage_deferred", questions: [] };
  const { prerequisiteStart, prerequisiteLevel, prerequisitePosition, prerequisiteAtLeast } = tables;
  const unanswered: string[] = [];
  const deferred: string[] = [];
  for (let entry = prerequisiteStart[position]!; entry < prerequisiteStart[position + 1]!; entry++) {
    const other = prerequisitePosition[entry]!;
    if (prerequisiteLevel[entry] !== level) continue;
    const atLeast = prerequisiteAtLeast[entry]!;
    if (work.levels[other]! < 0) unanswered.push(framework.questions[other]!.id);
    else if (work.levels[other]! < atLeast && work.limits[other]! < atLeast) deferred.push(framework.questions[other]!.id);
  }
  return unanswered.length > 0
    ? { key, questionId, toStage, reason: "prerequisite_unanswered", questions: unanswered }
    : { key, questionId, toStage, reason: "prerequisite_deferred", questions: deferred };
}

/** Emits step `step` after the steps it needs, depth first, needs in ranking order; returns the next free place in `order`. */
function place(work: Scratch, step: number, at: number): number {
  if (work.placed[step]) return at;
  work.placed[step] = 1;
  const { needs, rank } = work;
  const start = work.needStart[step]!;
  const end = work.needStart[step + 1]!;
  // Insertion sort: a step needs one or two others.
  for (let index = start + 1; index < end; index++) {
    const need = needs[index]!;
    let to = index - 1;
    while (to >= start && rank[needs[to]!]! > rank[need]!) {
      needs[to + 1] = needs[to]!;
      to--;
    }
    needs[to + 1] = need;
  }
  for (let index = start; index < end; index++) at = place(work, needs[index]!, at);
  work.order[at] = step;
  return at + 1;
}

/** Orders the plan's steps by phase, then slot rank: one native sort, each phase, slot rank and step in one key. */
function sortSteps({ slotRanks }: PlanTables, work: Scratch, steps: number): void {
  const { position, level, phase, keys, rank, ranked } = work;
  const slotCount = slotRanks.length;
  const stepCount = rank.length;
  for (let step = 0; step < steps; step++) keys[step] = (phase[step]! * slotCount + slotRanks[position[step]! * 4 + level[step]!]!) * stepCount + step;
  const sorted = keys.subarray(0, steps).sort();
  for (let at = 0; at < steps; at++) {
    const step = sorted[at]! % stepCount;
    ranked[at] = step;
    rank[step] = at;
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
export function roadmapOf(framework: Framework, { levels: answers, targetIndexes }: ResolvedAssessment, options: RoadmapOptions): Roadmap {
  const startMonth = startMonthOf(options.start);
  if (startMonth === null) throw new RangeError(`A roadmap starts on the first day of a month, not ${options.start}`);
  const capacity = options.capacity;
  if (!Number.isInteger(capacity) || capacity < ROADMAP_CAPACITY_MIN || capacity > ROADMAP_CAPACITY_MAX) {
    throw new RangeError(`Capacity must be a whole number from ${ROADMAP_CAPACITY_MIN} to ${ROADMAP_CAPACITY_MAX}, not ${capacity}`);
  }
  const tables = planTablesOf(framework);
  const { prerequisiteStart, prerequisiteLevel, prerequisitePosition, prerequisiteAtLeast } = tables;
  const count = framework.questions.length;
  const work = scratchFor(count, prerequisiteStart[count]!);
  work.useCapacity(capacity);
  const { levels, limits, upTo } = work;
  // How far each question is planned: its target, raised below by what other planned steps need.
  // The questions with a prerequisite naming an unanswered one are queued for plannableLimits.
  let queuedCount = 0;
  for (let position = 0; position < count; position++) {
    // As 32-bit integers, which V8 then keeps untagged.
    const answer = answers[position]! | 0;
    const level = answer === NOT_APPLICABLE ? ABOVE_STAGES : answer;
    const toTarget = (targetIndexes[position]! | 0) - level;
    levels[position] = level;
    // The higher of answer and target: N/A stays above the stages, unanswered is -1 (below every target) and plans nothing.
    upTo[position] = level < 0 ? -1 : level + (toTarget & ~(toTarget >> 31));
    if (answer === NO_ANSWER) queuedCount = queueDependents(tables, work, position, queuedCount);
  }
  // Only an unanswered prerequisite stops a question short, directly or through another: with
  // none such, each answered question can be planned up to Optimal.
  let deferred: DeferredStep[] | null = null;
  if (queuedCount > 0) {
    // Every question can be planned up to Optimal until shown otherwise (unanswered and N/A ones
    // are read here but never lowered); set here rather than per plan, as only these plans read them.
    limits.fill(3, 0, count);
    const loweredCount = plannableLimits(tables, work, queuedCount);
    // Only a question whose limit fell is planned short of its target; sorted, as deferred steps are listed in framework order.
    const { lowered } = work;
    if (loweredCount > 1) lowered.subarray(0, loweredCount).sort();
    for (let index = 0; index < loweredCount; index++) {
      const position = lowered[index]!;
      const level = levels[position]!;
      const limit = limits[position]!;
      const target = level < 0 ? -1 : targetIndexes[position]!;
      upTo[position] = Math.max(level, Math.min(target, limit));
      for (let blocked = Math.max(level, limit) + 1; blocked <= target; blocked++) (deferred ??= []).push(deferredStep(framework, tables, work, position, blocked, limit));
    }
  }
  const { prerequisiteOwner, raiseOrder, raisesInOneWalk } = tables;
  let raised = true;
  while (raised) {
    raised = false;
    for (let index = 0; index < raiseOrder.length; index++) {
      const entry = raiseOrder[index]!;
      const position = prerequisiteOwner[entry]!;
      const needLevel = prerequisiteLevel[entry]!;
      const other = prerequisitePosition[entry]!;
      if (needLevel <= levels[position]! || needLevel > upTo[position]!) continue;
      if (upTo[other]! < prerequisiteAtLeast[entry]!) {
        upTo[other] = prerequisiteAtLeast[entry]!;
        raised = !raisesInOneWalk;
      }
    }
  }

  const planned = tables.forwardPrerequisites ? orderWithMovedPhases(tables, work, count) : orderByStage(tables, work);
  return schedule(framework, tables, work, planned, targetIndexes, startMonth, capacity, options.pins, options.start, deferred ?? []);
}

/**
 * Writes into `into` from `at` the slots the step at `slot` needs, in stage order: its question's
 * previous stage when that is planned too, and each of its prerequisites not met. Returns the next
 * free place. Every slot needed is planned: limits and raising saw to that.
 */
function needSlots(tables: PlanTables, work: Scratch, slot: number, into: Int32Array, at: number): number {
  const { stepPrerequisiteStart, stepPrerequisitePosition, stepPrerequisiteAtLeast } = tables;
  const { levels } = work;
  for (let entry = stepPrerequisiteStart[slot]!; entry < stepPrerequisiteStart[slot + 1]!; entry++) {
    const other = stepPrerequisitePosition[entry]!;
    const atLeast = stepPrerequisiteAtLeast[entry]!;
    // Written, then counted: answers are random to the processor, so a branch on whether it is
    // met would be mispredicted about every other time. `(a - b) >>> 31` is 1 when a < b; an N/A
    // question is above every stage (ABOVE_STAGES), so it never holds a step back.
    into[at] = other * 4 + atLeast;
    at += (levels[other]! - atLeast) >>> 31;
  }
  return at;
}

/**
 * The plan's order, as slots in `order`, while every step stays in its own stage's phase: stage
 * by stage, the framework's stage order read through, keeping each slot the plan has (a stage
 * above its question's answer, up to how far it is planned), each placed after the steps of its
 * own stage it needs; those of earlier stages are all placed by then. Returns the number of steps.
 */
function orderByStage(tables: PlanTables, work: Scratch): number {
  const { stageOrder } = tables;
  const { levels, upTo, placedSlot, candidates } = work;
  const perStage = stageOrder.length / 3;
  placedSlot.fill(0, 0, perStage * 4);
  let at = 0;
  for (let level = 1; level <= 3; level++) {
    // The slots the plan has, found without a branch on the answers (see needSlots): the answer
    // is below `level` and how far the question is planned is not. Unanswered is -1 in both, N/A
    // ABOVE_STAGES in both.
    let found = 0;
    for (let index = (level - 1) * perStage; index < level * perStage; index++) {
      const slot = stageOrder[index]!;
      candidates[found] = slot;
      found += ((levels[slot >> 2]! - level) >>> 31) & (((upTo[slot >> 2]! - level) >>> 31) ^ 1);
    }
    for (let index = 0; index < found; index++) if (placedSlot[candidates[index]!] === 0) at = placeAfterSameStage(tables, work, candidates[index]!, level, at);
  }
  return at;
}

/** Places the step at `slot` after the unplaced steps of its stage it needs (depth first, in stage order); returns the next free place. */
function placeAfterSameStage(tables: PlanTables, work: Scratch, slot: number, level: number, at: number): number {
  const { sameStageStart, sameStagePosition } = tables;
  const { levels, placedSlot } = work;
  placedSlot[slot] = 1;
  work.phaseOf[slot] = level - 1;
  for (let entry = sameStageStart[slot]!; entry < sameStageStart[slot + 1]!; entry++) {
    const other = sameStagePosition[entry]!;
    if (levels[other]! >= level) continue;
    const need = other * 4 + level;
    if (placedSlot[need] === 0) at = placeAfterSameStage(tables, work, need, level, at);
  }
  work.order[at] = slot;
  return at + 1;
}

/**
 * The plan's order, as slots in `order`, when a prerequisite asks for a stage above the one it
 * gates: the steps are listed (by position, then stage) with what each needs, each moved to the
 * phase of its latest need, sorted by phase and slot rank, and emitted after their needs (depth
 * first). Returns the number of steps.
 */
function orderWithMovedPhases(tables: PlanTables, work: Scratch, count: number): number {
  const { levels, upTo, first, position: stepPosition, level: stepLevel, phase, needStart, needs } = work;
  let steps = 0;
  for (let position = 0; position < count; position++) {
    first[position] = steps;
    for (let level = levels[position]! + 1; level <= upTo[position]!; level++) {
      stepPosition[steps] = position;
      stepLevel[steps] = level;
      phase[steps] = level - 1;
      steps++;
    }
  }
  // Needs as steps, rather than slots: a slot's step is its question's first plus the stages between.
  let needCount = 0;
  for (let step = 0; step < steps; step++) {
    needStart[step] = needCount;
    const end = needSlots(tables, work, stepPosition[step]! * 4 + stepLevel[step]!, needs, needCount);
    for (; needCount < end; needCount++) {
      const position = needs[needCount]! >> 2;
      needs[needCount] = first[position]! + (needs[needCount]! & 3) - levels[position]! - 1;
    }
  }
  needStart[steps] = needCount;
  movePhases(work, steps);
  sortSteps(tables, work, steps);
  const { ranked, placed, order } = work;
  placed.fill(0, 0, steps);
  let emitted = 0;
  for (let index = 0; index < steps; index++) emitted = place(work, ranked[index]!, emitted);
  for (let index = 0; index < steps; index++) {
    const step = order[index]!;
    const slot = stepPosition[step]! * 4 + stepLevel[step]!;
    order[index] = slot;
    work.phaseOf[slot] = phase[step]!;
  }
  return steps;
}

/** A step needing one in a later phase joins that phase; repeats until settled (chains are short). */
function movePhases(work: Scratch, steps: number): void {
  const { phase, needStart, needs } = work;
  let moved = needStart[steps]! > 0;
  for (let round = 0; moved && round <= steps; round++) {
    moved = false;
    for (let step = 0; step < steps; step++) {
      for (let entry = needStart[step]!; entry < needStart[step + 1]!; entry++) {
        if (phase[needs[entry]!]! > phase[step]!) {
          phase[step] = phase[needs[entry]!]!;
          moved = true;
        }
      }
    }
  }
}

// ─── When ────────────────────────────────────────────────────────────────────────────────────

function hasKeys(record: object): boolean {
  for (const key in record) if (Object.hasOwn(record, key)) return true;
  return false;
}

/** ISO dates compare as text only while years have four digits: the phases' spans are tracked in days there. */
const FOUR_DIGIT_FIRST_DAY = daysFromCivil(1000, 1, 1);
const FOUR_DIGIT_END_DAY = daysFromCivil(10000, 1, 1);

/**
 * The epoch day on which unit `offset` (0 to capacity) of plan month `month` begins, from the
 * scratch's `firstDay`, `dayRow` and `dayOffsets`: passed in, so schedule can hold them in locals.
 */
function dayAt(firstDay: Int32Array, dayRow: Int32Array, dayOffsets: Int32Array, month: number, offset: number): number {
  return firstDay[month]! + dayOffsets[dayRow[month]! + offset]!;
}

function dayIn(work: Scratch, month: number, offset: number): number {
  return dayAt(work.firstDay, work.dayRow, work.dayOffsets, month, offset);
}

/** Brings month `month` into the plan, growing the scratch buffers when it is new; returns the month count. */
function include(work: Scratch, month: number, months: number, startMonth: number): number {
  if (month < months) return months;
  work.reach(month, months, startMonth);
  return month + 1;
}

/**
 * Places the step at `slot` (of `points`) at the first free unit at or after `earliest`, taking what is left
 * of each month until its points are used: the rule once pins can leave gaps before them.
 */
function placeInGaps(work: Scratch, slot: number, points: number, earliest: number, capacity: number, startMonth: number): void {
  let { months, open, fill } = work;
  // Months before `open` are full: start searching at the first that is not.
  while (open < months && fill[open]! >= capacity) open++;
  if (earliest < open * capacity) earliest = open * capacity;
  // Units are whole and never negative: `| 0` floors, and lets V8 divide in integers.
  let month = (earliest / capacity) | 0;
  let cursor = earliest - month * capacity;
  months = include(work, month, months, startMonth);
  fill = work.fill;
  if (fill[month]! > cursor) cursor = fill[month]!;
  // A month filled by earlier steps passes its capacity on to the next.
  while (cursor >= capacity) {
    month++;
    months = include(work, month, months, startMonth);
    fill = work.fill;
    cursor = fill[month]!;
  }
  work.startUnit = month * capacity + cursor;
  work.startDay = dayIn(work, month, cursor);
  let remaining = points;
  for (;;) {
    const take = Math.min(remaining, capacity - cursor);
    fill[month] = cursor + take;
    work.used[month] = work.used[month]! + take;
    remaining -= take;
    if (remaining === 0) break;
    do {
      month++;
      months = include(work, month, months, startMonth);
      fill = work.fill;
      cursor = fill[month]!;
    } while (cursor >= capacity);
  }
  work.ends[slot] = month * capacity + fill[month]!;
  // The step ends where its last unit does: the next month's first day when it fills its month.
  work.dueDay = Math.max(work.startDay, dayIn(work, month, fill[month]!) - 1);
  work.months = months;
  work.open = open;
}

/**
 * Time runs in capacity units: month m holds units m × capacity to (m + 1) × capacity. Each month
 * fills from its start; a step starts at the first free unit at or after its needs' ends and its
 * pin, and takes what is left of each month until its points are used.
 */
function schedule(
  framework: Framework,
  tables: PlanTables,
  work: Scratch,
  count: number,
  targetIndexes: readonly number[],
  startMonth: number,
  capacity: number,
  pins: Readonly<Record<StepKey, string>> | undefined,
  start: string,
  deferred: DeferredStep[],
): Roadmap {
  const { keys, keyLists, actions, efforts, impacts, points: slotPoints } = tables;
  const { phaseOf, order, ends, stepNeeds } = work;
  // Sized up front, here and below: an array grown by push from empty is reallocated and copied
  // as it grows (its first growth alone reserves 16 slots), the most memory a plan allocates.
  const steps = new Array<RoadmapStep>(count);
  const phaseStart = [Infinity, Infinity, Infinity];
  const phaseDue = [-Infinity, -Infinity, -Infinity];
  const phasePoints = [0, 0, 0];
  const hasPins = pins !== undefined && hasKeys(pins);
  work.months = 0;
  work.open = 0;
  let totalPoints = 0;
  let finishDay = -Infinity;
  let end = 0;
  let startDay = 0;
  let dueDay = 0;
  let { firstDay, dayRow } = work;
  const { dayOffsets } = work;
  for (let index = 0; index < count; index++) {
    const slot = order[index]!;
    const position = slot >> 2;
    const level = slot & 3;
    const points = slotPoints[slot]!;
    const key = keys[slot]!;
    const needCount = needSlots(tables, work, slot, stepNeeds, 0);
    let pinMonth: number | null = null;
    if (hasPins) {
      let earliest = 0;
      for (let need = 0; need < needCount; need++) if (ends[stepNeeds[need]!]! > earliest) earliest = ends[stepNeeds[need]!]!;
      const pin = pins[key];
      pinMonth = pin === undefined ? null : monthNumber(MONTH_PATTERN, pin);
      if (pinMonth !== null) earliest = Math.max(earliest, (pinMonth - startMonth) * capacity);
      placeInGaps(work, slot, points, earliest, capacity, startMonth);
      startDay = work.startDay;
      dueDay = work.dueDay;
    } else {
      // Without pins no step leaves a gap, so the free units are always those after the last
      // step's end, where its needs ended already: the steps are laid end to end, which
      // placeInGaps would find with more work. The scratch's day tables are held in locals: this
      // runs for every step planned.
      const startUnit = end;
      end += points;
      const month = (startUnit / capacity) | 0;
      const lastMonth = ((end - 1) / capacity) | 0;
      if (lastMonth >= work.months) {
        work.months = include(work, lastMonth, work.months, startMonth);
        firstDay = work.firstDay;
        dayRow = work.dayRow;
      }
      startDay = dayAt(firstDay, dayRow, dayOffsets, month, startUnit - month * capacity);
      const lastDay = dayAt(firstDay, dayRow, dayOffsets, lastMonth, end - lastMonth * capacity) - 1;
      dueDay = lastDay > startDay ? lastDay : startDay;
    }
    totalPoints += points;
    if (dueDay > finishDay) finishDay = dueDay;
    const phase = phaseOf[slot]!;
    if (startDay < phaseStart[phase]!) phaseStart[phase] = startDay;
    if (dueDay > phaseDue[phase]!) phaseDue[phase] = dueDay;
    phasePoints[phase] = phasePoints[phase]! + points;
    const question = framework.questions[position]!;
    let needKeys = NO_KEYS;
    if (needCount === 1) needKeys = keyLists[stepNeeds[0]!]!;
    else if (needCount > 1) {
      const list = new Array<StepKey>(needCount);
      for (let need = 0; need < needCount; need++) list[need] = keys[stepNeeds[need]!]!;
      needKeys = list;
    }
    steps[index] = {
      key,
      questionId: question.id,
      pillar: question.pillar,
      title: question.title,
      action: actions[slot]!,
      fromStage: STAGES[level - 1]!,
      toStage: STAGES[level]!,
      effort: efforts[slot]!,
      impact: impacts[slot]!,
      points,
      phase,
      start: isoFromDays(startDay),
      due: isoFromDays(dueDay),
      pinned: pinMonth !== null,
      pinAdjusted: pinMonth !== null && ((work.startUnit / capacity) | 0) !== pinMonth - startMonth,
      enabling: level > targetIndexes[position]!,
      needs: needKeys,
    };
  }
  const fourDigits = firstDayOf(startMonth) >= FOUR_DIGIT_FIRST_DAY && finishDay < FOUR_DIGIT_END_DAY;
  const phases = fourDigits ? phasesOf(phaseStart, phaseDue, phasePoints) : phasesByText(steps);
  const { used, months } = work;
  // Laid end to end, every month but the last is full.
  if (!hasPins) for (let month = 0; month < months; month++) used[month] = Math.min(capacity, end - month * capacity);
  // Trailing months the last step merely reached at its first unit hold no work.
  let monthCount = months;
  while (monthCount > 0 && used[monthCount - 1] === 0) monthCount--;
  const monthList = new Array<RoadmapMonth>(monthCount);
  for (let month = 0; month < monthCount; month++) monthList[month] = { month: labelOf(startMonth + month), points: used[month]!, capacity };
  return { start, capacity, steps, phases, months: monthList, deferred, totalPoints, finish: steps.length > 0 ? isoFromDays(finishDay) : null };
}

function phasesOf(starts: readonly number[], dues: readonly number[], points: readonly number[]): RoadmapPhase[] {
  const phases: RoadmapPhase[] = [];
  for (let phase = 0; phase < 3; phase++) {
    if (points[phase] === 0) continue;
    phases.push({ phase, toStage: STAGES[phase + 1]!, start: isoFromDays(starts[phase]!), due: isoFromDays(dues[phase]!), points: points[phase]! });
  }
  return phases;
}

/** Years before 1000 or after 9999 write with fewer or more digits, where the earliest date is not the first in text order. */
function phasesByText(steps: readonly RoadmapStep[]): RoadmapPhase[] {
  const byPhase: (RoadmapPhase | undefined)[] = [undefined, undefined, undefined];
  for (const { phase: number, start, due, points } of steps) {
    let phase = byPhase[number];
    if (!phase) {
      phase = { phase: number, toStage: STAGES[number + 1]!, start, due, points: 0 };
      byPhase[number] = phase;
    }
    if (start < phase.start) phase.start = start;
    if (due > phase.due) phase.due = due;
    phase.points += points;
  }
  return byPhase.filter((phase) => phase !== undefined);
}

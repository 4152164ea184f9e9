/**
 * The level checklist of a format-2 question (zt-2026.2 on), free of React: which criteria
 * can be ticked, the level the ticks support, and the ticks a level picked directly implies.
 * A level is met when all its criteria and those of every level below are met. Traditional's
 * criteria describe the starting point and are never ticked.
 */
import { STAGE_LABELS, STAGES, type CriterionId, type Question, type Stage } from "@/lib/framework/types";
import type { AnswerChoice } from "@/lib/scoring/types";

/** The stages whose criteria the assessor ticks, lowest first. */
export const TICKED_STAGES = ["initial", "advanced", "optimal"] as const satisfies readonly Stage[];
export type TickedStage = (typeof TICKED_STAGES)[number];

/** The rule, written once for every screen that shows a checklist. */
export const CRITERIA_RULE = "A level is met when all its criteria and those of every level below are met.";

/** The ids of a stage's criteria ("advanced-1", "advanced-2"…); none for a question without detail. */
export const criterionIds = (question: Question, stage: Stage): CriterionId[] =>
  question.detail ? question.detail.criteria[stage].map((_, index): CriterionId => `${stage}-${index + 1}`) : [];

/** Every id the assessor may tick for a question, lowest stage first. */
export const tickableIds = (question: Question): CriterionId[] => TICKED_STAGES.flatMap((stage) => criterionIds(question, stage));

/** Whether every criterion of `stage` is ticked. */
export const stageMet = (question: Question, stage: TickedStage, ticked: ReadonlySet<string>) => {
  const ids = criterionIds(question, stage);
  return ids.length > 0 && ids.every((id) => ticked.has(id));
};

/**
 * The level the ticks support: the highest stage met together with every stage below it;
 * Traditional when some criteria are ticked but Initial is incomplete; null when nothing
 * tickable is ticked (the ticks say nothing) or the question has no checklist.
 */
export function levelFromCriteria(question: Question, ticked: Iterable<string>): Stage | null {
  const set = new Set(ticked);
  const known = tickableIds(question);
  if (!known.some((id) => set.has(id))) return null;
  let level: Stage = "traditional";
  for (const stage of TICKED_STAGES) {
    if (!stageMet(question, stage, set)) break;
    level = stage;
  }
  return level;
}

/** The criteria a level picked directly counts as met: all of Initial up to that level; none for Traditional, N/A or Unknown. */
export function impliedCriteria(question: Question, level: AnswerChoice): CriterionId[] {
  const top = STAGES.indexOf(level as Stage);
  if (top < 0) return [];
  return TICKED_STAGES.filter((stage) => STAGES.indexOf(stage) <= top).flatMap((stage) => criterionIds(question, stage));
}

/**
 * The ticks after picking `level` directly: its criteria and the lower levels' are met, and
 * ticks above it stay as progress towards the next level unless they would complete it (the
 * level picked wins). N/A and Unknown clear the checklist: they are not levels.
 */
export function criteriaForChoice(question: Question, level: AnswerChoice, current: readonly string[]): string[] {
  const top = STAGES.indexOf(level as Stage);
  if (top < 0) return [];
  const implied = impliedCriteria(question, level);
  const above = tickableIds(question).filter((id) => current.includes(id) && !implied.includes(id));
  const next = [...implied, ...above];
  return levelFromCriteria(question, next) === level ? next : implied;
}

/** An answer the questionnaire offers, with its keyboard key. */
export interface AnswerOption {
  value: AnswerChoice;
  key: string;
}
const LEVEL_OPTIONS: AnswerOption[] = STAGES.map((stage, index) => ({ value: stage, key: String(index + 1) }));
const NOT_APPLICABLE: AnswerOption = { value: "not_applicable", key: "5" };
const UNKNOWN: AnswerOption = { value: "unknown", key: "U" };

/**
 * The answers a question offers: its levels, then N/A unless the question always applies, then
 * Unknown for questions with a level checklist (zt-2026.2 on; zt-2026.1 questions are as before).
 */
export const answerChoices = (question: Question): AnswerOption[] =>
  question.detail ? [...LEVEL_OPTIONS, ...(question.detail.naAllowed ? [NOT_APPLICABLE] : []), UNKNOWN] : [...LEVEL_OPTIONS, NOT_APPLICABLE];

/** What picking an answer directly changes: with a checklist, the level's criteria and the lower levels' count as met. */
export const choicePatch = (question: Question, value: AnswerChoice, criteriaMet: readonly string[]): { value: AnswerChoice; criteriaMet?: string[] } =>
  question.detail ? { value, criteriaMet: criteriaForChoice(question, value, criteriaMet) } : { value };

/** Ticks `id` on or off, in the question's criteria order. */
export function toggleCriterion(question: Question, current: readonly string[], id: string, met: boolean): string[] {
  const set = new Set(current);
  if (met) set.add(id);
  else set.delete(id);
  return tickableIds(question).filter((known) => set.has(known));
}

/** What is wrong with an answer, and which of its fields says so. */
export interface AnswerProblem {
  field: "value" | "criteriaMet";
  message: string;
}

/** At most this many ids are named in a message. */
const NAMED_IDS = 5;
const named = (ids: readonly string[]) => ids.slice(0, NAMED_IDS).map((id) => `"${id}"`).join(", ") + (ids.length > NAMED_IDS ? ` and ${ids.length - NAMED_IDS} more` : "");

/**
 * Why an answer does not fit its question, or null: the server's check for saves and imports.
 * The value must be one the question offers; ticks must be its criteria, none for N/A or Unknown,
 * and with a level they must support exactly that level (a level picked directly counts its own
 * criteria and the lower levels' as met, so those must be ticked). Ticks left out are filled in
 * by `criteriaOf`.
 */
export function answerProblem(question: Question, answer: { value: AnswerChoice; criteriaMet?: readonly string[] | undefined }): AnswerProblem | null {
  if (!answerChoices(question).some((choice) => choice.value === answer.value)) {
    const message =
      answer.value === "not_applicable"
        ? `${question.id} applies to every organisation: answer a level or Unknown, not Not applicable.`
        : `${question.id} has no "${answer.value}" answer in this version: choose a level or Not applicable.`;
    return { field: "value", message };
  }
  const ticked = answer.criteriaMet ?? [];
  if (ticked.length === 0) return null;
  if (!question.detail) return { field: "criteriaMet", message: `${question.id} has no criteria to tick.` };
  const known = new Set<string>(tickableIds(question));
  const unknown = ticked.filter((id) => !known.has(id));
  if (unknown.length > 0) {
    return { field: "criteriaMet", message: `${question.id} has no criterion ${named(unknown)} to tick (Traditional's criteria describe the starting point and are not ticked).` };
  }
  if (answer.value === "not_applicable" || answer.value === "unknown") {
    return { field: "criteriaMet", message: `${question.id}: Not applicable and Unknown take no ticked criteria.` };
  }
  const supported = levelFromCriteria(question, ticked) ?? "traditional";
  if (supported !== answer.value) {
    return {
      field: "criteriaMet",
      message: `${question.id}: the ticked criteria meet ${STAGE_LABELS[supported]}, not ${STAGE_LABELS[answer.value]}. Tick every criterion up to the level, and not all of the next level's.`,
    };
  }
  return null;
}

/** The ticks to store: those sent, or, when none were sent, the criteria a level picked directly counts as met. */
export const criteriaOf = (question: Question, answer: { value: AnswerChoice; criteriaMet?: readonly string[] | undefined }): string[] =>
  answer.criteriaMet ? [...answer.criteriaMet] : impliedCriteria(question, answer.value);

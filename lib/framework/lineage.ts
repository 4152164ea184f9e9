/**
 * Moving answers from one framework version to the next along the later version's lineage
 * (docs/decisions/0011-moving-an-assessment-to-a-new-version.md). Pure: it knows lineage entries, answers and
 * question ids, nothing of the database or of a particular version's content.
 */
import { truncate } from "../truncate";
import { STAGES, type LineageEntry, type Stage } from "./types";

/** The values an answer can hold (a stage, N/A or "unknown"), spelled out to keep this module free of scoring imports. */
export type CarriedValue = Stage | "not_applicable" | "unknown";

export interface AnswerToCarry {
  questionId: string;
  value: CarriedValue;
  naReason: string | null;
  note: string;
  evidence: readonly string[];
}

export interface CarriedAnswer {
  questionId: string;
  value: CarriedValue;
  naReason: string | null;
  note: string;
  evidence: string[];
  /** Criteria differ between versions: ticks never carry over. */
  criteriaMet: [];
  /** "zt-2026.1 IDN-03, AUT-01": where the answer came from, until someone confirms it. */
  carriedFrom: string;
}

export interface Lineage {
  /** The version the entries come from. */
  from: string;
  entries: readonly LineageEntry[];
}

/** One question of the next version that more than one earlier question flows into, for the preview. */
export interface MergedTarget {
  to: string;
  from: string[];
  notes: string[];
  /** What the merged answer became, or null when none of the sources was answered. */
  value: CarriedValue | null;
}

export interface RemovedQuestion {
  from: string;
  note: string;
  /** Whether the assessment had an answer to it, which the move drops. */
  answered: boolean;
}

export interface CarrySummary {
  /** Answers copied one to one (same, or each target of a split). */
  carried: number;
  /** Questions of the next version whose answer combines several earlier answers. */
  merged: number;
  /** Earlier answers with nowhere to go (the question was removed). */
  dropped: number;
  /** Questions new in the next version: they start unanswered. */
  new: number;
}

export interface CarryResult {
  answers: CarriedAnswer[];
  summary: CarrySummary;
  merged: MergedTarget[];
  removed: RemovedQuestion[];
  /** New questions of the next version, with the lineage note. */
  added: { to: string; note: string }[];
}

const stageRank = (value: CarriedValue) => STAGES.indexOf(value as Stage);
const isStage = (value: CarriedValue): value is Stage => stageRank(value) >= 0;
const unique = <T>(values: readonly T[]) => [...new Set(values)];

/** For each question of the next version, the earlier questions that flow into it, in lineage order. */
function sourcesByTarget(lineage: Lineage): Map<string, string[]> {
  const sources = new Map<string, string[]>();
  for (const entry of lineage.entries) {
    if (entry.from === null || entry.kind === "removed" || entry.kind === "new") continue;
    for (const to of entry.to) sources.set(to, unique([...(sources.get(to) ?? []), entry.from]));
  }
  return sources;
}

/**
 * The answer of a question that several earlier questions were merged into. Conservative, since
 * a carried answer is scored until someone confirms it:
 * - the LOWEST stage of the sources answered with a stage (N/A sources are left out of it);
 * - N/A only when every source is N/A, with their reasons joined;
 * - "unknown" when any source is unanswered or "unknown" while another has an answer: the missing
 *   one might have been the lowest, so no stage is claimed; the note says what the others were.
 * Null (no answer) when no source was answered at all.
 */
export function mergeAnswers(sources: readonly { questionId: string; answer: AnswerToCarry | undefined }[]): Omit<CarriedAnswer, "questionId" | "carriedFrom"> | null {
  const merged = combine(sources);
  // Joined texts stay within what an answer may hold (lib/validation/assessment ZAnswerContent).
  return merged && { ...merged, note: truncate(merged.note, NOTE_MAX), naReason: merged.naReason === null ? null : truncate(merged.naReason, NA_REASON_MAX), evidence: merged.evidence.slice(0, EVIDENCE_MAX) };
}

const NOTE_MAX = 5000;
const NA_REASON_MAX = 1000;
const EVIDENCE_MAX = 20;

function combine(sources: readonly { questionId: string; answer: AnswerToCarry | undefined }[]): Omit<CarriedAnswer, "questionId" | "carriedFrom"> | null {
  const answered = sources.filter((source): source is { questionId: string; answer: AnswerToCarry } => source.answer !== undefined);
  if (answered.length === 0) return null;
  const labelled = (id: string, text: string) => (sources.length > 1 ? `${id}: ${text}` : text);
  const note = answered
    .filter(({ answer }) => answer.note.trim() !== "")
    .map(({ questionId, answer }) => labelled(questionId, answer.note.trim()))
    .join("\n\n");
  const evidence = unique(answered.flatMap(({ answer }) => answer.evidence));
  const base = { naReason: null, note, evidence, criteriaMet: [] as [] };
  if (answered.length === 1 && sources.length === 1) {
    const only = answered[0]!.answer;
    return { ...base, value: only.value, naReason: only.value === "not_applicable" ? only.naReason : null };
  }
  const incomplete = answered.length < sources.length || answered.some(({ answer }) => answer.value === "unknown");
  if (incomplete) {
    const said = sources.map(({ questionId, answer }) => `${questionId} ${answer ? VALUE_WORDS[answer.value] : "unanswered"}`).join(", ");
    const why = `Merged from ${said}: not every earlier question had an answer, so no level is claimed.`;
    return { ...base, value: "unknown", note: note ? `${why}\n\n${note}` : why };
  }
  const stages = answered.map(({ answer }) => answer.value).filter(isStage);
  if (stages.length === 0) {
    const naReason = answered.map(({ questionId, answer }) => labelled(questionId, answer.naReason?.trim() || "no reason given")).join("; ");
    return { ...base, value: "not_applicable", naReason };
  }
  const lowest = stages.reduce((low, stage) => (stageRank(stage) < stageRank(low) ? stage : low));
  return { ...base, value: lowest };
}

/** N/A where the next version always applies the question: Unknown, with the old reason in the note. */
function applicable(answer: ReturnType<typeof mergeAnswers>, alwaysApplies: boolean, fromVersion: string): ReturnType<typeof mergeAnswers> {
  if (!answer || answer.value !== "not_applicable" || !alwaysApplies) return answer;
  const why = `Was N/A in ${fromVersion} (${answer.naReason ?? "no reason given"}); this question now applies to every organisation, so answer it.`;
  return { ...answer, value: "unknown", naReason: null, note: truncate(answer.note ? `${why}\n\n${answer.note}` : why, NOTE_MAX) };
}

const VALUE_WORDS: Record<CarriedValue, string> = {
  traditional: "Traditional",
  initial: "Initial",
  advanced: "Advanced",
  optimal: "Optimal",
  not_applicable: "N/A",
  unknown: "Unknown",
};

/**
 * Carries answers of `lineage.from` into the next version, whose question ids are `nextQuestionIds`:
 * "same" copies, "split" copies to each target, "merged" combines (see mergeAnswers), "removed"
 * drops, "new" starts unanswered. An answer to a question the lineage does not name is dropped.
 * An N/A landing on a question that always applies (`alwaysApplies`: naAllowed false) becomes
 * Unknown, its reason kept in the note: the next version refuses N/A there.
 */
export function carryAnswers(lineage: Lineage, answers: readonly AnswerToCarry[], nextQuestionIds: readonly string[], alwaysApplies: ReadonlySet<string> = new Set()): CarryResult {
  const byQuestion = new Map(answers.map((answer) => [answer.questionId, answer]));
  const sources = sourcesByTarget(lineage);
  const notesOf = (to: string) => lineage.entries.filter((entry) => entry.from !== null && entry.to.includes(to)).map((entry) => entry.note);
  const result: CarryResult = { answers: [], summary: { carried: 0, merged: 0, dropped: 0, new: 0 }, merged: [], removed: [], added: [] };
  for (const to of nextQuestionIds) {
    const from = sources.get(to);
    if (!from) {
      const entry = lineage.entries.find((candidate) => candidate.from === null && candidate.to.includes(to));
      result.added.push({ to, note: entry?.note ?? "New question." });
      result.summary.new += 1;
      continue;
    }
    const merged = applicable(mergeAnswers(from.map((questionId) => ({ questionId, answer: byQuestion.get(questionId) }))), alwaysApplies.has(to), lineage.from);
    if (from.length > 1) {
      result.merged.push({ to, from, notes: unique(notesOf(to)), value: merged?.value ?? null });
      if (merged) result.summary.merged += 1;
    } else if (merged) result.summary.carried += 1;
    if (merged) result.answers.push({ questionId: to, ...merged, carriedFrom: `${lineage.from} ${from.join(", ")}` });
  }
  const next = new Set(nextQuestionIds);
  const continuing = new Set([...sources].filter(([to]) => next.has(to)).flatMap(([, from]) => from));
  for (const entry of lineage.entries) {
    if (entry.from === null || continuing.has(entry.from)) continue;
    result.removed.push({ from: entry.from, note: entry.note, answered: byQuestion.has(entry.from) });
  }
  const named = new Set(lineage.entries.map((entry) => entry.from));
  for (const answer of answers) if (!named.has(answer.questionId)) result.removed.push({ from: answer.questionId, note: "Not in the lineage of the next version.", answered: true });
  result.summary.dropped = result.removed.filter((removed) => removed.answered).length;
  return result;
}

/** The questions of the next version that an earlier question continues as; empty when it was removed. */
export function nextQuestionIdsOf(lineage: Lineage, questionId: string, nextQuestionIds: readonly string[]): string[] {
  const next = new Set(nextQuestionIds);
  return unique(lineage.entries.filter((entry) => entry.from === questionId && entry.kind !== "removed").flatMap((entry) => entry.to.filter((to) => next.has(to))));
}

/** The earlier questions that flow into each question of the next version (empty for a new one), for comparing across versions. */
export function previousQuestionIds(lineage: Lineage, nextQuestionIds: readonly string[]): Map<string, string[]> {
  const sources = sourcesByTarget(lineage);
  return new Map(nextQuestionIds.map((to) => [to, sources.get(to) ?? []]));
}

export interface TrackedStepToMove {
  id: string;
  questionId: string;
  status: "not_started" | "in_progress" | "blocked" | "done" | "wont_do";
  title: string;
  notes: string;
  updatedAt: Date;
}

export type StepMove =
  | { kind: "keep"; id: string; from: string; to: string; notes: string }
  | { kind: "merge"; id: string; from: string; into: string; to: string }
  | { kind: "drop"; id: string; from: string; title: string; status: TrackedStepToMove["status"]; note: string };

const OPEN_FIRST: Record<TrackedStepToMove["status"], number> = { in_progress: 0, blocked: 1, not_started: 2, done: 3, wont_do: 4 };

/**
 * Where each tracked next step goes. A step follows its question (to the first target of a
 * split: a question keeps one tracked item, and the next snapshot recommends the others). When
 * several steps land on one question (a merge), the one furthest along (open before closed, then
 * the most recently changed) stays and takes the others' notes; the others are deleted. A step of
 * a removed question is deleted: no row may name a question the next version lacks. The caller
 * records every deleted step in the audit trail.
 */
export function moveTrackedSteps(lineage: Lineage, steps: readonly TrackedStepToMove[], nextQuestionIds: readonly string[]): StepMove[] {
  const moves: StepMove[] = [];
  const landing = new Map<string, TrackedStepToMove[]>();
  for (const step of steps) {
    const to = nextQuestionIdsOf(lineage, step.questionId, nextQuestionIds)[0];
    if (!to) {
      const note = lineage.entries.find((entry) => entry.from === step.questionId)?.note ?? "Not in the lineage of the next version.";
      moves.push({ kind: "drop", id: step.id, from: step.questionId, title: step.title, status: step.status, note });
      continue;
    }
    landing.set(to, [...(landing.get(to) ?? []), step]);
  }
  for (const [to, landed] of landing) {
    const [kept, ...others] = [...landed].sort((a, b) => OPEN_FIRST[a.status] - OPEN_FIRST[b.status] || b.updatedAt.getTime() - a.updatedAt.getTime() || a.id.localeCompare(b.id));
    const taken = others.filter((other) => other.notes.trim() !== "").map((other) => `From ${other.questionId} (“${other.title}”): ${other.notes.trim()}`);
    moves.push({ kind: "keep", id: kept!.id, from: kept!.questionId, to, notes: [kept!.notes.trim(), ...taken].filter(Boolean).join("\n\n") });
    for (const other of others) moves.push({ kind: "merge", id: other.id, from: other.questionId, into: kept!.id, to });
  }
  return moves;
}

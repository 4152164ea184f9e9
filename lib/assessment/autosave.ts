/**
 * The questionnaire's save engine, free of React: each answer is saved shortly after it
 * changes, naming the version it last saw. A conflict keeps both values for the user to
 * choose; a failed save keeps the draft and retries with back-off. Nothing on screen is
 * dropped until the server has it.
 */
import type { z } from "zod";
import type { AnswerChoice, AnswerInput } from "@/lib/scoring/types";
import type { ZApiAnswer } from "@/lib/validation/api-responses";

/** An answer as the server last confirmed it: the API's answer, dates as ISO strings. */
export type SavedAnswer = z.infer<typeof ZApiAnswer>;

/** What the screen shows for a question. */
export interface Draft {
  value: AnswerChoice | null;
  naReason: string;
  note: string;
  evidence: string[];
  /** Criteria ticked in the level checklist ("advanced-2"); always empty for a question without one. */
  criteriaMet: string[];
  /** An N/A's review date ("YYYY-MM-DD"); empty until the server sets its default or the assessor picks one. */
  naReviewDate: string;
}

export type SaveStatus = "idle" | "pending" | "saving" | "saved" | "invalid" | "retrying" | "failed" | "conflict";

export interface Entry {
  saved: SavedAnswer | null;
  draft: Draft;
  status: SaveStatus;
  message?: string;
  /** Set while someone else's save stands between this draft and the server. */
  conflict?: { current: SavedAnswer | null };
  attempt: number;
}

export type Entries = Readonly<Record<string, Entry>>;

/** The one request the engine makes: PUT of one answer. Injected so tests can play the server. */
export type SendAnswer = (body: unknown) => Promise<{ status: number; body: unknown }>;

export interface Timers {
  set: (run: () => void, ms: number) => unknown;
  clear: (handle: unknown) => void;
}

const EMPTY_DRAFT: Draft = { value: null, naReason: "", note: "", evidence: [], criteriaMet: [], naReviewDate: "" };
export const RETRY_MS = [1_000, 2_000, 5_000, 10_000, 30_000];
const UNSAVED: ReadonlySet<SaveStatus> = new Set(["pending", "saving", "invalid", "retrying", "failed", "conflict"]);

export const draftOf = (answer: SavedAnswer | null): Draft =>
  answer
    ? { value: answer.value, naReason: answer.naReason ?? "", note: answer.note, evidence: answer.evidence, criteriaMet: answer.criteriaMet, naReviewDate: answer.naReviewDate ?? "" }
    : EMPTY_DRAFT;

const sameDraft = (a: Draft, b: Draft) => JSON.stringify(a) === JSON.stringify(b);

/** Why a draft cannot be saved yet, or null. */
function draftProblem(draft: Draft): string | null {
  if (draft.value === "not_applicable" && !draft.naReason.trim()) return "Say why this question does not apply; the answer is saved once you do.";
  if (draft.value === null && (draft.note.trim() || draft.evidence.length > 0)) return "Choose a level or Not applicable: the note and evidence are saved with it.";
  return null;
}

export function initialEntries(questionIds: readonly string[], answers: readonly SavedAnswer[]): Entries {
  const byQuestion = new Map(answers.map((answer) => [answer.questionId, answer]));
  return Object.fromEntries(
    questionIds.map((id) => {
      const saved = byQuestion.get(id) ?? null;
      return [id, { saved, draft: draftOf(saved), status: "idle", attempt: 0 } satisfies Entry];
    }),
  );
}

/** The whole questionnaire's state in one word, worst first. */
export function overallStatus(entries: Entries): SaveStatus {
  const statuses = new Set(Object.values(entries).map((entry) => entry.status));
  for (const status of ["conflict", "failed", "retrying", "invalid", "saving", "pending", "saved"] as const) if (statuses.has(status)) return status;
  return "idle";
}

/**
 * Answers as the scoring library reads them: what is on screen, answered or not. An approval
 * holds only while the N/A and its reason are the ones approved.
 */
export function scoringInputs(entries: Entries): AnswerInput[] {
  return Object.entries(entries).flatMap(([questionId, { draft, saved }]) => {
    if (!draft.value) return [];
    const naApproved = Boolean(saved?.naApprovedAt) && saved?.value === draft.value && (saved?.naReason ?? "") === draft.naReason.trim();
    return [{ questionId, value: draft.value, naReason: draft.naReason, naApproved }];
  });
}

export const hasUnsaved = (entries: Entries) => Object.values(entries).some((entry) => UNSAVED.has(entry.status));

type ServerReply = { answers?: SavedAnswer[]; conflicts?: { current: SavedAnswer | null }[]; message?: string } | null;

export class AutosaveStore {
  private entries: Entries;
  private readonly listeners = new Set<() => void>();
  private readonly timers = new Map<string, unknown>();
  private readonly inFlight = new Set<string>();
  private readonly again = new Set<string>();

  constructor(
    initial: Entries,
    private readonly send: SendAnswer,
    private readonly clock: Timers = { set: (run, ms) => setTimeout(run, ms), clear: (handle) => clearTimeout(handle as ReturnType<typeof setTimeout>) },
  ) {
    this.entries = initial;
  }

  subscribe = (listener: () => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  getSnapshot = () => this.entries;

  /**
   * Sends every waiting save now instead of after its quiet period: called when the
   * questionnaire goes away, so leaving it right after typing loses nothing. Saves that fail
   * keep retrying in the background.
   */
  flushWaiting() {
    for (const [questionId, entry] of Object.entries(this.entries)) {
      if (entry.status !== "pending" && entry.status !== "retrying") continue;
      this.clock.clear(this.timers.get(questionId));
      void this.flush(questionId);
    }
  }

  private put(questionId: string, entry: Entry) {
    this.entries = { ...this.entries, [questionId]: entry };
    this.listeners.forEach((listener) => listener());
  }

  private schedule(questionId: string, delay: number) {
    this.clock.clear(this.timers.get(questionId));
    this.timers.set(questionId, this.clock.set(() => void this.flush(questionId), delay));
  }

  /** Changes the draft and saves it after `delay` ms without further changes. */
  edit = (questionId: string, patch: Partial<Draft>, delay: number) => {
    const entry = this.entries[questionId];
    if (!entry) return;
    const draft = { ...entry.draft, ...patch };
    if (entry.status === "conflict") return this.put(questionId, { ...entry, draft });
    const problem = draftProblem(draft);
    if (!problem && (draft.value === null || sameDraft(draft, draftOf(entry.saved)))) {
      this.clock.clear(this.timers.get(questionId));
      // A save in flight writes another value: this one follows it rather than being called saved.
      if (this.inFlight.has(questionId)) {
        this.again.add(questionId);
        return this.put(questionId, { ...entry, draft, status: "pending", message: undefined });
      }
      return this.put(questionId, { ...entry, draft, status: entry.saved ? "saved" : "idle", message: undefined });
    }
    this.put(questionId, { ...entry, draft, status: problem ? "invalid" : "pending", message: problem ?? undefined, attempt: 0 });
    if (!problem) this.schedule(questionId, delay);
  };

  /**
   * An approver's decision on a saved N/A: only its approval fields change, not its version, and
   * only while the saved answer is the one decided on.
   */
  decide = (questionId: string, version: number, decision: Pick<SavedAnswer, "naApprovedBy" | "naApprovedAt" | "naRejectedBy" | "naRejectedAt" | "naRejectionNote">) => {
    const entry = this.entries[questionId];
    if (!entry?.saved || entry.saved.version !== version) return;
    this.put(questionId, { ...entry, saved: { ...entry.saved, ...decision } });
  };

  /** After a conflict: keep this draft (saved over the other value) or take the other value. */
  resolve = (questionId: string, choice: "mine" | "theirs") => {
    const entry = this.entries[questionId];
    if (!entry?.conflict) return;
    const current = entry.conflict.current;
    if (choice === "theirs") return this.put(questionId, { saved: current, draft: draftOf(current), status: "saved", attempt: 0 });
    const problem = draftProblem(entry.draft);
    this.put(questionId, { ...entry, saved: current, conflict: undefined, status: problem ? "invalid" : "pending", message: problem ?? undefined, attempt: 0 });
    if (!problem) void this.flush(questionId);
  };

  async flush(questionId: string): Promise<void> {
    if (this.inFlight.has(questionId)) {
      this.again.add(questionId);
      return;
    }
    const entry = this.entries[questionId];
    if (!entry || (entry.status !== "pending" && entry.status !== "retrying")) return;
    this.inFlight.add(questionId);
    const sent = entry.draft;
    this.put(questionId, { ...entry, status: "saving" });
    try {
      const reply = await this.send({
        answers: [
          {
            questionId,
            value: sent.value,
            naReason: sent.naReason || null,
            note: sent.note,
            evidence: sent.evidence,
            criteriaMet: sent.criteriaMet,
            // Only an N/A has a review date; left empty, the server keeps the stored one or sets the default.
            ...(sent.value === "not_applicable" && sent.naReviewDate ? { naReviewDate: sent.naReviewDate } : {}),
            expectedVersion: entry.saved?.version ?? 0,
          },
        ],
      });
      this.receive(questionId, sent, reply.status, reply.body as ServerReply);
    } catch (error) {
      const now = this.entries[questionId]!;
      const delay = RETRY_MS[Math.min(now.attempt, RETRY_MS.length - 1)]!;
      const reason = error instanceof SessionEnded ? error.message : "Not saved yet: the connection failed.";
      this.put(questionId, { ...now, status: "retrying", message: `${reason} Retrying in ${Math.round(delay / 1000)} s.`, attempt: now.attempt + 1 });
      this.schedule(questionId, delay);
    } finally {
      this.inFlight.delete(questionId);
      if (this.again.delete(questionId)) void this.flush(questionId);
    }
  }

  private receive(questionId: string, sent: Draft, status: number, body: ServerReply) {
    const now = this.entries[questionId]!;
    const saved = body?.answers?.[0];
    if (status === 200 && saved) {
      const changedMeanwhile = !sameDraft(now.draft, sent);
      const problem = changedMeanwhile ? draftProblem(now.draft) : null;
      const next = !changedMeanwhile ? "saved" : problem ? "invalid" : "pending";
      // The review date the server chose for an N/A becomes the draft's, so the screen shows it.
      const draft = !changedMeanwhile && sent.value === "not_applicable" && !sent.naReviewDate ? { ...now.draft, naReviewDate: saved.naReviewDate ?? "" } : now.draft;
      this.put(questionId, { ...now, draft, saved, status: next, message: problem ?? undefined, attempt: 0 });
      if (next === "pending") this.again.add(questionId);
    } else if (status === 409 && body?.conflicts?.[0]) {
      this.put(questionId, { ...now, status: "conflict", conflict: { current: body.conflicts[0].current }, message: undefined });
    } else if (status === 401) {
      throw new SessionEnded();
    } else if (status === 429 || status >= 500 || !body) {
      throw new Error("server");
    } else {
      // The server refused the answer itself (archived, no permission, invalid): retrying would not help.
      this.put(questionId, { ...now, status: "failed", message: body.message ?? "This answer could not be saved.", attempt: 0 });
    }
  }
}

class SessionEnded extends Error {
  constructor() {
    super("Your session has ended. Sign in again in another tab: your answer stays here and is saved when you are back.");
  }
}

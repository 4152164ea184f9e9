import "server-only";
import { documentAnswer, type ScoredAnswer } from "@/lib/assessment/document";
import { isoDay } from "@/lib/assessment/na-review";
import type { AnswerChoice, AnswerInput } from "@/lib/scoring/types";
import type { Prisma } from "@/generated/prisma/client";

/**
 * The one place an answer row of the database becomes a domain answer: the stored answer the
 * questionnaire shows, the answer content that scoring, snapshots and documents read, or the
 * least of it that live scores need. The row calls the answer's value `level`.
 */

export interface StoredAnswer {
  questionId: string;
  value: AnswerChoice;
  criteriaMet: string[];
  /** "zt-2026.1 IDN-03" while an answer carried over from an earlier version awaits confirmation. */
  carriedFrom: string | null;
  naReason: string | null;
  note: string;
  evidence: string[];
  version: number;
  updatedAt: Date;
  updatedBy: string | null;
  /** "YYYY-MM-DD" on N/A answers: when the N/A is to be looked at again. */
  naReviewDate: string | null;
  naApprovedBy: string | null;
  naApprovedAt: Date | null;
  naRejectedBy: string | null;
  naRejectedAt: Date | null;
  naRejectionNote: string | null;
}

/** The people a stored answer names. */
export const ANSWER_INCLUDE = { updatedBy: { select: { name: true } }, naApprovedBy: { select: { name: true } }, naRejectedBy: { select: { name: true } } } as const;
/** What toStoredAnswer reads: a Prisma row with ANSWER_INCLUDE, or the save path's own read (answers.ts). */
export type AnswerRow = Pick<
  Prisma.AnswerGetPayload<object>,
  "questionId" | "level" | "criteriaMet" | "carriedFrom" | "naReason" | "note" | "evidence" | "version" | "updatedAt" | "naReviewDate" | "naApprovedAt" | "naRejectedAt" | "naRejectionNote"
> & { [name in keyof typeof ANSWER_INCLUDE]: { name: string } | null };

export function toStoredAnswer(row: AnswerRow): StoredAnswer {
  return {
    questionId: row.questionId,
    value: row.level,
    criteriaMet: row.criteriaMet,
    carriedFrom: row.carriedFrom,
    naReason: row.naReason,
    note: row.note,
    evidence: row.evidence,
    version: row.version,
    updatedAt: row.updatedAt,
    updatedBy: row.updatedBy?.name ?? null,
    naReviewDate: row.naReviewDate ? isoDay(row.naReviewDate) : null,
    naApprovedBy: row.naApprovedBy?.name ?? null,
    naApprovedAt: row.naApprovedAt,
    naRejectedBy: row.naRejectedBy?.name ?? null,
    naRejectedAt: row.naRejectedAt,
    naRejectionNote: row.naRejectionNote,
  };
}

/** The answer's content as snapshots, documents and the roadmap keep it: framework order is left to the caller. */
export function toScoredAnswer(row: Prisma.AnswerGetPayload<object>): ScoredAnswer & { naReason: string | null } {
  return { ...documentAnswer({ ...row, value: row.level }), naReason: row.naReason };
}

/** Only what scoring reads, for callers that load no more (live scores, the overview). */
export const SCORING_SELECT = { questionId: true, level: true, naReason: true, naApprovedAt: true } as const;

export function toScoringInput(row: Prisma.AnswerGetPayload<{ select: typeof SCORING_SELECT }>): AnswerInput {
  return { questionId: row.questionId, value: row.level, naReason: row.naReason, naApproved: row.naApprovedAt !== null };
}

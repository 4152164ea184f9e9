import "server-only";
import { impliedCriteria } from "@/lib/assessment/criteria";
import { defaultReviewDate, isoDay } from "@/lib/assessment/na-review";
import { FRAMEWORKS, getFramework } from "@/lib/framework/index";
import { carryAnswers, moveTrackedSteps, type CarryResult, type CarrySummary } from "@/lib/framework/lineage";
import type { Framework } from "@/lib/framework/types";
import { truncate } from "@/lib/truncate";
import { ANSWER_INCLUDE, toScoredAnswer, toStoredAnswer, type StoredAnswer } from "./answer-rows";
import { assertEditable, findAssessment, frameworkOf } from "./assessments";
import { audited, auditActor } from "./audit";
import { authorize } from "./authorize";
import { Prisma, type AnswerLevel } from "@/generated/prisma/client";
import { prisma } from "./db";
import { AppError } from "./errors";
import type { Actor } from "@/lib/actor";

/** The version an assessment on `versionId` can move to: the later one whose lineage starts from it, if any. */
export function nextVersionOf(versionId: string): Framework | undefined {
  const index = FRAMEWORKS.findIndex((framework) => framework.id === versionId);
  return FRAMEWORKS.slice(index + 1).find((framework) => framework.lineage?.from === versionId);
}

export interface VersionMovePreview {
  from: string;
  to: string;
  summary: CarrySummary;
  merged: { to: string; title: string; from: { id: string; title: string }[]; notes: string[] }[];
  removed: { id: string; title: string; note: string; answered: boolean }[];
  added: { id: string; title: string; note: string }[];
  /** Tracked next steps the move deletes because their question was removed (merged ones join the surviving item). */
  droppedNextSteps: { title: string; questionId: string }[];
}

/** Refuses anything but the next version with lineage from the assessment's: 400 for an unknown id, 409 otherwise. */
function targetVersion(from: Framework, toVersion: string): Framework & { lineage: NonNullable<Framework["lineage"]> } {
  const to = getFramework(toVersion);
  if (!to) throw new AppError("invalid_input", `There is no question bank version “${toVersion}”.`, { toVersion: "Choose a version this app knows." });
  if (to.id === from.id) throw new AppError("conflict", `This assessment already uses ${from.id}.`);
  if (FRAMEWORKS.indexOf(to) < FRAMEWORKS.indexOf(from)) throw new AppError("conflict", `${to.id} is older than ${from.id}: an assessment only moves to a later version.`);
  if (to.lineage?.from !== from.id) throw new AppError("conflict", `${to.id} has no lineage from ${from.id}, so answers cannot be carried over.`);
  return to as Framework & { lineage: NonNullable<Framework["lineage"]> };
}

const title = (framework: Framework, id: string) => framework.questions.find((question) => question.id === id)?.title ?? id;

function plan(to: Framework & { lineage: NonNullable<Framework["lineage"]> }, answers: Parameters<typeof carryAnswers>[1]): CarryResult {
  const alwaysApplies = new Set(to.questions.filter((question) => question.detail?.naAllowed === false).map((question) => question.id));
  return carryAnswers(to.lineage, answers, to.questions.map((question) => question.id), alwaysApplies);
}

/** What moving the assessment to `toVersion` would do, for the confirmation; changes nothing. */
export async function previewVersionMove(actor: Actor, assessmentId: string, toVersion: string): Promise<VersionMovePreview> {
  const membership = await authorize(actor, "assessment.write");
  const assessment = await findAssessment(membership, assessmentId);
  assertEditable(assessment);
  const from = frameworkOf(assessment);
  const to = targetVersion(from, toVersion);
  const [answers, steps] = await Promise.all([
    prisma.answer.findMany({ where: { assessmentId: assessment.id } }),
    prisma.nextStep.findMany({ where: { assessmentId: assessment.id } }),
  ]);
  const result = plan(to, answers.map(toScoredAnswer));
  const moves = moveTrackedSteps(to.lineage, steps, to.questions.map((question) => question.id));
  return {
    from: from.id,
    to: to.id,
    summary: result.summary,
    merged: result.merged.map((merge) => ({ to: merge.to, title: title(to, merge.to), from: merge.from.map((id) => ({ id, title: title(from, id) })), notes: merge.notes })),
    removed: result.removed.map((removed) => ({ id: removed.from, title: title(from, removed.from), note: removed.note, answered: removed.answered })),
    added: result.added.map((added) => ({ id: added.to, title: title(to, added.to), note: added.note })),
    droppedNextSteps: moves.flatMap((move) => (move.kind === "drop" ? [{ title: move.title, questionId: move.from }] : [])),
  };
}

export interface VersionMoveResult {
  from: string;
  to: string;
  summary: CarrySummary;
  nextSteps: { moved: number; merged: number; dropped: number };
}

/**
 * Moves an assessment to the next question bank version in one transaction: its answers are
 * replaced by those carried along the lineage (each marked carriedFrom until confirmed), its
 * tracked next steps follow their questions, and the audit event is written with them.
 * Snapshots stay pinned to the version they were taken on.
 */
export async function moveAssessmentToVersion(actor: Actor, assessmentId: string, toVersion: string): Promise<VersionMoveResult> {
  const membership = await authorize(actor, "assessment.write");
  const { organizationId } = membership;
  const assessment = await findAssessment(membership, assessmentId);
  assertEditable(assessment);
  const from = frameworkOf(assessment);
  const to = targetVersion(from, toVersion);
  const nextIds = to.questions.map((question) => question.id);
  const questionsById = new Map(to.questions.map((question) => [question.id, question]));
  const move = audited(
    async (tx, record) => {
      // A compare-and-set on the version: of two moves at once, one wins and the other is refused.
      const { count } = await tx.assessment.updateMany({ where: { id: assessment.id, frameworkVersion: from.id, status: { not: "archived" } }, data: { frameworkVersion: to.id } });
      if (count === 0) throw new AppError("conflict", "This assessment changed while you were moving it. Reload and try again.");
      // Read and delete in one statement: a save that commits meanwhile is either carried or, once
      // the row is gone, fails its compare-and-set; none is deleted unseen.
      const rows = await tx.$queryRaw<RemovedAnswer[]>`
        DELETE FROM answers WHERE "assessmentId" = ${assessment.id}
        RETURNING "questionId", level::text AS value, "naReason", note, evidence, version, to_char("naReviewDate", 'YYYY-MM-DD') AS "naReviewDate"`;
      const result = plan(to, rows);
      // Above every version read before the move, so a save from a page still on the old version conflicts.
      const version = Math.max(0, ...rows.map((row) => row.version)) + 1;
      // Every N/A carries a review date: the one the same question had, else the default from today.
      // An approval does not carry: the carried answer is unconfirmed until someone checks it.
      const reviewDates = new Map(rows.flatMap((row) => (row.naReviewDate ? [[row.questionId, row.naReviewDate] as const] : [])));
      const reviewDateOf = (questionId: string) => new Date(reviewDates.get(questionId) ?? defaultReviewDate(isoDay(new Date())));
      await tx.answer.createMany({
        data: result.answers.map((answer) => ({
          assessmentId: assessment.id,
          questionId: answer.questionId,
          level: answer.value,
          naReason: answer.naReason,
          naReviewDate: answer.value === "not_applicable" ? reviewDateOf(answer.questionId) : null,
          note: answer.note,
          evidence: answer.evidence,
          // Ticks never carry (criteria differ between versions); the carried level counts as picked directly.
          criteriaMet: impliedCriteria(questionsById.get(answer.questionId)!, answer.value),
          carriedFrom: answer.carriedFrom,
          version,
          updatedById: actor.userId,
        })),
      });

      const steps = await tx.nextStep.findMany({ where: { assessmentId: assessment.id } });
      const moves = moveTrackedSteps(to.lineage, steps, nextIds);
      const gone = moves.filter((move) => move.kind !== "keep").map((move) => move.id);
      await tx.nextStep.deleteMany({ where: { id: { in: gone } } });
      const kept = moves.flatMap((move) => (move.kind === "keep" ? [move] : []));
      // Two steps may swap question ids: park the moving ones first so the unique index never sees a clash.
      const moving = kept.filter((move) => move.from !== move.to);
      for (const move of moving) await tx.nextStep.update({ where: { id: move.id }, data: { questionId: `moving:${move.id}` } });
      const notesBefore = new Map(steps.map((step) => [step.id, step.notes]));
      for (const move of kept) {
        const notesChanged = notesBefore.get(move.id)?.trim() !== move.notes;
        if (move.from === move.to && !notesChanged) continue;
        await tx.nextStep.update({ where: { id: move.id }, data: { questionId: move.to, ...(notesChanged ? { notes: truncate(move.notes, 5000) } : {}) } });
      }
      const stepById = new Map(steps.map((step) => [step.id, step]));
      // Every step deleted, as it was: the audit trail is where it can be found again.
      const deletedStep = (id: string) => {
        const step = stepById.get(id)!;
        return { questionId: step.questionId, title: step.title, status: step.status, ownerId: step.ownerId, dueDate: step.dueDate, notes: step.notes };
      };
      const dropped = moves.flatMap((move) => (move.kind === "drop" ? [deletedStep(move.id)] : []));
      const mergedAway = moves.flatMap((move) => (move.kind === "merge" ? [{ into: move.into, ...deletedStep(move.id) }] : []));
      const nextSteps = { moved: moving.length, merged: moves.filter((move) => move.kind === "merge").length, dropped: dropped.length };

      record({
        actor: auditActor(actor),
        organizationId,
        action: "assessment.version_moved",
        targetType: "assessment",
        targetId: assessment.id,
        // The answers as they were, in full: those of removed questions and merged texts live on only here and in snapshots.
        before: { frameworkVersion: from.id, answers: rows.map(({ questionId, value, naReason, note, evidence }) => ({ questionId, value, naReason, note, evidence })) },
        after: { frameworkVersion: to.id, ...result.summary, answers: result.answers.length, nextSteps, droppedNextSteps: dropped, mergedNextSteps: mergedAway },
      });
      return { from: from.id, to: to.id, summary: result.summary, nextSteps };
    },
    { maxWait: 10_000, timeout: 30_000 },
  );
  return move.catch((error: unknown) => {
    // A first answer saved while the move ran took a question the move was writing.
    if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002") {
      throw new AppError("conflict", "Someone saved an answer while you were moving this assessment. Reload and try again.");
    }
    throw error;
  });
}

type RemovedAnswer = { questionId: string; value: AnswerLevel; naReason: string | null; note: string; evidence: string[]; version: number; naReviewDate: string | null };

/** The assessor has checked an answer carried over from an earlier version: it stops asking. */
export async function confirmCarriedAnswer(actor: Actor, assessmentId: string, questionId: string): Promise<StoredAnswer> {
  const membership = await authorize(actor, "assessment.write");
  const assessment = await findAssessment(membership, assessmentId);
  assertEditable(assessment);
  const where = { assessmentId_questionId: { assessmentId: assessment.id, questionId } };
  const row = await prisma.answer.findUnique({ where, include: ANSWER_INCLUDE });
  if (!row) throw new AppError("not_found", "That answer was not found.");
  if (row.carriedFrom === null) return toStoredAnswer(row);
  // Only the mark changes, not the answer: the version stays, so an open questionnaire saves on without a conflict.
  await audited(async (tx, record) => {
    const { count } = await tx.answer.updateMany({ where: { id: row.id, carriedFrom: row.carriedFrom }, data: { carriedFrom: null } });
    if (count === 0) return;
    record({
      actor: auditActor(actor),
      organizationId: membership.organizationId,
      action: "answer.confirmed",
      targetType: "assessment",
      targetId: assessment.id,
      before: { questionId, carriedFrom: row.carriedFrom },
      after: { questionId, carriedFrom: null },
    });
  });
  return toStoredAnswer({ ...row, carriedFrom: null });
}

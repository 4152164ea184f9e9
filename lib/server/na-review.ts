import "server-only";
import { isoDay, naApprovalState, reviewOverdue, type NaApprovalState } from "@/lib/assessment/na-review";
import { ZApproveNa, ZRejectNa, type TApproveNa, type TRejectNa } from "@/lib/validation/na-review";
import { assertEditable, findAssessment, frameworkOf } from "./assessments";
import { audited, auditActor } from "./audit";
import { authorize } from "./authorize";
import { prisma } from "./db";
import { AppError } from "./errors";
import { policyOfOrganization } from "./scoring-policy";
import type { Actor } from "@/lib/actor";

export interface NaReviewItem {
  questionId: string;
  title: string;
  naReason: string | null;
  naReviewDate: string | null;
  state: NaApprovalState;
  rejectionNote: string | null;
  /** The answer's version, which a decision names. */
  version: number;
}

/** An approver's decision as the answer then carries it. */
export interface NaDecision {
  naApprovedBy: string | null;
  naApprovedAt: Date | null;
  naRejectedBy: string | null;
  naRejectedAt: Date | null;
  naRejectionNote: string | null;
}

export interface NaReview {
  requiresApproval: boolean;
  /** N/A answers not approved yet (rejected ones included), when the organisation requires approval. */
  awaiting: NaReviewItem[];
  /** N/A answers whose review date has passed. */
  overdue: NaReviewItem[];
}

/** The N/A answers of an assessment that need someone: approval, or a review that is due. */
export async function getNaReview(actor: Actor, assessmentId: string): Promise<NaReview> {
  const membership = await authorize(actor, "assessment.read");
  const assessment = await findAssessment(membership, assessmentId);
  const framework = frameworkOf(assessment);
  const { naRequiresApproval } = await policyOfOrganization(membership.organizationId);
  const rows = await prisma.answer.findMany({ where: { assessmentId: assessment.id, level: "not_applicable" } });
  const order = new Map(framework.questions.map((question, index) => [question.id, index]));
  const today = isoDay(new Date());
  const items = rows
    .filter((row) => order.has(row.questionId))
    .sort((a, b) => order.get(a.questionId)! - order.get(b.questionId)!)
    .map(
      (row): NaReviewItem => ({
        questionId: row.questionId,
        title: framework.questions[order.get(row.questionId)!]!.title,
        naReason: row.naReason,
        naReviewDate: row.naReviewDate ? isoDay(row.naReviewDate) : null,
        state: naApprovalState(row, naRequiresApproval),
        rejectionNote: row.naRejectionNote,
        version: row.version,
      }),
    );
  return {
    requiresApproval: naRequiresApproval,
    awaiting: items.filter((item) => item.state === "awaiting" || item.state === "rejected"),
    overdue: items.filter((item) => reviewOverdue(item.naReviewDate, today)),
  };
}

/** The N/A an approver decides on, as they read it. */
async function decidable(actor: Actor, input: TApproveNa) {
  const membership = await authorize(actor, "na.approve");
  const assessment = await findAssessment(membership, input.assessmentId);
  assertEditable(assessment);
  const { naRequiresApproval } = await policyOfOrganization(membership.organizationId);
  if (!naRequiresApproval) throw new AppError("conflict", "This organisation does not require approval of N/A answers.");
  const row = await prisma.answer.findUnique({ where: { assessmentId_questionId: { assessmentId: assessment.id, questionId: input.questionId } } });
  if (!row) throw new AppError("not_found", "That answer was not found.");
  if (row.level !== "not_applicable") throw new AppError("conflict", "That answer is no longer N/A.");
  if (row.version !== input.version) throw new AppError("conflict", "The answer changed since you read it: reload to see its current reason.");
  return { membership, assessment, row };
}

/**
 * Approves an N/A so it leaves scoring. Only the decision changes, not the answer: the version
 * stays, so an open questionnaire saves on without a conflict. The version in the filter makes
 * it a compare-and-set against a save in between.
 */
export async function approveNaAnswer(actor: Actor, input: TApproveNa): Promise<NaDecision> {
  const { membership, assessment, row } = await decidable(actor, ZApproveNa.parse(input));
  if (row.naApprovedAt) throw new AppError("conflict", "That N/A is already approved.");
  const decision = { naApprovedAt: new Date(), naRejectedAt: null, naRejectionNote: null };
  await audited(async (tx, record) => {
    const { count } = await tx.answer.updateMany({
      where: { id: row.id, version: row.version, level: "not_applicable" },
      data: { ...decision, naApprovedById: actor.userId, naRejectedById: null },
    });
    if (count === 0) throw new AppError("conflict", "The answer changed since you read it: reload to see its current reason.");
    record({
      actor: auditActor(actor),
      organizationId: membership.organizationId,
      action: "answer.na_approved",
      targetType: "assessment",
      targetId: assessment.id,
      before: { questionId: row.questionId, naReason: row.naReason, approved: false },
      after: { questionId: row.questionId, naReason: row.naReason, approved: true, version: row.version },
    });
  });
  return { ...decision, naApprovedBy: actor.name, naRejectedBy: null };
}

/**
 * Rejects an N/A: it stays as the assessor wrote it, with the approver's note, and keeps counting
 * as unanswered until someone changes the answer or its reason (which asks for approval again).
 */
export async function rejectNaAnswer(actor: Actor, input: TRejectNa): Promise<NaDecision> {
  const { note, ...ref } = ZRejectNa.parse(input);
  const { membership, assessment, row } = await decidable(actor, ref);
  const decision = { naApprovedAt: null, naRejectedAt: new Date(), naRejectionNote: note };
  await audited(async (tx, record) => {
    const { count } = await tx.answer.updateMany({
      where: { id: row.id, version: row.version, level: "not_applicable" },
      data: { ...decision, naApprovedById: null, naRejectedById: actor.userId },
    });
    if (count === 0) throw new AppError("conflict", "The answer changed since you read it: reload to see its current reason.");
    record({
      actor: auditActor(actor),
      organizationId: membership.organizationId,
      action: "answer.na_rejected",
      targetType: "assessment",
      targetId: assessment.id,
      before: { questionId: row.questionId, naReason: row.naReason, approved: row.naApprovedAt !== null },
      after: { questionId: row.questionId, naReason: row.naReason, approved: false, rejectionNote: note, version: row.version },
    });
  });
  return { ...decision, naApprovedBy: null, naRejectedBy: actor.name };
}

import "server-only";
import { documentAnswer } from "@/lib/assessment/document";
import { scoreAssessment } from "@/lib/scoring/maturity";
import { prioritiseNextSteps } from "@/lib/scoring/next-steps";
import type { Stage } from "@/lib/framework/types";
import type { ScoreResult } from "@/lib/scoring/types";
import type { TAnswerContent, TRecordSnapshot } from "@/lib/validation/assessment";
import type { Prisma } from "@/generated/prisma/client";
import { assertEditable, findAssessment, frameworkOf, parseTargets } from "./assessments";
import { auditActor, recordAuditEvent } from "./audit";
import { authorize } from "./authorize";
import { prisma } from "./db";
import { syncNextSteps } from "./next-steps";
import { AppError } from "./errors";
import type { Actor } from "./session";

export interface SnapshotSummary {
  id: string;
  label: string | null;
  takenAt: Date;
  takenBy: string | null;
  frameworkVersion: string;
  overallScore: number | null;
  overallStage: Stage | null;
  completeness: number;
}

export interface SnapshotDetail extends SnapshotSummary {
  assessmentId: string;
  answers: TAnswerContent[];
  scores: ScoreResult;
}

const SNAPSHOT_INCLUDE = { takenBy: { select: { name: true } } } as const;
type SnapshotRow = Prisma.SnapshotGetPayload<{ include: typeof SNAPSHOT_INCLUDE }>;

// Scores and answers are written once (by recordSnapshot, or by import, which recomputes them) and never changed.
const scoresOf = (row: SnapshotRow) => row.scores as unknown as ScoreResult;

function toSummary(row: SnapshotRow): SnapshotSummary {
  const { overall } = scoresOf(row);
  return {
    id: row.id,
    label: row.label,
    takenAt: row.takenAt,
    takenBy: row.takenBy?.name ?? null,
    frameworkVersion: row.frameworkVersion,
    overallScore: overall.score,
    overallStage: overall.stage,
    completeness: overall.completeness,
  };
}

function toDetail(row: SnapshotRow): SnapshotDetail {
  return { ...toSummary(row), assessmentId: row.assessmentId, answers: row.answers as unknown as TAnswerContent[], scores: scoresOf(row) };
}

/** Freezes the scored state of an assessment. The assessment stays editable for the next cycle. */
export async function recordSnapshot(actor: Actor, assessmentId: string, input: TRecordSnapshot): Promise<SnapshotSummary> {
  const membership = await authorize(actor, "assessment.write");
  const { organizationId } = membership;
  const assessment = await findAssessment(membership, assessmentId);
  assertEditable(assessment);
  const framework = frameworkOf(assessment);
  const rows = await prisma.answer.findMany({ where: { assessmentId: assessment.id } });
  const order = new Map(framework.questions.map((question, index) => [question.id, index]));
  const answers = rows
    .map((row) => documentAnswer({ ...row, value: row.level }))
    .sort((a, b) => (order.get(a.questionId) ?? 0) - (order.get(b.questionId) ?? 0));
  const targets = parseTargets(assessment.targets);
  const scores = scoreAssessment(framework, answers, targets);
  // The snapshot and the tracked next steps it recommends are written together.
  const { row, nextSteps } = await prisma.$transaction(async (tx) => {
    const row = await tx.snapshot.create({
      data: {
        assessmentId: assessment.id,
        label: input.label || null,
        takenById: actor.userId,
        frameworkVersion: framework.id,
        answers: answers as unknown as Prisma.InputJsonValue,
        scores: scores as unknown as Prisma.InputJsonValue,
      },
      include: SNAPSHOT_INCLUDE,
    });
    const nextSteps = await syncNextSteps(tx, assessment.id, prioritiseNextSteps(framework, answers, targets), row);
    return { row, nextSteps };
  });
  await recordAuditEvent({
    actor: auditActor(actor),
    organizationId,
    action: "snapshot.recorded",
    targetType: "assessment",
    targetId: assessment.id,
    after: { snapshotId: row.id, label: row.label, overallScore: scores.overall.score, answered: scores.overall.answered, nextSteps },
  });
  return toSummary(row);
}

/** Newest first. */
export async function listSnapshots(actor: Actor, assessmentId: string): Promise<SnapshotSummary[]> {
  const membership = await authorize(actor, "assessment.read");
  const assessment = await findAssessment(membership, assessmentId);
  const rows = await prisma.snapshot.findMany({ where: { assessmentId: assessment.id }, include: SNAPSHOT_INCLUDE, orderBy: { takenAt: "desc" } });
  return rows.map(toSummary);
}

export async function getSnapshot(actor: Actor, assessmentId: string, snapshotId: string): Promise<SnapshotDetail> {
  const membership = await authorize(actor, "assessment.read");
  const assessment = await findAssessment(membership, assessmentId);
  const row = await prisma.snapshot.findFirst({ where: { id: snapshotId, assessmentId: assessment.id }, include: SNAPSHOT_INCLUDE });
  if (!row) throw new AppError("not_found", "That snapshot was not found.");
  return toDetail(row);
}

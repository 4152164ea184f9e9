import "server-only";
import { trendPoints, type TrendPoint } from "@/lib/assessment/dashboard";
import { getFramework } from "@/lib/framework/index";
import type { Framework } from "@/lib/framework/types";
import { scoreAssessment } from "@/lib/scoring/maturity";
import { prioritiseNextSteps } from "@/lib/scoring/next-steps";
import type { NextStepItem, ScoreResult } from "@/lib/scoring/types";
import type { TAnswerContent } from "@/lib/validation/assessment";
import { findAssessment, parseTargets } from "./assessments";
import { auditActor, recordAuditEvent } from "./audit";
import { authorize } from "./authorize";
import { prisma } from "./db";
import { AppError } from "./errors";
import type { Actor } from "./session";

export interface RoadmapItem extends NextStepItem {
  owner: string | null;
  status: string | null;
  dueDate: string | null;
}

/** Everything a report shows; the same snapshot always gives the same data but for who and when. */
export interface ReportData {
  framework: Framework;
  organizationName: string;
  assessment: { name: string; scope: string };
  generatedBy: string;
  generatedAt: Date;
  /** Null for a report of the current answers. */
  snapshot: { label: string | null; takenAt: Date } | null;
  scores: ScoreResult;
  answers: TAnswerContent[];
  roadmap: RoadmapItem[];
  trend: TrendPoint[];
}

/** The data of a report of a snapshot, or of the current answers when no snapshot is named. */
export async function getReportData(actor: Actor, assessmentId: string, snapshotId?: string): Promise<ReportData> {
  const membership = await authorize(actor, "report.export");
  const assessment = await findAssessment(membership, assessmentId);
  const history = await prisma.snapshot.findMany({ where: { assessmentId: assessment.id }, orderBy: { takenAt: "asc" } });
  const chosen = snapshotId ? history.find((snapshot) => snapshot.id === snapshotId) : undefined;
  if (snapshotId && !chosen) throw new AppError("not_found", "That snapshot was not found.");
  const targets = parseTargets(assessment.targets);
  const framework = getFramework(chosen?.frameworkVersion ?? assessment.frameworkVersion);
  if (!framework) throw new Error(`Unknown framework version for assessment ${assessment.id}`);
  const answers = chosen
    ? (chosen.answers as unknown as TAnswerContent[])
    : (await prisma.answer.findMany({ where: { assessmentId: assessment.id } }))
        .map((row) => ({ questionId: row.questionId, value: row.level, naReason: row.naReason, note: row.note, evidence: row.evidence }))
        .sort((a, b) => framework.questions.findIndex((q) => q.id === a.questionId) - framework.questions.findIndex((q) => q.id === b.questionId));
  const scores = chosen ? (chosen.scores as unknown as ScoreResult) : scoreAssessment(framework, answers, targets);
  const tracked = await prisma.nextStep.findMany({ where: { assessmentId: assessment.id }, include: { owner: { select: { name: true } } } });
  const trackedBy = new Map(tracked.map((item) => [item.questionId, item]));
  const roadmap = prioritiseNextSteps(framework, answers, targets).map((step) => {
    const item = trackedBy.get(step.questionId);
    return { ...step, owner: item?.owner?.name ?? null, status: item?.status ?? null, dueDate: item?.dueDate?.toISOString().slice(0, 10) ?? null };
  });
  const upTo = chosen ? history.filter((snapshot) => snapshot.takenAt <= chosen.takenAt) : history;
  await recordAuditEvent({
    actor: auditActor(actor),
    organizationId: membership.organizationId,
    action: "report.downloaded",
    targetType: "assessment",
    targetId: assessment.id,
    after: { format: "pdf", snapshotId: chosen?.id ?? null },
  });
  return {
    framework,
    organizationName: membership.organizationName,
    assessment: { name: assessment.name, scope: assessment.scope },
    generatedBy: actor.name,
    generatedAt: new Date(),
    snapshot: chosen ? { label: chosen.label, takenAt: chosen.takenAt } : null,
    scores,
    answers,
    roadmap,
    trend: trendPoints(upTo.map((snapshot) => ({ label: snapshot.label, takenAt: snapshot.takenAt, scores: snapshot.scores as unknown as ScoreResult }))),
  };
}

import "server-only";
import { storedAnswers, targetsFromPillars, type ScoredAnswer } from "@/lib/assessment/document";
import { getFramework } from "@/lib/framework/index";
import { resolveAssessment } from "@/lib/scoring/answers";
import { scoreAssessment, scoreResolved } from "@/lib/scoring/maturity";
import { nextStepsOf } from "@/lib/scoring/next-steps";
import { SCORING_VERSION } from "@/lib/scoring/policy";
import { storedScores } from "@/lib/scoring/stored";
import type { Stage } from "@/lib/framework/types";
import type { ScoreResult, UnratedReason } from "@/lib/scoring/types";
import type { TRecordSnapshot } from "@/lib/validation/assessment";
import type { Prisma } from "@/generated/prisma/client";
import { toScoredAnswer } from "./answer-rows";
import { assertEditable, findAssessment, frameworkOf, parseTargets } from "./assessments";
import { audited, auditActor } from "./audit";
import { authorize } from "./authorize";
import { prisma } from "./db";
import { syncNextSteps } from "./next-steps";
import { openGapsOf } from "./roadmap";
import { AppError } from "./errors";
import { policyOfOrganization } from "./scoring-policy";
import type { Actor } from "@/lib/actor";

export interface SnapshotSummary {
  id: string;
  label: string | null;
  takenAt: Date;
  takenBy: string | null;
  frameworkVersion: string;
  overallScore: number | null;
  overallStage: Stage | null;
  /** Why no overall stage is named ("not_enough_answers"…); null when one is. */
  overallUnrated: UnratedReason | null;
  completeness: number;
  /** The scoring rules' version the scores were computed with (lib/scoring/policy SCORING_VERSION). */
  scoringVersion: number;
}

export interface SnapshotDetail extends SnapshotSummary {
  assessmentId: string;
  answers: ScoredAnswer[];
  scores: ScoreResult;
}

const SNAPSHOT_INCLUDE = { takenBy: { select: { name: true } } } as const;
type SnapshotRow = Prisma.SnapshotGetPayload<{ include: typeof SNAPSHOT_INCLUDE }>;

// Answers are written once (by recordSnapshot, or by import); scores too, unless someone re-scores a
// snapshot taken under older rules (the database allows nothing else).
const scoresOf = (row: SnapshotRow) => storedScores(row.scores, row.scoringVersion);
const json = (value: unknown) => value as Prisma.InputJsonValue;

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
    overallUnrated: overall.unrated,
    completeness: overall.completeness,
    scoringVersion: row.scoringVersion,
  };
}

function toDetail(row: SnapshotRow): SnapshotDetail {
  return { ...toSummary(row), assessmentId: row.assessmentId, answers: storedAnswers(row.answers), scores: scoresOf(row) };
}

/**
 * Freezes the scored state of an assessment. The assessment stays editable for the next cycle.
 * `now` (when it was taken) is a parameter so tests can move the clock.
 */
export async function recordSnapshot(actor: Actor, assessmentId: string, input: TRecordSnapshot, now = new Date()): Promise<SnapshotSummary> {
  const membership = await authorize(actor, "assessment.write");
  const { organizationId } = membership;
  const assessment = await findAssessment(membership, assessmentId);
  assertEditable(assessment);
  const framework = frameworkOf(assessment);
  const rows = await prisma.answer.findMany({ where: { assessmentId: assessment.id } });
  const order = new Map(framework.questions.map((question, index) => [question.id, index]));
  const answers = rows
    .map(toScoredAnswer)
    .sort((a, b) => (order.get(a.questionId) ?? 0) - (order.get(b.questionId) ?? 0));
  const targets = parseTargets(assessment.targets);
  const policy = await policyOfOrganization(organizationId);
  // Resolved once for the scores, the next steps and the open gaps.
  const resolved = resolveAssessment(framework, answers, targets, policy);
  const scores = scoreResolved(framework, resolved, policy);
  // The snapshot and the tracked next steps it recommends are written together.
  const row = await audited(async (tx, record) => {
    const row = await tx.snapshot.create({
      data: {
        assessmentId: assessment.id,
        label: input.label || null,
        takenAt: now,
        takenById: actor.userId,
        frameworkVersion: framework.id,
        answers: json(answers),
        scores: json(scores),
        scoringVersion: SCORING_VERSION,
        targets: json(targets),
      },
      include: SNAPSHOT_INCLUDE,
    });
    const nextSteps = await syncNextSteps(tx, assessment.id, nextStepsOf(framework, resolved), row, openGapsOf(assessment, framework, resolved));
    record({
      actor: auditActor(actor),
      organizationId,
      action: "snapshot.recorded",
      targetType: "assessment",
      targetId: assessment.id,
      after: { snapshotId: row.id, label: row.label, overallScore: scores.overall.score, answered: scores.overall.answered, nextSteps },
    });
    return row;
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

/**
 * Re-scores a snapshot taken under older rules with the current rules and the organisation's
 * current policy, from the answers and targets it froze. Explicit, once, and audited with the
 * whole result it replaces: until then a snapshot shows the result it was taken with. Snapshots
 * from before scoring v2 kept only pillar targets, read from their scores.
 */
export async function rescoreSnapshot(actor: Actor, assessmentId: string, snapshotId: string): Promise<SnapshotSummary> {
  const membership = await authorize(actor, "assessment.write");
  const assessment = await findAssessment(membership, assessmentId);
  assertEditable(assessment);
  const row = await prisma.snapshot.findFirst({ where: { id: snapshotId, assessmentId: assessment.id }, include: SNAPSHOT_INCLUDE });
  if (!row) throw new AppError("not_found", "That snapshot was not found.");
  if (row.scoringVersion >= SCORING_VERSION) throw new AppError("conflict", "This snapshot is already scored with the current rules.");
  const framework = getFramework(row.frameworkVersion);
  if (!framework) throw new Error(`Snapshot uses unknown framework version ${row.frameworkVersion}`);
  const before = scoresOf(row);
  const targets = row.targets === null ? targetsFromPillars(before.pillars) : parseTargets(row.targets);
  const policy = await policyOfOrganization(membership.organizationId);
  const scores = scoreAssessment(framework, storedAnswers(row.answers), targets, policy);
  // The result it replaces lives on only in the audit event, so both are written together; the
  // version condition makes a second, concurrent re-score a clear conflict rather than a trigger error.
  const updated = await audited(async (tx, record) => {
    const { count } = await tx.snapshot.updateMany({
      where: { id: row.id, scoringVersion: { lt: SCORING_VERSION } },
      data: { scores: json(scores), scoringVersion: SCORING_VERSION, targets: json(targets) },
    });
    if (count === 0) throw new AppError("conflict", "This snapshot is already scored with the current rules.");
    record({
      actor: auditActor(actor),
      organizationId: membership.organizationId,
      action: "snapshot.rescored",
      targetType: "assessment",
      targetId: assessment.id,
      before: { snapshotId: row.id, scoringVersion: row.scoringVersion, overallScore: before.overall.score, overallStage: before.overall.stage, scores: row.scores },
      after: { snapshotId: row.id, scoringVersion: SCORING_VERSION, overallScore: scores.overall.score, overallStage: scores.overall.stage, policy },
    });
    return tx.snapshot.findUniqueOrThrow({ where: { id: row.id }, include: SNAPSHOT_INCLUDE });
  });
  return toSummary(updated);
}

import "server-only";
import { diffScores } from "@/lib/scoring/diff";
import type { ScoreDiff, ScoreResult } from "@/lib/scoring/types";
import { getAssessmentScores, type AssessmentScores } from "./assessments";
import { authorize } from "./authorize";
import { prisma } from "./db";
import type { Actor } from "./session";

export interface AssessmentDashboard extends AssessmentScores {
  snapshots: { label: string | null; takenAt: Date; scores: ScoreResult }[];
  /** The current answers against the latest snapshot; null before the first snapshot. */
  sinceLastSnapshot: { label: string | null; takenAt: Date; diff: ScoreDiff } | null;
}

/** Everything the assessment dashboard draws: live scores, snapshot history, what moved since the last one. */
export async function getAssessmentDashboard(actor: Actor, assessmentId: string): Promise<AssessmentDashboard> {
  await authorize(actor, "assessment.read");
  const live = await getAssessmentScores(actor, assessmentId);
  const rows = await prisma.snapshot.findMany({ where: { assessmentId }, select: { label: true, takenAt: true, scores: true }, orderBy: { takenAt: "asc" } });
  const snapshots = rows.map((row) => ({ label: row.label, takenAt: row.takenAt, scores: row.scores as unknown as ScoreResult }));
  const last = snapshots.at(-1);
  return {
    ...live,
    snapshots,
    sinceLastSnapshot: last ? { label: last.label, takenAt: last.takenAt, diff: diffScores(last.scores, live.scores) } : null,
  };
}

import "server-only";
import { SCORING_VERSION } from "@/lib/scoring/policy";
import { diffScores } from "@/lib/scoring/diff";
import { storedScores } from "@/lib/scoring/stored";
import type { ScoreDiff, ScoreResult } from "@/lib/scoring/types";
import type { ViewId } from "@/lib/scoring/views";
import { findAssessment, getAssessmentScores, type AssessmentScores } from "./assessments";
import { authorize } from "./authorize";
import { prisma } from "./db";
import type { Actor } from "@/lib/actor";

export interface AssessmentDashboard extends AssessmentScores {
  snapshots: { label: string | null; takenAt: Date; frameworkVersion: string; scoringVersion: number; scores: ScoreResult }[];
  /**
   * The current answers against the latest snapshot; null before the first snapshot. When the
   * snapshot was taken on another question bank version there is no diff: its means are over
   * a different question set.
   */
  sinceLastSnapshot: { label: string | null; takenAt: Date; frameworkVersion: string; scoringVersion: number; diff: ScoreDiff | null } | null;
}

/** Everything the assessment dashboard draws: live scores, snapshot history, what moved since the last one, the chosen view. */
export async function getAssessmentDashboard(actor: Actor, assessmentId: string, options: { view?: ViewId } = {}): Promise<AssessmentDashboard> {
  const membership = await authorize(actor, "assessment.read");
  const assessment = await findAssessment(membership, assessmentId);
  const live = await getAssessmentScores(actor, assessment.id, options);
  const rows = await prisma.snapshot.findMany({ where: { assessmentId: assessment.id }, select: { label: true, takenAt: true, frameworkVersion: true, scores: true, scoringVersion: true }, orderBy: { takenAt: "asc" } });
  const snapshots = rows.map((row) => ({
    label: row.label,
    takenAt: row.takenAt,
    frameworkVersion: row.frameworkVersion,
    scoringVersion: row.scoringVersion,
    scores: storedScores(row.scores, row.scoringVersion),
  }));
  const last = snapshots.at(-1);
  return {
    ...live,
    snapshots,
    sinceLastSnapshot: last
      ? {
          label: last.label,
          takenAt: last.takenAt,
          frameworkVersion: last.frameworkVersion,
          scoringVersion: last.scoringVersion,
          // Means over different question sets, or under different scoring rules, are not compared.
          diff: last.frameworkVersion === assessment.frameworkVersion && last.scoringVersion === SCORING_VERSION ? diffScores(last.scores, live.scores) : null,
        }
      : null,
  };
}

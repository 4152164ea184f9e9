/**
 * Chart-ready shapes of scored results, for the assessment dashboard. Pure: the same input
 * gives the same rows, which the charts and their table alternatives both read.
 */
import { STAGES, type Framework, type PillarId, type Stage } from "@/lib/framework/types";
import { SCORING_VERSION } from "@/lib/scoring/policy";
import { scoringVersionMark } from "@/lib/scoring/version-mark";
import type { ScoreResult } from "@/lib/scoring/types";

const levelOf = (stage: Stage | null) => (stage ? STAGES.indexOf(stage) + 1 : null);
const round = (value: number | null) => (value === null ? null : Math.round(value * 100) / 100);

export interface RadarRow {
  pillar: PillarId;
  name: string;
  current: number | null;
  target: number | null;
}

/** Current score and target level (1–4) per pillar. */
export function radarRows(framework: Framework, scores: ScoreResult): RadarRow[] {
  return scores.pillars.map((pillar) => ({
    pillar: pillar.pillar,
    name: framework.pillars.find((candidate) => candidate.id === pillar.pillar)?.name ?? pillar.pillar,
    current: round(pillar.score),
    target: levelOf(pillar.target),
  }));
}

export type DistributionRow = { name: string } & Record<Stage | "not_applicable" | "unanswered", number>;

/** How many questions of each pillar sit at each level. */
export function distributionRows(framework: Framework, scores: ScoreResult): DistributionRow[] {
  return scores.pillars.map((pillar) => ({
    name: framework.pillars.find((candidate) => candidate.id === pillar.pillar)?.name ?? pillar.pillar,
    ...pillar.distribution,
  }));
}

export interface TrendPoint {
  label: string;
  takenAt: string;
  /** The question bank version the snapshot was scored on; null when not known. */
  frameworkVersion: string | null;
  /**
   * Runs of snapshots on one version, numbered from 0: means of different question sets are
   * never joined, so a line is drawn per run and a version change starts a new one.
   */
  segment: number;
  overall: number | null;
  pillars: Partial<Record<PillarId, number | null>>;
}

/**
 * Overall and per-pillar scores of each snapshot, oldest first, with a new segment wherever the
 * question bank version changes. A snapshot scored with older rules is marked in its label.
 */
export function trendPoints(snapshots: readonly { label: string | null; takenAt: Date; scores: ScoreResult; frameworkVersion?: string; scoringVersion?: number }[]): TrendPoint[] {
  const sorted = [...snapshots].sort((a, b) => a.takenAt.getTime() - b.takenAt.getTime());
  let segment = 0;
  return sorted.map((snapshot, index) => {
    const version = snapshot.frameworkVersion ?? null;
    if (index > 0 && version !== (sorted[index - 1]!.frameworkVersion ?? null)) segment += 1;
    return {
      label: [snapshot.label ?? snapshot.takenAt.toISOString().slice(0, 10), scoringVersionMark(snapshot.scoringVersion ?? SCORING_VERSION)].filter(Boolean).join(" · "),
      takenAt: snapshot.takenAt.toISOString(),
      frameworkVersion: version,
      segment,
      overall: round(snapshot.scores.overall.score),
      pillars: Object.fromEntries(snapshot.scores.pillars.map((pillar) => [pillar.pillar, round(pillar.score)])),
    };
  });
}

/** Where the trend changes question bank version: the first point on each later version. */
export function versionChanges(points: readonly TrendPoint[]): { index: number; label: string; frameworkVersion: string | null }[] {
  return points.flatMap((point, index) => (index > 0 && point.segment !== points[index - 1]!.segment ? [{ index, label: point.label, frameworkVersion: point.frameworkVersion }] : []));
}

export interface GapSummary {
  belowTarget: number;
  withTarget: number;
  largest: { pillar: PillarId; gap: number } | null;
}

/** How many pillars are short of their target, and the largest shortfall. */
export function gapSummary(scores: ScoreResult): GapSummary {
  const withGap = scores.pillars.filter((pillar) => pillar.gap !== null);
  const below = withGap.filter((pillar) => (pillar.gap ?? 0) > 0).sort((a, b) => (b.gap ?? 0) - (a.gap ?? 0));
  return { belowTarget: below.length, withTarget: withGap.length, largest: below[0] ? { pillar: below[0].pillar, gap: round(below[0].gap)! } : null };
}

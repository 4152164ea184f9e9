/**
 * Chart-ready shapes of scored results, for the assessment dashboard. Pure: the same input
 * gives the same rows, which the charts and their table alternatives both read.
 */
import { STAGES, type Framework, type PillarId, type Stage } from "@/lib/framework/types";
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
  overall: number | null;
  pillars: Partial<Record<PillarId, number | null>>;
}

/** Overall and per-pillar scores of each snapshot, oldest first. */
export function trendPoints(snapshots: readonly { label: string | null; takenAt: Date; scores: ScoreResult }[]): TrendPoint[] {
  return [...snapshots]
    .sort((a, b) => a.takenAt.getTime() - b.takenAt.getTime())
    .map((snapshot) => ({
      label: snapshot.label ?? snapshot.takenAt.toISOString().slice(0, 10),
      takenAt: snapshot.takenAt.toISOString(),
      overall: round(snapshot.scores.overall.score),
      pillars: Object.fromEntries(snapshot.scores.pillars.map((pillar) => [pillar.pillar, round(pillar.score)])),
    }));
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

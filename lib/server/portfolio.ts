import "server-only";
import { ratingLabel } from "@/lib/assessment/rating";
import { burndown, type BurndownPoint, type DailyChange } from "@/lib/assessment/burndown";
import { getFramework, pillarQuestionIds } from "@/lib/framework/index";
import type { PillarId, Stage } from "@/lib/framework/types";
import { storedExtract, type StoredExtract } from "@/lib/scoring/stored";
import type { AssessmentStatus } from "@/lib/validation/assessment";
import { Prisma } from "@/generated/prisma/client";
import { authorize } from "./authorize";
import { prisma } from "./db";
import { OPEN } from "./next-steps";
import type { Actor } from "@/lib/actor";

export interface PortfolioPillar {
  pillar: PillarId;
  score: number | null;
  target: Stage | null;
  /** The stored gap to target: scoring v2's mean shortfall in stages (v1: target level − score). */
  gap: number | null;
}

export interface PortfolioRow {
  id: string;
  name: string;
  status: AssessmentStatus;
  owner: { id: string; name: string } | null;
  completeness: number;
  /** The latest snapshot's overall score, or the chosen pillar's. */
  /** `rating` reads as everywhere else: the stage, or why none is named ("Not enough answers (45%)"). */
  latest: { score: number | null; stage: Stage | null; rating: string; takenAt: Date; label: string | null } | null;
  /** Latest snapshot's score minus the previous one's; null with fewer than two scored snapshots, or when they are on different question bank versions. */
  change: number | null;
  /** Every pillar's score and target at the latest snapshot; empty before the first. */
  pillars: PortfolioPillar[];
  /** The score (overall, or the chosen pillar's) of every snapshot, oldest first; empty beyond `historyOf`. */
  history: { takenAt: Date; label: string | null; score: number | null; frameworkVersion: string }[];
  openNextSteps: number;
  overdueNextSteps: number;
}

export interface Portfolio {
  rows: PortfolioRow[];
  /** Open next steps week by week up to today; empty before any next step is tracked. */
  burndown: BurndownPoint[];
  /** The latest due date of the open next steps ("2026-12-31"), where the burndown's ideal line ends. */
  latestDue: string | null;
}

/** `rated` is what the rating label needs (scoring v2 fields absent from v1 results); `pillars` come only with the latest snapshot of each assessment. */
type SnapshotScore = StoredExtract & {
  assessmentId: string;
  takenAt: Date;
  frameworkVersion: string;
  scoringVersion: number;
  label: string | null;
};
type SnapshotScoreRow = Omit<SnapshotScore, keyof StoredExtract> & Record<keyof StoredExtract, unknown>;

export interface PortfolioFilter {
  ownerId?: string;
  status?: AssessmentStatus;
  pillar?: PillarId;
}

interface HistoryPoint {
  assessmentId: string;
  takenAt: Date;
  frameworkVersion: string;
  label: string | null;
  score: number | null;
}

/**
 * The organisation's assessments (archived ones left out unless asked for by status), filtered
 * by owner, status and pillar, for project managers. With a pillar, scores, trend and next steps
 * are that pillar's. The history of every snapshot is read only for the first `historyOf`
 * assessments with a snapshot (by name), those a trend can show: each costs its snapshots' JSON.
 */
export async function getPortfolio(actor: Actor, filter: PortfolioFilter = {}, { historyOf = Infinity }: { historyOf?: number } = {}): Promise<Portfolio> {
  const { organizationId } = await authorize(actor, "assessment.read");
  const where = { organizationId, status: filter.status ?? { not: "archived" as const }, ...(filter.ownerId ? { ownerId: filter.ownerId } : {}) };
  const questionIds = filter.pillar ? pillarQuestionIds(filter.pillar) : null;
  const stepWhere = { assessment: where, status: { in: OPEN }, ...(questionIds ? { questionId: { in: questionIds } } : {}) };
  const today = new Date(`${new Date().toISOString().slice(0, 10)}T00:00:00Z`);
  const assessmentClause = Prisma.sql`a."organizationId" = ${organizationId}
    AND ${filter.status ? Prisma.sql`a.status::text = ${filter.status}` : Prisma.sql`a.status <> 'archived'`}
    ${filter.ownerId ? Prisma.sql`AND a."ownerId" = ${filter.ownerId}` : Prisma.empty}`;
  const stepClause = questionIds ? Prisma.sql`AND n."questionId" IN (${Prisma.join(questionIds)})` : Prisma.empty;
  const score = filter.pillar
    ? Prisma.sql`(SELECT (p->>'score')::float8 FROM jsonb_array_elements(scores->'pillars') p WHERE p->>'pillar' = ${filter.pillar})`
    : Prisma.sql`(scores->'overall'->>'score')::float8`;
  const stage = filter.pillar ? Prisma.sql`(SELECT p->>'stage' FROM jsonb_array_elements(scores->'pillars') p WHERE p->>'pillar' = ${filter.pillar})` : Prisma.sql`scores->'overall'->>'stage'`;
  const ratedOf = (part: Prisma.Sql) => Prisma.sql`(SELECT jsonb_build_object('unrated', r->'unrated', 'completeness', r->'completeness', 'naShare', r->'naShare') FROM (SELECT ${part} AS r) part)`;
  const rated = filter.pillar
    ? ratedOf(Prisma.sql`(SELECT p FROM jsonb_array_elements(scores->'pillars') p WHERE p->>'pillar' = ${filter.pillar})`)
    : ratedOf(Prisma.sql`scores->'overall'`);
  const [assessments, answered, recentRows, open, overdue, latestDue, changes] = await Promise.all([
    prisma.assessment.findMany({ where, select: { id: true, name: true, status: true, frameworkVersion: true, owner: { select: { id: true, name: true } } }, orderBy: { name: "asc" } }),
    prisma.answer.groupBy({ by: ["assessmentId"], where: { assessment: where, level: { not: "unknown" } }, _count: { _all: true } }),
    // The two newest snapshots' scores, and the pillars' scores and targets of the latest: the rest of the JSON stays in the database.
    prisma.$queryRaw<SnapshotScoreRow[]>`
      SELECT "assessmentId", "takenAt", "frameworkVersion", "scoringVersion", label, ${score} AS score, ${stage} AS stage, ${rated} AS rated,
        CASE WHEN position = 1 THEN (
          SELECT jsonb_agg(jsonb_build_object('pillar', p->>'pillar', 'score', (p->>'score')::float8, 'target', p->>'target', 'gap', (p->>'gap')::float8))
          FROM jsonb_array_elements(scores->'pillars') p
        ) END AS pillars
      FROM (
        SELECT s."assessmentId", s."takenAt", s."frameworkVersion", s."scoringVersion", s.label, s.scores, row_number() OVER (PARTITION BY s."assessmentId" ORDER BY s."takenAt" DESC) AS position
        FROM snapshots s JOIN assessments a ON a.id = s."assessmentId"
        WHERE ${assessmentClause}
      ) ranked
      WHERE position <= 2
      ORDER BY "assessmentId", "takenAt" DESC`,
    prisma.nextStep.groupBy({ by: ["assessmentId"], where: stepWhere, _count: { _all: true } }),
    prisma.nextStep.groupBy({ by: ["assessmentId"], where: { ...stepWhere, dueDate: { lt: today } }, _count: { _all: true } }),
    prisma.nextStep.aggregate({ where: stepWhere, _max: { dueDate: true } }),
    // Counted per day in the database: the burndown needs totals, not every item.
    prisma.$queryRaw<DailyChange[]>`
      SELECT to_char(day, 'YYYY-MM-DD') AS day, sum(opened)::int AS opened, sum(closed)::int AS closed
      FROM (
        SELECT date_trunc('day', n."createdAt") AS day, 1 AS opened, 0 AS closed
        FROM next_steps n JOIN assessments a ON a.id = n."assessmentId"
        WHERE ${assessmentClause} ${stepClause}
        UNION ALL
        SELECT date_trunc('day', n."closedAt"), 0, 1
        FROM next_steps n JOIN assessments a ON a.id = n."assessmentId"
        WHERE ${assessmentClause} AND n."closedAt" IS NOT NULL ${stepClause}
      ) changes
      GROUP BY day`,
  ]);
  const count = (groups: { assessmentId: string; _count: { _all: number } }[]) => new Map(groups.map((group) => [group.assessmentId, group._count._all]));
  const [answeredBy, openBy, overdueBy] = [count(answered), count(open), count(overdue)];
  const recent = recentRows.map((row): SnapshotScore => ({ ...row, ...storedExtract(row, row.scoringVersion) }));
  const snapshotsBy = new Map<string, SnapshotScore[]>();
  for (const snapshot of recent) snapshotsBy.set(snapshot.assessmentId, [...(snapshotsBy.get(snapshot.assessmentId) ?? []), snapshot]);
  const historyIds = assessments.filter((assessment) => snapshotsBy.has(assessment.id)).slice(0, historyOf).map((assessment) => assessment.id);
  const history = historyIds.length
    ? await prisma.$queryRaw<HistoryPoint[]>`
        SELECT "assessmentId", "takenAt", "frameworkVersion", label, ${score} AS score FROM snapshots
        WHERE "assessmentId" IN (${Prisma.join(historyIds)})
        ORDER BY "takenAt"`
    : [];
  const historyBy = new Map<string, HistoryPoint[]>();
  for (const point of history) historyBy.set(point.assessmentId, [...(historyBy.get(point.assessmentId) ?? []), point]);
  const rows = assessments.map((assessment): PortfolioRow => {
    const [latest, previous] = snapshotsBy.get(assessment.id) ?? [];
    const total = getFramework(assessment.frameworkVersion)?.questions.length ?? 0;
    return {
      id: assessment.id,
      name: assessment.name,
      status: assessment.status,
      owner: assessment.owner,
      completeness: total ? (answeredBy.get(assessment.id) ?? 0) / total : 0,
      latest: latest
        ? { score: latest.score, stage: latest.stage, rating: ratingLabel({ stage: latest.stage, score: latest.score, completeness: latest.rated?.completeness ?? 1, unrated: latest.rated?.unrated, naShare: latest.rated?.naShare }), takenAt: latest.takenAt, label: latest.label }
        : null,
      // Means over different question sets, or under different scoring rules, are not compared.
      change:
        latest?.score != null && previous?.score != null && latest.frameworkVersion === previous.frameworkVersion && latest.scoringVersion === previous.scoringVersion ? latest.score - previous.score : null,
      pillars: latest?.pillars ?? [],
      history: (historyBy.get(assessment.id) ?? []).map(({ takenAt, label, score, frameworkVersion }) => ({ takenAt, label, score, frameworkVersion })),
      openNextSteps: openBy.get(assessment.id) ?? 0,
      overdueNextSteps: overdueBy.get(assessment.id) ?? 0,
    };
  });
  return { rows, burndown: burndown(changes, new Date()), latestDue: latestDue._max.dueDate?.toISOString().slice(0, 10) ?? null };
}

import "server-only";
import { burndown, type BurndownPoint, type DailyChange } from "@/lib/assessment/burndown";
import { getFramework } from "@/lib/framework/index";
import type { Stage } from "@/lib/framework/types";
import type { AssessmentStatus } from "@/lib/validation/assessment";
import { Prisma } from "@/generated/prisma/client";
import { authorize } from "./authorize";
import { prisma } from "./db";
import { OPEN } from "./next-steps";
import type { Actor } from "./session";

export interface PortfolioRow {
  id: string;
  name: string;
  status: AssessmentStatus;
  owner: { id: string; name: string } | null;
  completeness: number;
  latest: { score: number | null; stage: Stage | null; takenAt: Date; label: string | null } | null;
  /** Latest snapshot's overall score minus the previous one's; null with fewer than two scored snapshots. */
  change: number | null;
  openNextSteps: number;
  overdueNextSteps: number;
}

export interface Portfolio {
  rows: PortfolioRow[];
  burndown: BurndownPoint[];
}

interface SnapshotScore {
  assessmentId: string;
  takenAt: Date;
  label: string | null;
  score: number | null;
  stage: Stage | null;
}

/** The organisation's assessments (archived ones left out), optionally only one owner's, for project managers. */
export async function getPortfolio(actor: Actor, filter: { ownerId?: string } = {}): Promise<Portfolio> {
  const { organizationId } = await authorize(actor, "assessment.read");
  const where = { organizationId, status: { not: "archived" as const }, ...(filter.ownerId ? { ownerId: filter.ownerId } : {}) };
  const today = new Date(`${new Date().toISOString().slice(0, 10)}T00:00:00Z`);
  const ownerClause = filter.ownerId ? Prisma.sql`AND a."ownerId" = ${filter.ownerId}` : Prisma.empty;
  const [assessments, answered, recent, open, overdue, changes] = await Promise.all([
    prisma.assessment.findMany({ where, select: { id: true, name: true, status: true, frameworkVersion: true, owner: { select: { id: true, name: true } } }, orderBy: { name: "asc" } }),
    prisma.answer.groupBy({ by: ["assessmentId"], where: { assessment: where }, _count: { _all: true } }),
    // Only the two newest snapshots per assessment, and only their overall score: the JSON stays in the database.
    prisma.$queryRaw<SnapshotScore[]>`
      SELECT "assessmentId", "takenAt", label, (scores->'overall'->>'score')::float8 AS score, scores->'overall'->>'stage' AS stage
      FROM (
        SELECT s.*, row_number() OVER (PARTITION BY s."assessmentId" ORDER BY s."takenAt" DESC) AS position
        FROM snapshots s JOIN assessments a ON a.id = s."assessmentId"
        WHERE a."organizationId" = ${organizationId} AND a.status <> 'archived' ${ownerClause}
      ) ranked
      WHERE position <= 2
      ORDER BY "assessmentId", "takenAt" DESC`,
    prisma.nextStep.groupBy({ by: ["assessmentId"], where: { assessment: where, status: { in: OPEN } }, _count: { _all: true } }),
    prisma.nextStep.groupBy({ by: ["assessmentId"], where: { assessment: where, status: { in: OPEN }, dueDate: { lt: today } }, _count: { _all: true } }),
    // Counted per day in the database: the burndown needs totals, not every item.
    prisma.$queryRaw<DailyChange[]>`
      SELECT to_char(day, 'YYYY-MM-DD') AS day, sum(opened)::int AS opened, sum(closed)::int AS closed
      FROM (
        SELECT date_trunc('day', n."createdAt") AS day, 1 AS opened, 0 AS closed
        FROM next_steps n JOIN assessments a ON a.id = n."assessmentId"
        WHERE a."organizationId" = ${organizationId} AND a.status <> 'archived' ${ownerClause}
        UNION ALL
        SELECT date_trunc('day', n."closedAt"), 0, 1
        FROM next_steps n JOIN assessments a ON a.id = n."assessmentId"
        WHERE a."organizationId" = ${organizationId} AND a.status <> 'archived' AND n."closedAt" IS NOT NULL ${ownerClause}
      ) changes
      GROUP BY day`,
  ]);
  const count = (groups: { assessmentId: string; _count: { _all: number } }[]) => new Map(groups.map((group) => [group.assessmentId, group._count._all]));
  const [answeredBy, openBy, overdueBy] = [count(answered), count(open), count(overdue)];
  const snapshotsBy = new Map<string, SnapshotScore[]>();
  for (const snapshot of recent) snapshotsBy.set(snapshot.assessmentId, [...(snapshotsBy.get(snapshot.assessmentId) ?? []), snapshot]);
  const rows = assessments.map((assessment): PortfolioRow => {
    const [latest, previous] = snapshotsBy.get(assessment.id) ?? [];
    const total = getFramework(assessment.frameworkVersion)?.questions.length ?? 0;
    return {
      id: assessment.id,
      name: assessment.name,
      status: assessment.status,
      owner: assessment.owner,
      completeness: total ? (answeredBy.get(assessment.id) ?? 0) / total : 0,
      latest: latest ? { score: latest.score, stage: latest.stage, takenAt: latest.takenAt, label: latest.label } : null,
      change: latest?.score != null && previous?.score != null ? latest.score - previous.score : null,
      openNextSteps: openBy.get(assessment.id) ?? 0,
      overdueNextSteps: overdueBy.get(assessment.id) ?? 0,
    };
  });
  return { rows, burndown: burndown(changes, new Date()) };
}

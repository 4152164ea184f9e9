import "server-only";
import { SCORING_VERSION } from "@/lib/scoring/policy";
import type { Stage } from "@/lib/framework/types";
import { diffScores } from "@/lib/scoring/diff";
import { ratingLabel } from "@/lib/assessment/rating";
import { scoreAssessment } from "@/lib/scoring/maturity";
import { storedScores } from "@/lib/scoring/stored";
import type { ScoreChange } from "@/lib/scoring/types";
import type { AssessmentStatus } from "@/lib/validation/assessment";
import type { NextStepStatus } from "@/lib/validation/next-step";
import { SCORING_SELECT, toScoringInput } from "./answer-rows";
import { frameworkOf, parseTargets } from "./assessments";
import { authorize } from "./authorize";
import { prisma } from "./db";
import { OPEN } from "./next-steps";
import { policyOfOrganization } from "./scoring-policy";
import type { Actor } from "@/lib/actor";

export interface OverviewAssessment {
  id: string;
  name: string;
  status: AssessmentStatus;
  answered: number;
  total: number;
  /** The first question without an answer, in questionnaire order; null once all are answered. */
  continueAt: { questionId: string; title: string } | null;
  /** `label` says why no stage is named ("Not enough answers (45%)") when `stage` is null. */
  maturity: { score: number | null; stage: Stage | null; label: string };
  /** The overall score now against the latest snapshot; null before the first snapshot. */
  /** `comparable` is false for a snapshot scored under older rules: its change is not shown. */
  sinceSnapshot: { label: string | null; takenAt: Date; change: ScoreChange; comparable: boolean } | null;
}

export interface OverviewNextStep {
  id: string;
  title: string;
  assessment: { id: string; name: string };
  status: NextStepStatus;
  dueDate: string | null;
  overdue: boolean;
}

/** One line of recent activity: who did what to which assessment, never the values they entered. */
export interface OverviewActivity {
  id: string;
  at: Date;
  actor: string;
  /** What they did, e.g. "saved 3 answers in"; `target` completes the sentence. */
  verb: string;
  target: { name: string; href: string | null } | null;
}

export interface Overview {
  /** Assessments that are not archived, most recently changed first. */
  assessments: OverviewAssessment[];
  mine: { open: number; overdue: number; upcoming: OverviewNextStep[] };
  activity: OverviewActivity[];
}

/** Events that describe work on assessments; sign-ins, members and tokens belong to the audit log. */
const ACTIVITY_ACTIONS = [
  "assessment.created",
  "assessment.imported",
  "assessment.updated",
  "assessment.archived",
  "assessment.restored",
  "assessment.deleted",
  "answer.saved",
  "snapshot.recorded",
  "nextstep.updated",
  "nextstep.bulk_status",
];
const ASSESSMENT_VERBS: Record<string, string> = {
  "assessment.created": "created",
  "assessment.imported": "imported",
  "assessment.archived": "archived",
  "assessment.restored": "restored",
};
export const ACTIVITY_LIMIT = 10;
/** Events read to make ACTIVITY_LIMIT lines: runs of answers saved one by one fold into one line. */
const ACTIVITY_WINDOW = 200;
const UPCOMING_LIMIT = 5;

const today = () => new Date().toISOString().slice(0, 10);
const record = (value: unknown): Record<string, unknown> => (value && typeof value === "object" && !Array.isArray(value) ? (value as Record<string, unknown>) : {});
const plural = (count: number, one: string, many: string) => (count === 1 ? one : `${count} ${many}`);

/**
 * What the signed-in member should do next: where to continue each assessment, the next steps
 * assigned to them, each assessment's maturity and its change since the last snapshot, and
 * recent work in the organisation.
 */
export async function getOverview(actor: Actor): Promise<Overview> {
  const { organizationId } = await authorize(actor, "assessment.read");
  const policy = await policyOfOrganization(organizationId);
  const mineWhere = { ownerId: actor.userId, status: { in: OPEN }, assessment: { organizationId, status: { not: "archived" as const } } };
  const [rows, latest, open, overdue, upcoming, events] = await Promise.all([
    prisma.assessment.findMany({
      where: { organizationId, status: { not: "archived" } },
      select: { id: true, name: true, status: true, frameworkVersion: true, targets: true, updatedAt: true, answers: { select: SCORING_SELECT } },
      orderBy: { updatedAt: "desc" },
    }),
    // Only each assessment's latest snapshot leaves the database (Prisma's `distinct` would read them all).
    prisma.$queryRaw<{ assessmentId: string; label: string | null; takenAt: Date; scores: unknown; scoringVersion: number }[]>`
      SELECT "assessmentId", label, "takenAt", scores, "scoringVersion" FROM (
        SELECT s."assessmentId", s.label, s."takenAt", s.scores, s."scoringVersion", row_number() OVER (PARTITION BY s."assessmentId" ORDER BY s."takenAt" DESC) AS position
        FROM snapshots s JOIN assessments a ON a.id = s."assessmentId"
        WHERE a."organizationId" = ${organizationId} AND a.status <> 'archived'
      ) ranked
      WHERE position = 1`,
    prisma.nextStep.count({ where: mineWhere }),
    prisma.nextStep.count({ where: { ...mineWhere, dueDate: { lt: new Date(`${today()}T00:00:00.000Z`) } } }),
    prisma.nextStep.findMany({
      where: mineWhere,
      orderBy: [{ dueDate: { sort: "asc", nulls: "last" } }, { createdAt: "asc" }],
      take: UPCOMING_LIMIT,
      select: { id: true, title: true, status: true, dueDate: true, assessment: { select: { id: true, name: true } } },
    }),
    prisma.auditEvent.findMany({
      where: { organizationId, action: { in: ACTIVITY_ACTIONS }, outcome: "success" },
      orderBy: { seq: "desc" },
      take: ACTIVITY_WINDOW,
      select: { id: true, at: true, actorId: true, action: true, targetId: true, before: true, after: true },
    }),
  ]);
  const snapshotOf = new Map(latest.map((snapshot) => [snapshot.assessmentId, snapshot]));
  const assessments = rows.map((row): OverviewAssessment => {
    const framework = frameworkOf(row);
    const answers = row.answers.map(toScoringInput);
    const answeredIds = new Set(answers.filter((answer) => answer.value !== "unknown").map((answer) => answer.questionId));
    const scores = scoreAssessment(framework, answers, parseTargets(row.targets), policy);
    const next = framework.questions.find((question) => !answeredIds.has(question.id));
    const snapshot = snapshotOf.get(row.id);
    return {
      id: row.id,
      name: row.name,
      status: row.status,
      answered: scores.overall.answered,
      total: scores.overall.total,
      continueAt: next ? { questionId: next.id, title: next.title } : null,
      maturity: { score: scores.overall.score, stage: scores.overall.stage, label: ratingLabel(scores.overall) },
      sinceSnapshot: snapshot
        ? { label: snapshot.label, takenAt: snapshot.takenAt, change: diffScores(storedScores(snapshot.scores, snapshot.scoringVersion), scores).overall, comparable: snapshot.scoringVersion === SCORING_VERSION }
        : null,
    };
  });
  const day = today();
  return {
    assessments,
    mine: {
      open,
      overdue,
      upcoming: upcoming.map((step) => {
        const dueDate = step.dueDate ? step.dueDate.toISOString().slice(0, 10) : null;
        return { id: step.id, title: step.title, assessment: step.assessment, status: step.status, dueDate, overdue: dueDate !== null && dueDate < day };
      }),
    },
    activity: await describeActivity(organizationId, events),
  };
}

type ActivityEvent = { id: string; at: Date; actorId: string | null; action: string; targetId: string | null; before: unknown; after: unknown };

/**
 * Folds runs of the same person saving answers in the same assessment into one line, newest
 * first. A run that reaches the end of the events read may go on further back: `more` says so.
 */
function foldRuns(events: ActivityEvent[]): { event: ActivityEvent; count: number; more: boolean }[] {
  const runs: { event: ActivityEvent; count: number; more: boolean }[] = [];
  for (const event of events) {
    const last = runs.at(-1);
    const same = last && last.event.actorId === event.actorId && last.event.action === event.action;
    if (same && event.action === "answer.saved" && last.event.targetId === event.targetId) last.count += 1;
    else if (runs.length === ACTIVITY_LIMIT) return runs;
    else runs.push({ event, count: 1, more: false });
  }
  const last = runs.at(-1);
  if (last && events.length === ACTIVITY_WINDOW) last.more = true;
  return runs;
}

/** Readable sentences with people's and assessments' names, in two queries whatever the number of events. */
async function describeActivity(organizationId: string, events: ActivityEvent[]): Promise<OverviewActivity[]> {
  const runs = foldRuns(events);
  const actorIds = [...new Set(runs.flatMap(({ event }) => (event.actorId ? [event.actorId] : [])))];
  const targetIds = [...new Set(runs.flatMap(({ event }) => (event.targetId ? [event.targetId] : [])))];
  const [users, assessments] = await Promise.all([
    prisma.user.findMany({ where: { id: { in: actorIds } }, select: { id: true, name: true } }),
    prisma.assessment.findMany({
      where: { organizationId, OR: [{ id: { in: targetIds } }, { nextSteps: { some: { id: { in: targetIds } } } }] },
      select: { id: true, name: true, nextSteps: { where: { id: { in: targetIds } }, select: { id: true, title: true } } },
    }),
  ]);
  const names = new Map(users.map((user) => [user.id, user.name]));
  const assessmentById = new Map(assessments.map((row) => [row.id, row]));
  const stepById = new Map(assessments.flatMap((row) => row.nextSteps.map((step) => [step.id, { ...step, assessment: row }] as const)));
  const assessmentTarget = (id: string | null, fallbackName: unknown) => {
    const found = id ? assessmentById.get(id) : undefined;
    if (found) return { name: found.name, href: `/assessments/${found.id}` };
    return { name: typeof fallbackName === "string" ? fallbackName : "an assessment that was deleted", href: null };
  };
  return runs.map(({ event, count, more }) => {
    const before = record(event.before);
    const after = record(event.after);
    const line = { id: event.id, at: event.at, actor: (event.actorId && names.get(event.actorId)) || "A former member" };
    switch (event.action) {
      case "answer.saved":
        return { ...line, verb: `saved ${more ? `${count} or more answers` : plural(count, "an answer", "answers")} in`, target: assessmentTarget(event.targetId, null) };
      case "snapshot.recorded": {
        const label = typeof after.label === "string" && after.label ? ` “${after.label}”` : "";
        const target = assessmentTarget(event.targetId, null);
        return { ...line, verb: `recorded the snapshot${label} of`, target: { ...target, href: target.href && `${target.href}/snapshots` } };
      }
      case "nextstep.updated": {
        const step = event.targetId ? stepById.get(event.targetId) : undefined;
        if (!step) return { ...line, verb: "updated a next step", target: null };
        return { ...line, verb: `updated the next step “${step.title}” in`, target: { name: step.assessment.name, href: `/next-steps?item=${step.id}` } };
      }
      case "nextstep.bulk_status": {
        const ids = Array.isArray(after.ids) ? after.ids.length : 0;
        return { ...line, verb: `changed the status of ${plural(ids, "a next step", "next steps")}`, target: null };
      }
      case "assessment.deleted":
        return { ...line, verb: "deleted", target: { name: typeof before.name === "string" ? before.name : "an assessment", href: null } };
      case "assessment.updated": {
        // The first saved answer moves a draft to In progress: the member started answering.
        const started = before.status === "draft" && after.status === "in_progress" && Object.keys(after).length === 1;
        return { ...line, verb: started ? "started answering" : "changed the settings of", target: assessmentTarget(event.targetId, after.name) };
      }
      default:
        return { ...line, verb: ASSESSMENT_VERBS[event.action] ?? "changed", target: assessmentTarget(event.targetId, after.name) };
    }
  });
}

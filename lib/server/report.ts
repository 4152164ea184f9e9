import "server-only";
import { trendPoints, type TrendPoint } from "@/lib/assessment/dashboard";
import { getFramework } from "@/lib/framework/index";
import type { Framework } from "@/lib/framework/types";
import { diffScores } from "@/lib/scoring/diff";
import { scoreAssessment } from "@/lib/scoring/maturity";
import { prioritiseNextSteps } from "@/lib/scoring/next-steps";
import { SCORING_VERSION } from "@/lib/scoring/policy";
import type { Roadmap } from "@/lib/scoring/roadmap";
import { storedScores } from "@/lib/scoring/stored";
import type { NextStepItem, ScoreChange, ScoreResult } from "@/lib/scoring/types";
import { allViews, type AllViews } from "@/lib/scoring/views";
import type { TAnswerContent } from "@/lib/validation/assessment";
import type { NextStepStatus } from "@/lib/validation/next-step";
import { ZReportClassification, type TReportClassification } from "@/lib/validation/report";
import { storedAnswers, targetsFromPillars } from "@/lib/assessment/document";
import { exportFileName } from "./assessment-transfer";
import { toScoredAnswer } from "./answer-rows";
import { findAssessment, parseTargets } from "./assessments";
import { audited, auditActor, recordStandaloneEvent } from "./audit";
import { authorize } from "./authorize";
import { prisma } from "./db";
import { AppError } from "./errors";
import { OPEN } from "./next-steps";
import { planAssessmentRoadmap } from "./roadmap";
import { reportEvidence, type ReportEvidence } from "./evidence";
import { policyOfOrganization } from "./scoring-policy";
import type { Actor } from "@/lib/actor";

export interface RoadmapItem extends NextStepItem {
  owner: string | null;
  /** Null when the step is not tracked yet (no snapshot has turned it into an item). */
  status: NextStepStatus | null;
  dueDate: string | null;
  overdue: boolean;
}

/** Everything a report shows; the same snapshot always gives the same data but for who and when. */
export interface ReportData {
  framework: Framework;
  organizationName: string;
  /** The organisation's marking, printed on every page. */
  classification: string;
  assessment: { name: string; scope: string };
  generatedBy: string;
  generatedAt: Date;
  /** Null for a report of the current answers. */
  snapshot: { label: string | null; takenAt: Date; scoringVersion: number } | null;
  scores: ScoreResult;
  answers: TAnswerContent[];
  /** Open next steps, highest priority first; finished and won't-do items are left out. */
  roadmap: RoadmapItem[];
  /** The report's answers planned with the assessment's roadmap capacity, start and pins. */
  plannedRoadmap: Roadmap;
  /** The snapshot before this one (or the latest, for the current answers) and the overall change since. */
  previous: { label: string | null; takenAt: Date; overall: ScoreChange } | null;
  trend: TrendPoint[];
  /** The same answers as CISA, DoD, Microsoft and NIST: one appendix each. */
  views: AllViews;
  /** The answers against the tool runs imported by the snapshot's time (or now). */
  evidence: ReportEvidence;
}

const today = () => new Date().toISOString().slice(0, 10);

const comparableOverall = (change: ScoreChange, sameVersion: boolean): ScoreChange => (sameVersion ? change : { ...change, delta: null });

/** The data of a report of a snapshot, or of the current answers when no snapshot is named. */
export async function getReportData(actor: Actor, assessmentId: string, snapshotId?: string): Promise<ReportData> {
  const membership = await authorize(actor, "report.export");
  const assessment = await findAssessment(membership, assessmentId);
  const history = await prisma.snapshot.findMany({ where: { assessmentId: assessment.id }, orderBy: { takenAt: "asc" } });
  const chosen = snapshotId ? history.find((snapshot) => snapshot.id === snapshotId) : undefined;
  if (snapshotId && !chosen) throw new AppError("not_found", "That snapshot was not found.");
  // A snapshot's report plans, ranks and views against the targets the snapshot froze, as its scores do.
  const targets = chosen ? (chosen.targets === null ? targetsFromPillars(storedScores(chosen.scores, chosen.scoringVersion).pillars) : parseTargets(chosen.targets)) : parseTargets(assessment.targets);
  const framework = getFramework(chosen?.frameworkVersion ?? assessment.frameworkVersion);
  if (!framework) throw new Error(`Unknown framework version for assessment ${assessment.id}`);
  const answers = chosen
    ? storedAnswers(chosen.answers)
    : (await prisma.answer.findMany({ where: { assessmentId: assessment.id } }))
        .map(toScoredAnswer)
        .sort((a, b) => framework.questions.findIndex((q) => q.id === a.questionId) - framework.questions.findIndex((q) => q.id === b.questionId));
  const policy = await policyOfOrganization(membership.organizationId);
  // A snapshot's report shows the result it stored, under the rules it was scored with.
  const scores = chosen ? storedScores(chosen.scores, chosen.scoringVersion) : scoreAssessment(framework, answers, targets, policy);
  const [tracked, organization] = await Promise.all([
    prisma.nextStep.findMany({ where: { assessmentId: assessment.id }, include: { owner: { select: { name: true } } } }),
    prisma.organization.findUniqueOrThrow({ where: { id: membership.organizationId }, select: { reportClassification: true } }),
  ]);
  const trackedBy = new Map(tracked.map((item) => [item.questionId, item]));
  const roadmap = prioritiseNextSteps(framework, answers, targets, policy).flatMap((step) => {
    const item = trackedBy.get(step.questionId);
    if (item && !OPEN.includes(item.status)) return [];
    const dueDate = item?.dueDate?.toISOString().slice(0, 10) ?? null;
    return [{ ...step, owner: item?.owner?.name ?? null, status: item?.status ?? null, dueDate, overdue: dueDate !== null && dueDate < today() }];
  });
  const evidence = await reportEvidence(membership, assessment.id, framework, new Map(answers.map((answer) => [answer.questionId, answer.value])), roadmap, chosen?.takenAt);
  const upTo = chosen ? history.filter((snapshot) => snapshot.takenAt <= chosen.takenAt) : history;
  const before = chosen ? upTo.at(-2) : upTo.at(-1);
  await recordStandaloneEvent({
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
    classification: organization.reportClassification,
    assessment: { name: assessment.name, scope: assessment.scope },
    generatedBy: actor.name,
    generatedAt: new Date(),
    snapshot: chosen ? { label: chosen.label, takenAt: chosen.takenAt, scoringVersion: chosen.scoringVersion } : null,
    scores,
    answers,
    roadmap,
    plannedRoadmap: planAssessmentRoadmap(assessment, framework, answers, targets, policy),
    // Means over different question sets, or under different scoring rules, are not compared: the change reads "Not comparable".
    previous: before
      ? { label: before.label, takenAt: before.takenAt, overall: comparableOverall(diffScores(storedScores(before.scores, before.scoringVersion), scores).overall, before.frameworkVersion === framework.id && before.scoringVersion === (chosen?.scoringVersion ?? SCORING_VERSION)) }
      : null,
    views: allViews(framework, answers, targets, policy),
    evidence,
    trend: trendPoints(
      upTo.map((snapshot) => ({
        label: snapshot.label,
        takenAt: snapshot.takenAt,
        scores: storedScores(snapshot.scores, snapshot.scoringVersion),
        frameworkVersion: snapshot.frameworkVersion,
        scoringVersion: snapshot.scoringVersion,
      })),
    ),
  };
}

/**
 * Content-Disposition of a report: the assessment and the snapshot's label (or its date; the
 * current answers get "current" and today), so two reports never share a name. A plain ASCII
 * `filename` for old clients and the exact name as UTF-8 in `filename*` (RFC 6266).
 */
export function reportDisposition(data: Pick<ReportData, "assessment" | "snapshot" | "generatedAt">): string {
  const day = (data.snapshot?.takenAt ?? data.generatedAt).toISOString().slice(0, 10);
  const suffix = data.snapshot ? (data.snapshot.label ?? day) : `current ${day}`;
  const stem = (text: string) => exportFileName(text, "pdf").slice(0, -".pdf".length);
  const ascii = `${stem(data.assessment.name)}_${stem(suffix)}.pdf`;
  const utf8 = encodeURIComponent(`${data.assessment.name} - ${suffix}.pdf`).replace(/['()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
  return `attachment; filename="${ascii}"; filename*=UTF-8''${utf8}`;
}

/** The marking the organisation's reports carry, for its settings page. */
export async function getReportClassification(actor: Actor): Promise<string> {
  const membership = await authorize(actor, "organization.manage");
  const organization = await prisma.organization.findUniqueOrThrow({ where: { id: membership.organizationId }, select: { reportClassification: true } });
  return organization.reportClassification;
}

/** Sets the marking printed on every page of the organisation's reports (owners and admins). */
export async function setReportClassification(actor: Actor, input: TReportClassification): Promise<void> {
  const membership = await authorize(actor, "organization.manage");
  const { classification } = ZReportClassification.parse(input);
  const before = await getReportClassification(actor);
  await audited(async (tx, record) => {
    await tx.organization.update({ where: { id: membership.organizationId }, data: { reportClassification: classification } });
    record({
      actor: auditActor(actor),
      organizationId: membership.organizationId,
      action: "organization.report_classification_changed",
      targetType: "organization",
      targetId: membership.organizationId,
      before: { reportClassification: before },
      after: { reportClassification: classification },
    });
  });
}

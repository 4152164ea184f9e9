import "server-only";
import { answersCsv } from "@/lib/assessment/answers-csv";
import { criteriaOf } from "@/lib/assessment/criteria";
import {
  DOCUMENT_SCHEMA,
  DOCUMENT_SCHEMA_VERSION,
  documentAnswer,
  parseAssessmentDocument,
  storedAnswers,
  targetsFromPillars,
  type AssessmentDocument,
} from "@/lib/assessment/document";
import { defaultReviewDate, isoDay, latestReviewDate } from "@/lib/assessment/na-review";
import { getFramework } from "@/lib/framework/index";
import { scoreAssessment } from "@/lib/scoring/maturity";
import { prioritiseNextSteps } from "@/lib/scoring/next-steps";
import { SCORING_VERSION } from "@/lib/scoring/policy";
import { storedScores } from "@/lib/scoring/stored";
import { ASSESSMENT_NAME_MAX } from "@/lib/validation/assessment";
import type { Prisma } from "@/generated/prisma/client";
import { frameworkOf, loadAssessmentDetail, parseTargets } from "./assessments";
import { audited, auditActor, recordStandaloneEvent } from "./audit";
import { authorize } from "./authorize";
import { prisma } from "./db";
import { AppError } from "./errors";
import { syncNextSteps } from "./next-steps";
import { openGaps } from "./roadmap";
import { policyOfOrganization } from "./scoring-policy";
import type { Actor } from "@/lib/actor";

/** A file name made only of safe characters, from the assessment's name. */
export function exportFileName(name: string, extension: string): string {
  const base = name.normalize("NFKD").replace(/\p{M}/gu, "").replace(/[^\w-]+/g, "-").replace(/^-+|(?<!-)-+$/g, "").slice(0, 60) || "assessment";
  return `${base}.${extension}`;
}

async function recordExport(actor: Actor, organizationId: string, assessmentId: string, format: string) {
  await recordStandaloneEvent({ actor: auditActor(actor), organizationId, action: "assessment.exported", targetType: "assessment", targetId: assessmentId, after: { format } });
}

/** The whole assessment, its snapshots included, as a schema-versioned document. */
export async function exportAssessmentDocument(actor: Actor, assessmentId: string): Promise<{ fileName: string; document: AssessmentDocument }> {
  const membership = await authorize(actor, "report.export");
  const { organizationId } = membership;
  const assessment = await loadAssessmentDetail(membership, assessmentId);
  const framework = frameworkOf(assessment);
  const order = new Map(framework.questions.map((question, index) => [question.id, index]));
  const snapshots = await prisma.snapshot.findMany({ where: { assessmentId: assessment.id }, orderBy: { takenAt: "asc" } });
  const document: AssessmentDocument = {
    schema: DOCUMENT_SCHEMA,
    schemaVersion: DOCUMENT_SCHEMA_VERSION,
    exportedAt: new Date().toISOString(),
    assessment: { name: assessment.name, scope: assessment.scope, frameworkVersion: assessment.frameworkVersion, status: assessment.status, targets: assessment.targets },
    answers: assessment.answers.map(documentAnswer).sort((a, b) => (order.get(a.questionId) ?? 0) - (order.get(b.questionId) ?? 0)),
    snapshots: snapshots.map((snapshot) => ({
      label: snapshot.label,
      takenAt: snapshot.takenAt.toISOString(),
      frameworkVersion: snapshot.frameworkVersion,
      targets: snapshot.targets === null ? targetsFromPillars(storedScores(snapshot.scores, snapshot.scoringVersion).pillars) : parseTargets(snapshot.targets),
      answers: storedAnswers(snapshot.answers),
    })),
  };
  await recordExport(actor, organizationId, assessment.id, "json");
  return { fileName: exportFileName(assessment.name, "json"), document };
}

export async function exportAnswersCsv(actor: Actor, assessmentId: string): Promise<{ fileName: string; csv: string }> {
  const membership = await authorize(actor, "report.export");
  const { organizationId } = membership;
  const assessment = await loadAssessmentDetail(membership, assessmentId);
  const csv = answersCsv(frameworkOf(assessment), assessment.answers);
  await recordExport(actor, organizationId, assessment.id, "csv");
  return { fileName: exportFileName(assessment.name, "csv"), csv };
}

const json = (value: unknown) => value as Prisma.InputJsonValue;

const IMPORTED = " (imported)";

/** A file's review date, kept within the range an assessor could set today; the default when it has none. */
const importedReviewDate = (date: string | null, today: string) => {
  const latest = latestReviewDate(today);
  return date === null ? defaultReviewDate(today) : date > latest ? latest : date;
};

/**
 * "<name> (imported)", the name shortened so that the whole stays within the name limit. It is
 * cut by code points: half of a surrogate pair is refused by jsonb (the audit event) and by
 * encodeURIComponent (the report's file name).
 */
export function importedName(name: string): string {
  const room = ASSESSMENT_NAME_MAX - IMPORTED.length;
  let kept = name.slice(0, room);
  if (/[\uD800-\uDBFF]$/.test(kept)) kept = kept.slice(0, -1);
  return `${kept.trimEnd()}${IMPORTED}`;
}

/**
 * Creates a new assessment from a document. Every problem is reported by field and nothing is
 * created unless the whole document is valid. Snapshot scores are recomputed, never read. The copy
 * is named "… (imported)" so that it is told apart from its original, and tracks the next steps
 * of its latest snapshot as if that snapshot had just been recorded here.
 */
export async function importAssessment(actor: Actor, input: unknown): Promise<{ id: string }> {
  const { organizationId } = await authorize(actor, "assessment.write");
  const policy = await policyOfOrganization(organizationId);
  const parsed = parseAssessmentDocument(input);
  if (!parsed.ok) {
    const fields = Object.fromEntries(parsed.problems.map((problem) => [problem.path, problem.message]));
    const count = parsed.problems.length;
    throw new AppError("invalid_input", `The file has ${count} problem${count === 1 ? "" : "s"}; nothing was imported.`, fields);
  }
  const { assessment, answers, snapshots } = parsed.document;
  // Parsing checked the version and every question id.
  const questions = new Map(getFramework(assessment.frameworkVersion)!.questions.map((question) => [question.id, question]));
  const name = importedName(assessment.name);
  const today = isoDay(new Date());
  const latest = snapshots.toSorted((a, b) => Date.parse(a.takenAt) - Date.parse(b.takenAt)).at(-1);
  const id = await audited(async (tx, record) => {
    const row = await tx.assessment.create({
      data: {
        organizationId,
        name,
        scope: assessment.scope,
        frameworkVersion: assessment.frameworkVersion,
        status: assessment.status,
        targets: assessment.targets,
        ownerId: actor.userId,
      },
    });
    await tx.answer.createMany({
      data: answers.map((answer) => ({
        assessmentId: row.id,
        questionId: answer.questionId,
        level: answer.value,
        naReason: answer.value === "not_applicable" ? (answer.naReason ?? null) : null,
        note: answer.note,
        evidence: answer.evidence,
        criteriaMet: criteriaOf(questions.get(answer.questionId)!, answer),
        // An imported N/A keeps its review date within the allowed range and waits for approval again.
        naReviewDate: answer.value === "not_applicable" ? new Date(importedReviewDate(answer.naReviewDate ?? null, today)) : null,
        updatedById: actor.userId,
      })),
    });
    await tx.snapshot.createMany({
      data: snapshots.map((snapshot) => ({
        assessmentId: row.id,
        label: snapshot.label,
        takenAt: new Date(snapshot.takenAt),
        takenById: actor.userId,
        frameworkVersion: snapshot.frameworkVersion,
        // An imported N/A is not approved here, whatever the file says.
        answers: json(snapshot.answers.map((answer) => documentAnswer({ ...answer, naReason: answer.naReason ?? null, naApprovedAt: null }))),
        scores: json(scoreAssessment(getFramework(snapshot.frameworkVersion)!, snapshot.answers, snapshot.targets, policy)),
        scoringVersion: SCORING_VERSION,
        targets: json(snapshot.targets),
      })),
    });
    if (latest) {
      const framework = getFramework(latest.frameworkVersion)!;
      const steps = prioritiseNextSteps(framework, latest.answers, latest.targets, policy);
      await syncNextSteps(tx, row.id, steps, { label: latest.label, takenAt: new Date(latest.takenAt) }, openGaps(row, framework, latest.answers, latest.targets, policy));
    }
    record({
      actor: auditActor(actor),
      organizationId,
      action: "assessment.imported",
      targetType: "assessment",
      targetId: row.id,
      after: { name, answers: answers.length, snapshots: snapshots.length },
    });
    return row.id;
  });
  return { id };
}

import "server-only";
import { createHash } from "node:crypto";
import type { Framework } from "@/lib/framework/types";
import { mapZtaTest, ZTA_MAPPING_VERSION } from "@/lib/evidence/zero-trust-assessment/mapping";
import { candidateSteps, reconcile, type CandidateStep, type EvidenceRun, type Reconciliation } from "@/lib/evidence/zero-trust-assessment/reconcile";
import { parseZtaReport } from "@/lib/evidence/zero-trust-assessment/report";
import { changesSince, countTests, splitTests, ZZtaCounts, ZZtaTestDetails, ZZtaTestResults, type EvidenceImportSummary, type ZtaCounts } from "@/lib/evidence/zero-trust-assessment/results";
import { prioritiseNextSteps } from "@/lib/scoring/next-steps";
import type { AnswerChoice, NextStepItem } from "@/lib/scoring/types";
import { SCORING_SELECT, toScoringInput } from "./answer-rows";
import { audited, auditActor } from "./audit";
import { assertEditable, findAssessment, frameworkOf, parseTargets } from "./assessments";
import { authorize } from "./authorize";
import { prisma } from "./db";
import { AppError } from "./errors";
import { policyOfOrganization } from "./scoring-policy";
import type { ActiveMembership, Actor } from "@/lib/actor";

export const ZTA_SOURCE = "zero-trust-assessment";


const summarySelect = {
  id: true,
  tenantId: true,
  tenantName: true,
  domain: true,
  executedAt: true,
  toolVersion: true,
  fileName: true,
  fileSize: true,
  sha256: true,
  importedAt: true,
  counts: true,
  importedBy: { select: { name: true, email: true } },
} as const;

/**
 * Stores one run of Microsoft's Zero Trust Assessment on an assessment: a malformed file is
 * refused with its problems by path and nothing is stored. The import and its audit event are
 * written together.
 */
export async function importZeroTrustAssessment(actor: Actor, assessmentId: string, file: { name: string; bytes: Uint8Array }) {
  const membership = await authorize(actor, "assessment.write");
  const assessment = await findAssessment(membership, assessmentId);
  assertEditable(assessment);
  const parsed = parseZtaReport(file.bytes);
  if (!parsed.ok) {
    const fields = Object.fromEntries(parsed.problems.map((problem) => [problem.path, problem.message]));
    const count = parsed.problems.length;
    throw new AppError("invalid_input", count === 1 ? parsed.problems[0]!.message : `The report has ${count} problems.`, fields);
  }
  const { report } = parsed;
  const { results, details } = splitTests(report.tests);
  const counts = countTests(results);
  const sha256 = createHash("sha256").update(file.bytes).digest("hex");
  const row = await audited(async (tx, record) => {
    const created = await tx.evidenceImport.create({
      data: {
        assessmentId: assessment.id,
        source: ZTA_SOURCE,
        tenantId: report.tenantId,
        tenantName: report.tenantName,
        domain: report.domain,
        executedAt: report.executedAt,
        toolVersion: report.toolVersion,
        fileName: file.name,
        fileSize: file.bytes.byteLength,
        sha256,
        importedById: actor.userId,
        counts,
        tests: results,
        details,
      },
      select: { id: true },
    });
    record({
      actor: auditActor(actor),
      organizationId: membership.organizationId,
      action: "evidence.import",
      targetType: "assessment",
      targetId: assessment.id,
      after: { importId: created.id, source: ZTA_SOURCE, tenantId: report.tenantId, executedAt: report.executedAt.toISOString(), toolVersion: report.toolVersion, fileName: file.name, fileSize: file.bytes.byteLength, sha256, tests: counts.total },
    });
    return created;
  });
  return { id: row.id, counts };
}

/** Every import of an assessment, newest run first, each with what changed since its tenant's run before. */
async function importsOf(assessmentId: string): Promise<EvidenceImportSummary[]> {
  const rows = await prisma.evidenceImport.findMany({
    where: { assessmentId },
    orderBy: [{ executedAt: "desc" }, { importedAt: "desc" }],
    select: { ...summarySelect, tests: true },
  });
  const seenTenants = new Set<string>();
  return rows.map((row, index) => {
    const previous = rows.slice(index + 1).find((other) => other.tenantId === row.tenantId);
    const latest = !seenTenants.has(row.tenantId);
    seenTenants.add(row.tenantId);
    return {
      id: row.id,
      tenantId: row.tenantId,
      tenantName: row.tenantName,
      domain: row.domain,
      executedAt: row.executedAt,
      toolVersion: row.toolVersion,
      fileName: row.fileName,
      fileSize: row.fileSize,
      sha256: row.sha256,
      importedAt: row.importedAt,
      importedBy: row.importedBy?.name || row.importedBy?.email || null,
      counts: ZZtaCounts.parse(row.counts),
      changes: previous ? changesSince(ZZtaTestResults.parse(previous.tests), ZZtaTestResults.parse(row.tests)) : null,
      latest,
    };
  });
}

/** The latest run of each tenant: what the answers are checked against; with `asOf`, among the runs imported by then. */
type StoredRun = EvidenceRun & { executedAt: Date; toolVersion: string; counts: ZtaCounts };

async function latestRuns(assessmentId: string, asOf?: Date): Promise<StoredRun[]> {
  const heads = await prisma.evidenceImport.findMany({
    where: { assessmentId, ...(asOf ? { importedAt: { lte: asOf } } : {}) },
    orderBy: [{ tenantId: "asc" }, { executedAt: "desc" }, { importedAt: "desc" }],
    select: { id: true, tenantId: true },
  });
  const latestIds = heads.filter((head, index) => index === 0 || heads[index - 1]!.tenantId !== head.tenantId).map((head) => head.id);
  if (latestIds.length === 0) return [];
  const rows = await prisma.evidenceImport.findMany({
    where: { id: { in: latestIds } },
    orderBy: { tenantId: "asc" },
    select: { id: true, tenantId: true, tenantName: true, executedAt: true, toolVersion: true, counts: true, tests: true },
  });
  return rows.map((row) => ({
    importId: row.id,
    tenant: row.tenantName ?? row.tenantId,
    executedAt: row.executedAt,
    toolVersion: row.toolVersion,
    counts: ZZtaCounts.parse(row.counts),
    tests: ZZtaTestResults.parse(row.tests),
  }));
}

type AnswerValues = ReadonlyMap<string, AnswerChoice>;
const reconcileRuns = (framework: Framework, answers: AnswerValues, runs: readonly EvidenceRun[]) => reconcile(framework, answers, runs, (test) => mapZtaTest(framework.id, test));

/** The current answers checked against the latest tool runs. */
export async function getReconciliation(actor: Actor, assessmentId: string): Promise<Reconciliation> {
  const membership = await authorize(actor, "assessment.read");
  const assessment = await findAssessment(membership, assessmentId);
  const [rows, runs] = await Promise.all([prisma.answer.findMany({ where: { assessmentId: assessment.id }, select: { questionId: true, level: true } }), latestRuns(assessment.id)]);
  return reconcileRuns(frameworkOf(assessment), new Map(rows.map((row) => [row.questionId, row.level])), runs);
}

export interface ReportEvidence {
  runs: { tenant: string; executedAt: Date; toolVersion: string; counts: ZtaCounts }[];
  reconciliation: Reconciliation;
  candidates: CandidateStep[];
}

/**
 * The report's evidence, for a caller the report has already authorised (hence the membership):
 * the report's answers against the runs imported by `asOf` (a snapshot's time), so the same
 * snapshot always reads the same evidence.
 */
export async function reportEvidence(membership: ActiveMembership, assessmentId: string, framework: Framework, answers: AnswerValues, nextSteps: readonly NextStepItem[], asOf?: Date): Promise<ReportEvidence> {
  const assessment = await findAssessment(membership, assessmentId);
  const runs = await latestRuns(assessment.id, asOf);
  const reconciliation = reconcileRuns(framework, answers, runs);
  return {
    runs: runs.map(({ tenant, executedAt, toolVersion, counts }) => ({ tenant, executedAt, toolVersion, counts })),
    reconciliation,
    candidates: candidateSteps(reconciliation, nextSteps),
  };
}

/** The assessment's imports, newest run first, each with what changed since its tenant's run before. */
export async function listEvidenceImports(actor: Actor, assessmentId: string): Promise<EvidenceImportSummary[]> {
  const membership = await authorize(actor, "assessment.read");
  const assessment = await findAssessment(membership, assessmentId);
  return importsOf(assessment.id);
}

export interface AssessmentEvidence {
  imports: EvidenceImportSummary[];
  reconciliation: Reconciliation;
  candidates: CandidateStep[];
  mappingVersion: number;
}

/** What the evidence page shows: the imports, the answers checked against them, and the candidate next steps. */
export async function getAssessmentEvidence(actor: Actor, assessmentId: string): Promise<AssessmentEvidence> {
  const membership = await authorize(actor, "assessment.read");
  const assessment = await findAssessment(membership, assessmentId);
  const framework = frameworkOf(assessment);
  const rows = await prisma.answer.findMany({ where: { assessmentId: assessment.id }, select: SCORING_SELECT });
  const answers = rows.map(toScoringInput);
  const [imports, runs, policy] = await Promise.all([
    importsOf(assessment.id),
    latestRuns(assessment.id),
    policyOfOrganization(membership.organizationId),
  ]);
  const reconciliation = reconcileRuns(framework, new Map(answers.map((answer) => [answer.questionId, answer.value])), runs);
  const nextSteps = prioritiseNextSteps(framework, answers, parseTargets(assessment.targets), policy);
  return { imports, reconciliation, candidates: candidateSteps(reconciliation, nextSteps), mappingVersion: ZTA_MAPPING_VERSION };
}

/** One test of one import, with its Markdown (shown only through the safe Markdown component). */
export async function getEvidenceTest(actor: Actor, assessmentId: string, importId: string, testId: string) {
  const membership = await authorize(actor, "assessment.read");
  const assessment = await findAssessment(membership, assessmentId);
  const row = await prisma.evidenceImport.findFirst({
    where: { id: importId, assessmentId: assessment.id },
    select: { tenantId: true, tenantName: true, executedAt: true, tests: true, details: true },
  });
  const test = row ? ZZtaTestResults.parse(row.tests).find((candidate) => candidate.id === testId) : undefined;
  if (!row || !test) throw new AppError("not_found", "That test was not found in this import.");
  const details = ZZtaTestDetails.parse(row.details);
  const markdown = Object.hasOwn(details, testId) ? details[testId]! : { description: null, result: null };
  const target = mapZtaTest(frameworkOf(assessment).id, test);
  return { tenant: row.tenantName ?? row.tenantId, executedAt: row.executedAt, test, ...markdown, questionIds: target?.questionIds ?? [], stage: target?.stage ?? null };
}

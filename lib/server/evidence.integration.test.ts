/** Imports of Microsoft's Zero Trust Assessment: stored whole or not at all, immutable, compared run to run, and read back in the report. */
import "@/scripts/test/use-test-database";
import { createHash } from "node:crypto";
import { describe, expect, it } from "vitest";
import { bytesOf, KNOWN_TESTS, ztaReportHtml, ztaReportJson, type FixtureReport } from "@/lib/evidence/zero-trust-assessment/sample-report";
import { addMember, appError, assessmentWithAnswers, newOrganization } from "@/scripts/test/org-fixtures";

const { prisma } = await import("./db");
const assessments = await import("./assessments");
const snapshots = await import("./snapshots");
const evidence = await import("./evidence");
const report = await import("./report");

const { privilegedPhishingResistant: adminMfa, fewGlobalAdmins, onDemandScans } = KNOWN_TESTS;

const file = (report: FixtureReport, name = "ZeroTrustAssessmentReport.json") => ({ name, bytes: bytesOf(ztaReportJson(report), true) });

const firstRun: FixtureReport = {
  executedAt: "2026-11-01T08:00:00+00:00",
  tests: [
    { id: adminMfa.id, status: "Failed", risk: "High" },
    { id: fewGlobalAdmins.id, status: "Passed" },
    { id: onDemandScans.id, status: "Passed" },
    { id: "99999", status: "Failed", pillar: "Nowhere", category: "Nothing" },
  ],
};
const secondRun: FixtureReport = {
  executedAt: "2026-12-01T08:00:00+00:00",
  tests: [
    { id: adminMfa.id, status: "Passed", risk: "High" },
    { id: fewGlobalAdmins.id, status: "Failed" },
    { id: onDemandScans.id, status: "Passed" },
  ],
};

describe("Zero Trust Assessment import", () => {
  it("stores the run with counts from the tests, its hash and who imported it, audited in the same write", async () => {
    const { owner } = await newOrganization();
    const id = await assessmentWithAnswers(owner, { "IDN-01": "optimal", "IDN-04": "traditional" }, { targets: {} });
    const upload = file(firstRun);
    const imported = await evidence.importZeroTrustAssessment(owner, id, upload);
    expect(imported.counts).toMatchObject({ total: 4, byStatus: { Passed: 2, Failed: 2 } });

    const row = await prisma.evidenceImport.findUniqueOrThrow({ where: { id: imported.id } });
    expect(row).toMatchObject({ assessmentId: id, source: "zero-trust-assessment", tenantName: "Contoso", toolVersion: "2.6.0", fileSize: upload.bytes.byteLength, importedById: owner.userId });
    expect(row.sha256).toBe(createHash("sha256").update(upload.bytes).digest("hex"));
    expect(row.executedAt.toISOString()).toBe("2026-11-01T08:00:00.000Z");
    const [event] = await prisma.auditEvent.findMany({ where: { targetId: id, action: "evidence.import" } });
    expect(event?.after).toMatchObject({ importId: imported.id, sha256: row.sha256, tests: 4 });
  });

  it("refuses a malformed file with its problems by path and stores nothing", async () => {
    const { owner } = await newOrganization();
    const id = await assessmentWithAnswers(owner, {}, { targets: {} });
    const broken = ztaReportJson(firstRun).replace('"TestStatus": "Failed"', '"TestStatus": "Broken"');
    const error = await appError(evidence.importZeroTrustAssessment(owner, id, { name: "broken.json", bytes: bytesOf(broken) }));
    expect(error.code).toBe("invalid_input");
    expect(error.fields).toEqual({ "Tests[0].TestStatus": expect.stringContaining("Passed") });
    expect(await prisma.evidenceImport.count({ where: { assessmentId: id } })).toBe(0);
    expect(await prisma.auditEvent.count({ where: { targetId: id, action: "evidence.import" } })).toBe(0);
  });

  it("checks the answers against the tenant's latest run, shows what changed since the run before, and lists unmapped tests", async () => {
    const { owner } = await newOrganization();
    const id = await assessmentWithAnswers(owner, { "IDN-01": "optimal", "IDN-04": "traditional", "DAT-01": "initial" }, { targets: {} });
    await evidence.importZeroTrustAssessment(owner, id, file(firstRun));
    let seen = await evidence.getAssessmentEvidence(owner, id);
    const verdicts = () => Object.fromEntries(seen.reconciliation.questions.map((question) => [question.questionId, question.contradiction ?? question.confidence]));
    expect(verdicts()).toEqual({ "IDN-01": "rated_high_while_failing", "IDN-04": "rated_traditional_while_passing", "DAT-01": "supported" });
    expect(seen.reconciliation.unmapped.map((test) => test.id)).toEqual(["99999"]);
    expect(seen.candidates.map((candidate) => candidate.test.id)).toEqual([adminMfa.id]);

    // The HTML report of a later run, imported second.
    await evidence.importZeroTrustAssessment(owner, id, { name: "ZeroTrustAssessmentReport.html", bytes: bytesOf(ztaReportHtml(secondRun)) });
    seen = await evidence.getAssessmentEvidence(owner, id);
    expect(verdicts()).toEqual({ "IDN-01": "supported", "IDN-04": "supported", "DAT-01": "supported" });
    const [latest, earlier] = seen.imports;
    expect(latest).toMatchObject({ fileName: "ZeroTrustAssessmentReport.html", latest: true });
    expect(latest!.changes!.newlyFailing.map((test) => test.id)).toEqual([fewGlobalAdmins.id]);
    expect(latest!.changes!.newlyPassing.map((test) => test.id)).toEqual([adminMfa.id]);
    expect(latest!.changes!.removed.map((test) => test.id)).toEqual(["99999"]);
    expect(earlier).toMatchObject({ latest: false, changes: null });

    // An older run imported afterwards does not replace the latest one.
    await evidence.importZeroTrustAssessment(owner, id, file({ ...firstRun, executedAt: "2026-10-01T08:00:00+00:00" }));
    expect(Object.fromEntries((await evidence.getReconciliation(owner, id)).questions.map((question) => [question.questionId, question.confidence]))).toMatchObject({ "IDN-01": "supported" });

    const test = await evidence.getEvidenceTest(owner, id, latest!.id, fewGlobalAdmins.id);
    expect(test).toMatchObject({ questionIds: ["IDN-04"], stage: "advanced", test: { status: "Failed" } });
    expect(test.result).toContain("Found issues.");
  });

  it("is immutable: the database refuses to change an import", async () => {
    const { owner } = await newOrganization();
    const id = await assessmentWithAnswers(owner, {}, { targets: {} });
    const { id: importId } = await evidence.importZeroTrustAssessment(owner, id, file(firstRun));
    await expect(prisma.evidenceImport.update({ where: { id: importId }, data: { tenantName: "Someone else" } })).rejects.toThrow(/immutable/);
    await expect(prisma.$executeRaw`UPDATE evidence_imports SET tests = '[]' WHERE id = ${importId}`).rejects.toThrow(/immutable/);
  });

  it("keeps to its organisation and refuses an archived assessment", async () => {
    const { owner } = await newOrganization();
    const { owner: stranger } = await newOrganization("Sam Stranger");
    const id = await assessmentWithAnswers(owner, {}, { targets: {} });
    const { id: importId } = await evidence.importZeroTrustAssessment(owner, id, file(firstRun));
    expect((await appError(evidence.getAssessmentEvidence(stranger, id))).code).toBe("not_found");
    expect((await appError(evidence.getEvidenceTest(stranger, id, importId, adminMfa.id))).code).toBe("not_found");
    expect((await appError(evidence.importZeroTrustAssessment(stranger, id, file(firstRun)))).code).toBe("not_found");
    await assessments.updateAssessment(owner, id, { status: "archived" });
    expect((await appError(evidence.importZeroTrustAssessment(owner, id, file(firstRun)))).code).toBe("conflict");
  });

  it("a snapshot's report reads the runs imported by its time, the current report the latest", async () => {
    const { owner, organizationId } = await newOrganization();
    const viewer = await addMember(organizationId, "viewer", "Val Viewer");
    const id = await assessmentWithAnswers(owner, { "IDN-01": "optimal" }, { targets: {} });
    await evidence.importZeroTrustAssessment(owner, id, file(firstRun));
    const snapshot = await snapshots.recordSnapshot(owner, id, { label: "Before the fix" });
    await evidence.importZeroTrustAssessment(owner, id, file(secondRun));

    const then = await report.getReportData(viewer, id, snapshot.id);
    expect(then.evidence.reconciliation.contradicted).toBe(1);
    expect(then.evidence.runs.map((run) => run.executedAt.toISOString())).toEqual(["2026-11-01T08:00:00.000Z"]);
    const now = await report.getReportData(viewer, id);
    expect(now.evidence.reconciliation.contradicted).toBe(0);
    expect(now.evidence.runs.map((run) => run.executedAt.toISOString())).toEqual(["2026-12-01T08:00:00.000Z"]);
  });
});

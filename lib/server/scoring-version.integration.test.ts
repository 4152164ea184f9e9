/**
 * Versioned scoring against the real database: snapshots record the scoring version, targets
 * and the organisation's policy they were scored with; a v1 snapshot is read as stored and
 * marked; re-scoring is explicit, uses the current rules and policy, and is audited.
 */
import "@/scripts/test/use-test-database";
import { describe, expect, it } from "vitest";
import { Prisma } from "@/generated/prisma/client";
import { getFramework } from "@/lib/framework/index";
import { SCORING_VERSION } from "@/lib/scoring/policy";
import { ZCreateAssessment, ZSaveAnswer } from "@/lib/validation/assessment";
import { addMember, appError, newOrganization } from "@/scripts/test/org-fixtures";

const { prisma } = await import("./db");
const assessments = await import("./assessments");
const answers = await import("./answers");
const snapshots = await import("./snapshots");
const scoringPolicy = await import("./scoring-policy");
const naReview = await import("./na-review");
const dashboard = await import("./dashboard");
const report = await import("./report");
const portfolio = await import("./portfolio");
const transfer = await import("./assessment-transfer");

const V2 = getFramework("zt-2026.2")!;
const identity = V2.questions.filter((question) => question.pillar === "identity" && question.detail?.naAllowed !== false);
const POLICY = { naThresholdPercent: 25, coverageThresholdPercent: 80, defaultTarget: "advanced" as const, naRequiresApproval: false };

async function setup() {
  const { organizationId, owner } = await newOrganization();
  const { id } = await assessments.createAssessment(owner, ZCreateAssessment.parse({ name: "Versions", frameworkVersion: V2.id, targets: { identity: "optimal" } }));
  const saves = identity.slice(0, 4).map((question, index) =>
    ZSaveAnswer.parse(index === 0 ? { questionId: question.id, value: "not_applicable", naReason: "No workforce", expectedVersion: 0 } : { questionId: question.id, value: "advanced", expectedVersion: 0 }),
  );
  const saved = await answers.saveAnswers(owner, id, saves);
  expect(saved.ok).toBe(true);
  return { organizationId, owner, id };
}

/** Makes a stored snapshot look as scoring v1 left it: no v2 fields, no stored targets. */
async function makeV1(snapshotId: string) {
  const row = await prisma.snapshot.findUniqueOrThrow({ where: { id: snapshotId } });
  const scores = row.scores as Record<string, unknown> & { pillars: Record<string, unknown>[]; overall: Record<string, unknown> };
  const strip = (object: Record<string, unknown>, keys: string[]) => Object.fromEntries(Object.entries(object).filter(([key]) => !keys.includes(key)));
  const v1 = {
    ...strip(scores, ["scoringVersion", "policy"]),
    // v1 stored no target for a pillar the assessment set none for.
    pillars: scores.pillars.map((pillar) => ({
      ...strip(pillar, ["unrated", "meanStage", "naShare", "naFlagged", "targetSource", "progress"]),
      ...(pillar.targetSource === "default" ? { target: null, gap: null, gapUnavailable: "no_target" } : {}),
    })),
    overall: strip(scores.overall, ["unrated", "unratedPillars", "meanStage", "naShare", "progress", "gap"]),
  };
  // The database refuses to change a snapshot, so the v1 row is written anew in its place.
  await prisma.snapshot.delete({ where: { id: snapshotId } });
  await prisma.snapshot.create({ data: { ...row, scores: v1 as Prisma.InputJsonValue, scoringVersion: 1, answers: row.answers ?? [], targets: Prisma.DbNull } });
}

describe("versioned scoring", () => {
  it("a new snapshot records the current version, its targets and the policy it was scored with", async () => {
    const { owner, id } = await setup();
    await scoringPolicy.setScoringPolicy(owner, { ...POLICY, naRequiresApproval: true });
    const summary = await snapshots.recordSnapshot(owner, id, { label: "Q4" });
    expect(summary.scoringVersion).toBe(SCORING_VERSION);
    const row = await prisma.snapshot.findUniqueOrThrow({ where: { id: summary.id } });
    expect(row).toMatchObject({ scoringVersion: SCORING_VERSION, targets: { identity: "optimal" } });
    const detail = await snapshots.getSnapshot(owner, id, summary.id);
    // The unapproved N/A counts as unanswered under a policy that requires approval.
    expect(detail.scores.policy.naRequiresApproval).toBe(true);
    expect(detail.scores.issues).toContainEqual({ questionId: identity[0]!.id, code: "na_pending_approval" });
    expect(detail.answers[0]).toMatchObject({ value: "not_applicable", naApproved: false, naReviewDate: expect.any(String) });
  });

  it("an approved N/A leaves scoring in the live score and in a snapshot", async () => {
    const { organizationId, owner, id } = await setup();
    await scoringPolicy.setScoringPolicy(owner, { ...POLICY, naRequiresApproval: true });
    const before = await assessments.getAssessmentScores(owner, id);
    expect(before.scores.issues).toContainEqual({ questionId: identity[0]!.id, code: "na_pending_approval" });
    const admin = await addMember(organizationId, "admin", "Adi Admin");
    await naReview.approveNaAnswer(admin, { assessmentId: id, questionId: identity[0]!.id, version: 1 });
    const after = await assessments.getAssessmentScores(owner, id);
    expect(after.scores.issues).not.toContainEqual(expect.objectContaining({ code: "na_pending_approval" }));
    expect(after.scores.pillars.find((pillar) => pillar.pillar === "identity")!.distribution.not_applicable).toBe(1);
  });

  it("an older snapshot is read as stored and marked, and re-scored only when asked, audited", async () => {
    const { organizationId, owner, id } = await setup();
    const { id: snapshotId } = await snapshots.recordSnapshot(owner, id, { label: "Old rules" });
    await makeV1(snapshotId);
    const [listed] = await snapshots.listSnapshots(owner, id);
    expect(listed).toMatchObject({ id: snapshotId, scoringVersion: 1 });
    const old = await snapshots.getSnapshot(owner, id, snapshotId);
    expect(old.scores).toMatchObject({ scoringVersion: 1, overall: { progress: null } });
    expect((await dashboard.getAssessmentDashboard(owner, id)).snapshots[0]).toMatchObject({ scoringVersion: 1 });

    // The organisation now asks for full coverage: re-scoring applies it.
    await scoringPolicy.setScoringPolicy(owner, { ...POLICY, coverageThresholdPercent: 100 });
    const rescored = await snapshots.rescoreSnapshot(owner, id, snapshotId);
    expect(rescored).toMatchObject({ scoringVersion: SCORING_VERSION, overallStage: null, overallUnrated: "not_enough_answers" });
    const fresh = await snapshots.getSnapshot(owner, id, snapshotId);
    expect(fresh.scores).toMatchObject({ scoringVersion: SCORING_VERSION, overall: { stage: null, unrated: "not_enough_answers" } });
    // v1 kept only pillar targets, read back from its scores.
    const pillarTargets = Object.fromEntries(Object.entries((await assessments.getAssessment(owner, id)).targets).filter(([key]) => key !== "groups"));
    expect((await prisma.snapshot.findUniqueOrThrow({ where: { id: snapshotId } })).targets).toEqual(pillarTargets);
    const event = await prisma.auditEvent.findFirst({ where: { organizationId, action: "snapshot.rescored" } });
    expect(event).toMatchObject({ before: { snapshotId, scoringVersion: 1, overallScore: old.scores.overall.score }, after: { scoringVersion: SCORING_VERSION, overallStage: null } });
    // The replaced result is kept whole in the audit trail.
    expect((event!.before as { scores: { overall: unknown } }).scores.overall).not.toHaveProperty("progress");

    // Once on the current rules, a snapshot is not re-scored again, and the database refuses any other change.
    expect((await appError(snapshots.rescoreSnapshot(owner, id, snapshotId))).code).toBe("conflict");
    await expect(prisma.$executeRaw`UPDATE snapshots SET scores = '{}'::jsonb WHERE id = ${snapshotId}`).rejects.toThrow(/immutable/);
    await expect(prisma.$executeRaw`UPDATE snapshots SET "scoringVersion" = 1 WHERE id = ${snapshotId}`).rejects.toThrow(/immutable/);
    await expect(prisma.$executeRaw`UPDATE snapshots SET "scoringVersion" = 99, answers = '[]'::jsonb WHERE id = ${snapshotId}`).rejects.toThrow(/immutable/);
  });

  it("a v1 snapshot whose answers predate ticks and review dates reads everywhere a snapshot is read", async () => {
    const { owner, id } = await setup();
    const { id: snapshotId } = await snapshots.recordSnapshot(owner, id, { label: "Old" });
    const stored = await prisma.snapshot.findUniqueOrThrow({ where: { id: snapshotId } });
    const oldAnswers = (stored.answers as Record<string, unknown>[]).map((answer) =>
      Object.fromEntries(Object.entries(answer).filter(([key]) => !["criteriaMet", "naReviewDate", "naApproved"].includes(key))),
    );
    await prisma.snapshot.delete({ where: { id: snapshotId } });
    await prisma.snapshot.create({ data: { ...stored, answers: oldAnswers as Prisma.InputJsonValue, scores: stored.scores as Prisma.InputJsonValue, targets: stored.targets as Prisma.InputJsonValue } });
    await makeV1(snapshotId);

    const detail = await snapshots.getSnapshot(owner, id, snapshotId);
    expect(detail.scoringVersion).toBe(1);
    expect(detail.answers.map((answer) => answer.criteriaMet)).toEqual(oldAnswers.map(() => []));
    expect((await report.getReportData(owner, id, snapshotId)).scores.scoringVersion).toBe(1);
    expect((await transfer.exportAssessmentDocument(owner, id)).document.snapshots[0]!.answers).toHaveLength(oldAnswers.length);
    const [row] = (await portfolio.getPortfolio(owner)).rows.filter((candidate) => candidate.id === id);
    expect(row!.latest).toMatchObject({ label: "Old", score: detail.scores.overall.score });
  });

  it("a snapshot whose stored result no version wrote is refused on read, not shown half-read", async () => {
    const { owner, id } = await setup();
    const { id: snapshotId } = await snapshots.recordSnapshot(owner, id, {});
    const stored = await prisma.snapshot.findUniqueOrThrow({ where: { id: snapshotId } });
    await prisma.snapshot.delete({ where: { id: snapshotId } });
    await prisma.snapshot.create({ data: { ...stored, answers: [{ questionId: identity[1]!.id, value: "somewhat" }], scores: stored.scores as Prisma.InputJsonValue, targets: stored.targets as Prisma.InputJsonValue } });
    await expect(snapshots.getSnapshot(owner, id, snapshotId)).rejects.toThrow();
  });

  it("is refused to a role that cannot write, and for another assessment's snapshot", async () => {
    const { organizationId, owner, id } = await setup();
    const { id: snapshotId } = await snapshots.recordSnapshot(owner, id, {});
    const viewer = await addMember(organizationId, "viewer", "Vi Viewer");
    expect((await appError(snapshots.rescoreSnapshot(viewer, id, snapshotId))).code).toBe("forbidden");
    const other = await setup();
    expect((await appError(snapshots.rescoreSnapshot(other.owner, other.id, snapshotId))).code).toBe("not_found");
  });
});

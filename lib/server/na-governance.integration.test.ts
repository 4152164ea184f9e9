/**
 * The organisation's scoring settings and N/A governance against the real database: settings
 * are stored and audited; every N/A carries a review date; when the organisation requires it,
 * an N/A waits for an owner's or admin's approval, which a change of the answer or its reason clears.
 */
import "@/scripts/test/use-test-database";
import { describe, expect, it } from "vitest";
import type { z } from "zod";
import { documentAnswer } from "@/lib/assessment/document";
import { addMonths, defaultReviewDate, isoDay } from "@/lib/assessment/na-review";
import { scoringPolicyOf } from "@/lib/assessment/scoring-settings";
import { getFramework } from "@/lib/framework/index";
import { DEFAULT_SCORING_POLICY } from "@/lib/scoring/policy";
import { ZCreateAssessment, ZSaveAnswer } from "@/lib/validation/assessment";
import { addMember, appError, newOrganization } from "@/scripts/test/org-fixtures";

const { prisma } = await import("./db");
const assessments = await import("./assessments");
const answers = await import("./answers");
const scoringPolicy = await import("./scoring-policy");
const naReview = await import("./na-review");
const report = await import("./report");
const overview = await import("./overview");
const dashboard = await import("./dashboard");
const snapshots = await import("./snapshots");
import type { Actor } from "@/lib/actor";

const V2 = getFramework("zt-2026.2")!;
const QUESTION = V2.questions.find((question) => question.detail?.naAllowed !== false)!.id;
const today = () => isoDay(new Date());

async function setup(requireApproval: boolean) {
  const { organizationId, owner } = await newOrganization();
  if (requireApproval) await scoringPolicy.setScoringPolicy(owner, { naThresholdPercent: 25, coverageThresholdPercent: 80, defaultTarget: "advanced", naRequiresApproval: true });
  const assessor = await addMember(organizationId, "assessor", "Asa Assessor");
  const admin = await addMember(organizationId, "admin", "Adi Admin");
  const { id } = await assessments.createAssessment(owner, ZCreateAssessment.parse({ name: "N/A", frameworkVersion: V2.id }));
  return { organizationId, owner, assessor, admin, id };
}

const save = async (actor: Actor, assessmentId: string, input: z.input<typeof ZSaveAnswer>) => {
  const result = await answers.saveAnswers(actor, assessmentId, [ZSaveAnswer.parse(input)]);
  if (!result.ok) throw new Error("conflict");
  return result.answers[0]!;
};
const na = (reason: string, expectedVersion: number, extra: Partial<z.input<typeof ZSaveAnswer>> = {}) => ({ questionId: QUESTION, value: "not_applicable" as const, naReason: reason, expectedVersion, ...extra });

describe("organisation scoring settings", () => {
  it("start at the defaults, are stored as set and audited with before and after", async () => {
    const { organizationId, owner } = await newOrganization();
    expect(await scoringPolicy.getScoringPolicy(owner)).toEqual(DEFAULT_SCORING_POLICY);
    await scoringPolicy.setScoringPolicy(owner, { naThresholdPercent: 10, coverageThresholdPercent: 95, defaultTarget: "optimal", naRequiresApproval: true });
    expect(await scoringPolicy.getScoringPolicy(owner)).toEqual({ naThreshold: 0.1, coverageThreshold: 0.95, defaultTarget: "optimal", naRequiresApproval: true });
    const event = await prisma.auditEvent.findFirst({ where: { organizationId, action: "organization.scoring_policy_changed" } });
    expect(event).toMatchObject({
      before: { naThresholdPercent: 25, coverageThresholdPercent: 80, defaultTarget: "advanced", naRequiresApproval: false },
      after: { naThresholdPercent: 10, coverageThresholdPercent: 95, defaultTarget: "optimal", naRequiresApproval: true },
    });
  });

  it("reads an unknown stored default target as the default, never as a broken policy", () => {
    expect(scoringPolicyOf({ naThresholdPercent: 0, coverageThresholdPercent: 100, defaultTargetStage: "legendary", naRequiresApproval: false })).toEqual({
      naThreshold: 0,
      coverageThreshold: 1,
      defaultTarget: "advanced",
      naRequiresApproval: false,
    });
  });
});

describe("every server-side score", () => {
  it("is computed with the organisation's policy: live, dashboard, snapshot, report and overview", async () => {
    const { owner, assessor, id } = await setup(false);
    // One question per pillar and every critical one: a pillar names no stage while a critical question is unanswered.
    const chosen = V2.questions.filter((question) => question.detail?.importance === "critical" || V2.questions.find((first) => first.pillar === question.pillar) === question);
    const saved = await answers.saveAnswers(assessor, id, chosen.map((question) => ZSaveAnswer.parse({ questionId: question.id, value: "advanced", expectedVersion: 0 })));
    expect(saved.ok).toBe(true);
    const overall = async () => (await overview.getOverview(owner)).assessments.find((assessment) => assessment.id === id)!.maturity;
    // So few answers are far below the default coverage: no stage is named.
    expect((await overall()).stage).toBeNull();

    const policy = { naThreshold: 0.5, coverageThreshold: 0.01, defaultTarget: "optimal" as const, naRequiresApproval: true };
    await scoringPolicy.setScoringPolicy(owner, { naThresholdPercent: 50, coverageThresholdPercent: 1, defaultTarget: "optimal", naRequiresApproval: true });
    expect((await assessments.getAssessmentScores(owner, id)).scores.policy).toEqual(policy);
    expect((await dashboard.getAssessmentDashboard(owner, id)).scores.policy).toEqual(policy);
    const { id: snapshotId } = await snapshots.recordSnapshot(owner, id, {});
    expect((await snapshots.getSnapshot(owner, id, snapshotId)).scores.policy).toEqual(policy);
    expect((await report.getReportData(owner, id)).scores.policy).toEqual(policy);
    expect((await overall()).stage).not.toBeNull();
  });
});

describe("N/A review dates", () => {
  it("default to a year ahead, stay when the N/A is saved again, can be moved up to three years, and go with the N/A", async () => {
    const { assessor, id } = await setup(false);
    const first = await save(assessor, id, na("No mainframes", 0));
    expect(first.naReviewDate).toBe(defaultReviewDate(today()));
    // A retry without a date keeps the stored one and is no new version.
    expect(await save(assessor, id, na("No mainframes", 1))).toMatchObject({ version: 1, naReviewDate: first.naReviewDate });

    const tooLate = addMonths(today(), 37);
    const error = await appError(save(assessor, id, na("No mainframes", 1, { naReviewDate: tooLate })));
    expect(error.code).toBe("invalid_input");
    expect(error.fields).toEqual({ naReviewDate: "Choose a review date at most 3 years ahead." });
    const moved = await save(assessor, id, na("No mainframes", 1, { naReviewDate: addMonths(today(), 36) }));
    expect(moved).toMatchObject({ version: 2, naReviewDate: addMonths(today(), 36) });

    const level = await save(assessor, id, { questionId: QUESTION, value: "initial", expectedVersion: 2 });
    expect(level.naReviewDate).toBeNull();
  });
});

describe("N/A approval", () => {
  it("an N/A awaits approval; an admin approves it, which scoring reads; changing the reason asks again", async () => {
    const { organizationId, assessor, admin, id } = await setup(true);
    const saved = await save(assessor, id, na("No mainframes", 0));
    expect(saved).toMatchObject({ naApprovedAt: null, naApprovedBy: null });
    expect((await naReview.getNaReview(assessor, id)).awaiting).toEqual([expect.objectContaining({ questionId: QUESTION, state: "awaiting", naReason: "No mainframes" })]);

    expect((await appError(naReview.approveNaAnswer(assessor, { assessmentId: id, questionId: QUESTION, version: 1 }))).code).toBe("forbidden");
    await naReview.approveNaAnswer(admin, { assessmentId: id, questionId: QUESTION, version: 1 });
    const [approved] = await answers.listAnswers(assessor, id);
    expect(approved).toMatchObject({ version: 1, naApprovedBy: "Adi Admin", naApprovedAt: expect.any(Date) });
    expect((await naReview.getNaReview(assessor, id)).awaiting).toEqual([]);
    const row = await prisma.answer.findFirstOrThrow({ where: { assessmentId: id } });
    expect(documentAnswer({ ...row, value: row.level })).toMatchObject({ naApproved: true });
    expect(await prisma.auditEvent.findFirst({ where: { organizationId, action: "answer.na_approved" } })).toMatchObject({ after: { questionId: QUESTION, approved: true } });

    // A note change keeps the approval; a new reason clears it.
    expect(await save(assessor, id, na("No mainframes", 1, { note: "Checked in the CMDB" }))).toMatchObject({ version: 2, naApprovedBy: "Adi Admin" });
    expect(await save(assessor, id, na("No mainframes left", 2))).toMatchObject({ version: 3, naApprovedAt: null, naApprovedBy: null });
  });

  it("a rejected N/A stays with the approver's note until changed; a decision on a version nobody saw is refused", async () => {
    const { organizationId, assessor, owner, id } = await setup(true);
    await save(assessor, id, na("Out of scope", 0));
    const stale = await appError(naReview.rejectNaAnswer(owner, { assessmentId: id, questionId: QUESTION, version: 2, note: "Why?" }));
    expect(stale.code).toBe("conflict");

    await naReview.rejectNaAnswer(owner, { assessmentId: id, questionId: QUESTION, version: 1, note: "We run two mainframes." });
    const [rejected] = await answers.listAnswers(assessor, id);
    expect(rejected).toMatchObject({ value: "not_applicable", naReason: "Out of scope", naRejectedBy: "Ada Owner", naRejectionNote: "We run two mainframes.", naApprovedAt: null });
    expect((await naReview.getNaReview(assessor, id)).awaiting).toEqual([expect.objectContaining({ state: "rejected", rejectionNote: "We run two mainframes." })]);
    expect(await prisma.auditEvent.findFirst({ where: { organizationId, action: "answer.na_rejected" } })).toMatchObject({ after: { rejectionNote: "We run two mainframes." } });

    expect(await save(assessor, id, na("Out of scope: decommissioned in 2026", 1))).toMatchObject({ naRejectedAt: null, naRejectionNote: null });
    expect((await naReview.getNaReview(assessor, id)).awaiting).toEqual([expect.objectContaining({ state: "awaiting" })]);
  });

  it("is refused when the organisation does not require it, and lists overdue reviews either way", async () => {
    const { admin, assessor, id } = await setup(false);
    await save(assessor, id, na("No mainframes", 0));
    expect((await appError(naReview.approveNaAnswer(admin, { assessmentId: id, questionId: QUESTION, version: 1 }))).code).toBe("conflict");
    expect(await naReview.getNaReview(assessor, id)).toEqual({ requiresApproval: false, awaiting: [], overdue: [] });
    await prisma.answer.updateMany({ where: { assessmentId: id }, data: { naReviewDate: new Date("2020-01-31") } });
    expect((await naReview.getNaReview(assessor, id)).overdue).toEqual([expect.objectContaining({ questionId: QUESTION, naReviewDate: "2020-01-31", state: "not_required" })]);
  });
});

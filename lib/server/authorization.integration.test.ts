/**
 * The authorisation matrix: every data-access function that takes an actor × every role ×
 * own organisation / another organisation. Functions are discovered from lib/server, so one
 * added without a rule here fails the "every function has a rule" test.
 */
import { randomUUID } from "node:crypto";
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import "@/scripts/test/use-test-database";
import { describe, expect, it } from "vitest";
import { LATEST_FRAMEWORK } from "@/lib/framework/index";
import { scoreAssessment } from "@/lib/scoring/maturity";
import { ROLES, roleHasPermission, type Permission, type Role } from "@/lib/permissions";
import { bytesOf, KNOWN_TESTS, ztaReportJson } from "@/lib/evidence/zero-trust-assessment/sample-report";

const FIRST_QUESTION = LATEST_FRAMEWORK.questions[0]!.id;

const { prisma } = await import("./db");
const { AppError } = await import("./errors");
const members = await import("./members");
const auditLog = await import("./audit-log");
const apiTokens = await import("./api-tokens");
const sessions = await import("./sessions");
const assessments = await import("./assessments");
const answers = await import("./answers");
const snapshots = await import("./snapshots");
const transfer = await import("./assessment-transfer");
const nextSteps = await import("./next-steps");
const dashboard = await import("./dashboard");
const portfolio = await import("./portfolio");
const overview = await import("./overview");
const report = await import("./report");
const outbox = await import("./outbox");
const frameworkMove = await import("./framework-move");
const scoringPolicy = await import("./scoring-policy");
const naReview = await import("./na-review");
const roadmap = await import("./roadmap");
const evidence = await import("./evidence");
const evidenceFiles = await import("./evidence-files");
const webhooks = await import("./webhooks");
const { getActor } = await import("./session");
const { memberWithSession } = await import("@/scripts/test/org-fixtures");
const { inRequest } = await import("@/scripts/test/request-scope");
import type { Actor } from "@/lib/actor";

interface Fixture {
  orgA: string;
  orgB: string;
  actors: Record<Role, Actor>;
  outsider: Actor;
  targetMembershipA: string;
  targetTokenA: string;
  invitationA: string;
  tokenA: string;
  assessmentA: string;
  snapshotA: string;
  nextStepA: string;
  evidenceFileA: string;
}

type Rule =
  | { permission: Permission; run: (actor: Actor, fx: Fixture) => Promise<unknown> }
  | { self: true; reason: string };

const RULES: Record<string, Rule> = {
  listMembers: { permission: "member.read", run: (a) => members.listMembers(a) },
  changeMemberRole: { permission: "member.manage", run: (a, fx) => members.changeMemberRole(a, { membershipId: fx.targetMembershipA, role: "viewer" }) },
  removeMember: { permission: "member.manage", run: (a, fx) => members.removeMember(a, fx.targetMembershipA) },
  listPendingInvitations: { permission: "member.manage", run: (a) => members.listPendingInvitations(a) },
  createInvitation: { permission: "member.manage", run: (a) => members.createInvitation(a, { email: `${randomUUID()}@example.com`, role: "viewer" }) },
  revokeInvitation: { permission: "member.manage", run: (a, fx) => members.revokeInvitation(a, fx.invitationA) },
  renameOrganization: { permission: "organization.manage", run: (a) => members.renameOrganization(a, { name: "Renamed Org" }) },
  setMfaRequired: { permission: "organization.manage", run: (a) => members.setMfaRequired(a, false) },
  listAuditEvents: { permission: "audit.read", run: (a) => auditLog.listAuditEvents(a, {}) },
  exportAuditEventsCsv: { permission: "audit.read", run: (a) => auditLog.exportAuditEventsCsv(a, {}) },
  verifyAuditChain: { permission: "audit.read", run: (a) => auditLog.verifyAuditChain(a, true) },
  createApiToken: { permission: "token.manage", run: (a) => apiTokens.createApiToken(a, { name: "t", scopes: ["assessment.read"], expiresInDays: 7 }) },
  listMyApiTokens: { permission: "token.manage", run: (a) => apiTokens.listMyApiTokens(a) },
  // Tokens are personal: each actor revokes one of its own (someone else's is not found).
  revokeApiToken: { permission: "token.manage", run: async (a) => apiTokens.revokeApiToken(a, await tokenOf(a)) },
  listMemberApiTokens: { permission: "member.manage", run: (a, fx) => apiTokens.listMemberApiTokens(a, fx.targetMembershipA) },
  revokeMemberApiToken: {
    permission: "member.manage",
    run: (a, fx) => apiTokens.revokeMemberApiToken(a, fx.targetMembershipA, fx.targetTokenA),
  },
  endMemberSessions: { permission: "member.manage", run: (a, fx) => sessions.endMemberSessions(a, fx.targetMembershipA) },
  listAssessments: { permission: "assessment.read", run: (a) => assessments.listAssessments(a) },
  getAssessment: { permission: "assessment.read", run: (a, fx) => assessments.getAssessment(a, fx.assessmentA) },
  getAssessmentScores: { permission: "assessment.read", run: (a, fx) => assessments.getAssessmentScores(a, fx.assessmentA) },
  createAssessment: { permission: "assessment.write", run: (a) => assessments.createAssessment(a, { name: "New", scope: "", frameworkVersion: LATEST_FRAMEWORK.id }) },
  updateAssessment: { permission: "assessment.write", run: (a, fx) => assessments.updateAssessment(a, fx.assessmentA, { name: "Renamed" }) },
  deleteAssessment: { permission: "assessment.delete", run: (a, fx) => assessments.deleteAssessment(a, fx.assessmentA) },
  listAnswers: { permission: "assessment.read", run: (a, fx) => answers.listAnswers(a, fx.assessmentA) },
  saveAnswers: {
    permission: "assessment.write",
    run: (a, fx) => answers.saveAnswers(a, fx.assessmentA, [{ questionId: FIRST_QUESTION, value: "optimal", note: "", evidence: [], expectedVersion: 1 }]),
  },
  // The fixture is on the latest version: the move is refused as a conflict once the permission check has passed.
  previewVersionMove: { permission: "assessment.write", run: (a, fx) => frameworkMove.previewVersionMove(a, fx.assessmentA, LATEST_FRAMEWORK.id) },
  moveAssessmentToVersion: { permission: "assessment.write", run: (a, fx) => frameworkMove.moveAssessmentToVersion(a, fx.assessmentA, LATEST_FRAMEWORK.id) },
  confirmCarriedAnswer: { permission: "assessment.write", run: (a, fx) => frameworkMove.confirmCarriedAnswer(a, fx.assessmentA, FIRST_QUESTION) },
  listSnapshots: { permission: "assessment.read", run: (a, fx) => snapshots.listSnapshots(a, fx.assessmentA) },
  getSnapshot: { permission: "assessment.read", run: (a, fx) => snapshots.getSnapshot(a, fx.assessmentA, fx.snapshotA) },
  recordSnapshot: { permission: "assessment.write", run: (a, fx) => snapshots.recordSnapshot(a, fx.assessmentA, { label: "Q4" }) },
  rescoreSnapshot: { permission: "assessment.write", run: (a, fx) => snapshots.rescoreSnapshot(a, fx.assessmentA, fx.snapshotA) },
  exportAssessmentDocument: { permission: "report.export", run: (a, fx) => transfer.exportAssessmentDocument(a, fx.assessmentA) },
  exportAnswersCsv: { permission: "report.export", run: (a, fx) => transfer.exportAnswersCsv(a, fx.assessmentA) },
  importAssessment: {
    permission: "assessment.write",
    run: (a) =>
      transfer.importAssessment(a, {
        schema: "zero-trust-readiness/assessment",
        schemaVersion: 1,
        assessment: { name: "Imported", frameworkVersion: LATEST_FRAMEWORK.id, targets: {} },
        answers: [{ questionId: FIRST_QUESTION, value: "initial" }],
      }),
  },
  getAssessmentDashboard: { permission: "assessment.read", run: (a, fx) => dashboard.getAssessmentDashboard(a, fx.assessmentA) },
  getReportData: { permission: "report.export", run: (a, fx) => report.getReportData(a, fx.assessmentA) },
  getReportClassification: { permission: "organization.manage", run: (a) => report.getReportClassification(a) },
  setReportClassification: { permission: "organization.manage", run: (a) => report.setReportClassification(a, { classification: "Internal" }) },
  getScoringPolicy: { permission: "assessment.read", run: (a) => scoringPolicy.getScoringPolicy(a) },
  setScoringPolicy: {
    permission: "organization.manage",
    run: (a) => scoringPolicy.setScoringPolicy(a, { naThresholdPercent: 30, coverageThresholdPercent: 70, defaultTarget: "optimal", naRequiresApproval: true }),
  },
  getNaReview: { permission: "assessment.read", run: (a, fx) => naReview.getNaReview(a, fx.assessmentA) },
  // The fixture's answer is not N/A: the decision is refused as a conflict once the permission check has passed.
  approveNaAnswer: { permission: "na.approve", run: (a, fx) => naReview.approveNaAnswer(a, { assessmentId: fx.assessmentA, questionId: FIRST_QUESTION, version: 1 }) },
  rejectNaAnswer: { permission: "na.approve", run: (a, fx) => naReview.rejectNaAnswer(a, { assessmentId: fx.assessmentA, questionId: FIRST_QUESTION, version: 1, note: "No" }) },
  getPortfolio: { permission: "assessment.read", run: (a) => portfolio.getPortfolio(a) },
  getOverview: { permission: "assessment.read", run: (a) => overview.getOverview(a) },
  listNextSteps: { permission: "assessment.read", run: (a) => nextSteps.listNextSteps(a) },
  getNextStep: { permission: "assessment.read", run: (a, fx) => nextSteps.getNextStep(a, fx.nextStepA) },
  getNextStepHistory: { permission: "assessment.read", run: (a, fx) => nextSteps.getNextStepHistory(a, fx.nextStepA) },
  exportNextStepsCsv: { permission: "report.export", run: (a) => nextSteps.exportNextStepsCsv(a) },
  updateNextStep: { permission: "nextstep.write", run: (a, fx) => nextSteps.updateNextStep(a, fx.nextStepA, { status: "in_progress" }) },
  setNextStepsStatus: { permission: "nextstep.write", run: (a, fx) => nextSteps.setNextStepsStatus(a, { ids: [fx.nextStepA], status: "blocked" }) },
  getRoadmap: { permission: "assessment.read", run: (a, fx) => roadmap.getRoadmap(a, fx.assessmentA) },
  updateRoadmapSettings: { permission: "assessment.write", run: (a, fx) => roadmap.updateRoadmapSettings(a, fx.assessmentA, { capacity: 12 }) },
  pinRoadmapStep: { permission: "assessment.write", run: (a, fx) => roadmap.pinRoadmapStep(a, fx.assessmentA, { key: `${FIRST_QUESTION}:advanced`, month: null }) },
  // Needs nextstep.write as well, which every role with assessment.write has.
  acceptRoadmap: {
    permission: "assessment.write",
    run: async (a, fx) => roadmap.acceptRoadmap(a, fx.assessmentA, { fingerprint: (await roadmap.getRoadmap(fx.actors.owner, fx.assessmentA)).fingerprint }),
  },
  importZeroTrustAssessment: { permission: "assessment.write", run: (a, fx) => evidence.importZeroTrustAssessment(a, fx.assessmentA, ztaFile()) },
  getAssessmentEvidence: { permission: "assessment.read", run: (a, fx) => evidence.getAssessmentEvidence(a, fx.assessmentA) },
  getReconciliation: { permission: "assessment.read", run: (a, fx) => evidence.getReconciliation(a, fx.assessmentA) },
  listEvidenceImports: { permission: "assessment.read", run: (a, fx) => evidence.listEvidenceImports(a, fx.assessmentA) },
  // The owner imports a run first; the actor then opens one of its tests.
  getEvidenceTest: {
    permission: "assessment.read",
    run: async (a, fx) => evidence.getEvidenceTest(a, fx.assessmentA, (await evidence.importZeroTrustAssessment(fx.actors.owner, fx.assessmentA, ztaFile())).id, KNOWN_TESTS.fewGlobalAdmins.id),
  },
  uploadEvidenceFile: {
    permission: "assessment.write",
    run: (a, fx) => evidenceFiles.uploadEvidenceFile(a, fx.assessmentA, { questionId: FIRST_QUESTION, name: "note.txt" }, new TextEncoder().encode("observed")),
  },
  listEvidenceFiles: { permission: "assessment.read", run: (a, fx) => evidenceFiles.listEvidenceFiles(a, fx.assessmentA) },
  readEvidenceFile: { permission: "assessment.read", run: (a, fx) => evidenceFiles.readEvidenceFile(a, fx.assessmentA, fx.evidenceFileA) },
  deleteEvidenceFile: { permission: "assessment.write", run: (a, fx) => evidenceFiles.deleteEvidenceFile(a, fx.assessmentA, fx.evidenceFileA) },
  listExpiredEvidence: { permission: "assessment.read", run: (a, fx) => evidenceFiles.listExpiredEvidence(a, fx.assessmentA) },
  listOrganizationMail: { permission: "mail.read", run: (a) => outbox.listOrganizationMail(a) },
  listMyMail: { self: true, reason: "mail addressed to the actor's own account only" },
  getEmailVerified: { self: true, reason: "the actor's own account" },
  resendVerificationEmail: { self: true, reason: "the actor's own address only" },
  acceptInvitation: { self: true, reason: "any signed-in user, gated by the secret link and its email address" },
  switchOrganization: { self: true, reason: "only to organisations the actor is a member of" },
  createOrganization: { self: true, reason: "anyone may create an organisation they own" },
  listMySessions: { self: true, reason: "the actor's own sessions only" },
  revokeMySession: { self: true, reason: "the actor's own sessions only" },
  startTwoFactorEnrolment: { self: true, reason: "the actor's own account" },
  confirmTwoFactor: { self: true, reason: "the actor's own account" },
  disableTwoFactor: { self: true, reason: "the actor's own account" },
  changePassword: { self: true, reason: "the actor's own account" },
  authorize: { self: true, reason: "the check itself" },
  getWebhookSettings: { permission: "organization.manage", run: (a) => webhooks.getWebhookSettings(a) },
  setWebhook: { permission: "organization.manage", run: (a) => webhooks.setWebhook(a, { url: "https://hooks.example.com/ztr" }) },
  rotateWebhookSecret: { permission: "organization.manage", run: (a) => webhooks.rotateWebhookSecret(a) },
  removeWebhook: { permission: "organization.manage", run: (a) => webhooks.removeWebhook(a) },
};

const ztaFile = () => ({ name: "ZeroTrustAssessmentReport.json", bytes: bytesOf(ztaReportJson({ tests: [{ id: KNOWN_TESTS.fewGlobalAdmins.id, status: "Passed" }] })) });

function discoverActorFunctions(): string[] {
  const dir = import.meta.dirname;
  return readdirSync(dir)
    .filter((file) => file.endsWith(".ts") && !file.includes(".test."))
    .flatMap((file) => [...readFileSync(path.join(dir, file), "utf8").matchAll(/^export async function (\w+)\(actor: Actor\b/gm)].map((m) => m[1]!));
}

async function tokenOf(actor: Actor): Promise<string> {
  const token = await prisma.apiToken.create({
    data: { userId: actor.userId, organizationId: actor.membership!.organizationId, name: "own", prefix: "ztr_y", secretHash: randomUUID(), scopes: [], expiresAt: new Date(Date.now() + 86_400_000) },
  });
  return token.id;
}

async function createUser(name: string): Promise<string> {
  const id = randomUUID();
  await prisma.user.create({ data: { id, name, email: `${name.toLowerCase().replace(/\W/g, "")}-${id}@example.com` } });
  return id;
}

function actorFor(userId: string, organizationId: string, role: Role, email: string): Actor {
  return {
    userId,
    email,
    name: role,
    sessionId: `test-${userId}`,
    twoFactorEnabled: false,
    membership: { organizationId, organizationName: "Org", role, mfaRequired: false },
    organizations: [{ id: organizationId, name: "Org" }],
  };
}

/** A fresh pair of organisations per case, so one case's writes never change another's outcome. */
async function createFixture(): Promise<Fixture> {
  const [orgA, orgB] = await Promise.all(
    ["A", "B"].map((suffix) => prisma.organization.create({ data: { name: `Org ${suffix}`, slug: `org-${suffix}-${randomUUID()}` } }).then((o) => o.id)),
  );
  const actors = {} as Record<Role, Actor>;
  for (const role of ROLES) {
    const userId = await createUser(role);
    await prisma.membership.create({ data: { organizationId: orgA!, userId, role } });
    actors[role] = actorFor(userId, orgA!, role, `${role}@example.com`);
  }
  const outsiderId = await createUser("outsider");
  await prisma.membership.create({ data: { organizationId: orgB!, userId: outsiderId, role: "owner" } });
  const targetUser = await createUser("target");
  const target = await prisma.membership.create({ data: { organizationId: orgA!, userId: targetUser, role: "assessor" } });
  const invitation = await prisma.invitation.create({
    data: { organizationId: orgA!, email: "invitee@example.com", role: "viewer", tokenHash: randomUUID(), expiresAt: new Date(Date.now() + 86_400_000) },
  });
  const token = await prisma.apiToken.create({
    data: { userId: actors.owner.userId, organizationId: orgA!, name: "t", prefix: "ztr_x", secretHash: randomUUID(), scopes: ["assessment.read"], expiresAt: new Date(Date.now() + 86_400_000) },
  });
  const targetToken = await prisma.apiToken.create({
    data: { userId: targetUser, organizationId: orgA!, name: "member's", prefix: "ztr_m", secretHash: randomUUID(), scopes: ["assessment.read"], expiresAt: new Date(Date.now() + 86_400_000) },
  });
  const assessment = await prisma.assessment.create({
    data: {
      organizationId: orgA!,
      name: "Assessment A",
      frameworkVersion: LATEST_FRAMEWORK.id,
      targets: {},
      answers: { create: { questionId: FIRST_QUESTION, level: "initial" } },
      snapshots: { create: { frameworkVersion: LATEST_FRAMEWORK.id, answers: [], scores: JSON.parse(JSON.stringify(scoreAssessment(LATEST_FRAMEWORK, []))) } },
      nextSteps: { create: { questionId: FIRST_QUESTION, title: "Step", stage: "advanced" } },
      evidenceFiles: { create: { questionId: FIRST_QUESTION, name: "a.txt", contentType: "text/plain; charset=utf-8", size: 1, sha256: "0".repeat(64), bytes: new Uint8Array([0x61]) } },
    },
    include: { snapshots: true, nextSteps: true, evidenceFiles: true },
  });
  return {
    orgA: orgA!,
    assessmentA: assessment.id,
    snapshotA: assessment.snapshots[0]!.id,
    nextStepA: assessment.nextSteps[0]!.id,
    evidenceFileA: assessment.evidenceFiles[0]!.id,
    orgB: orgB!,
    actors,
    outsider: actorFor(outsiderId, orgB!, "owner", "outsider@example.com"),
    targetMembershipA: target.id,
    targetTokenA: targetToken.id,
    invitationA: invitation.id,
    tokenA: token.id,
  };
}

async function outcome(promise: Promise<unknown>): Promise<"allowed" | "forbidden" | "not_found" | string> {
  try {
    await promise;
    return "allowed";
  } catch (error) {
    if (error instanceof AppError) return error.code === "forbidden" || error.code === "not_found" ? error.code : "allowed";
    throw error;
  }
}

const ORG_CONTENTS = { memberships: true, invitations: true, apiTokens: true, assessments: { include: { answers: true, snapshots: true, nextSteps: true, evidenceFiles: true } } } as const;

const permissionRules = Object.entries(RULES).filter((entry): entry is [string, Extract<Rule, { permission: Permission }>] => "permission" in entry[1]);

describe("authorisation matrix", () => {

  it("has a rule for every data-access function that takes an actor", () => {
    const missing = discoverActorFunctions().filter((name) => !(name in RULES));
    expect(missing, "add these to RULES with the permission they need").toEqual([]);
  });

  const cases = permissionRules.flatMap(([name, rule]) => ROLES.map((role) => [name, role, rule] as const));
  it.each(cases)("%s as %s in its own organisation", async (_name, role, rule) => {
    const fx = await createFixture();
    const expected = roleHasPermission(role, rule.permission) ? "allowed" : "forbidden";
    expect(await outcome(rule.run(fx.actors[role], fx))).toBe(expected);
  });

  it.each(permissionRules)("%s from another organisation never reaches this one's data", async (_name, rule) => {
    const fx = await createFixture();
    const before = await prisma.organization.findUniqueOrThrow({ where: { id: fx.orgA }, include: ORG_CONTENTS });
    const result = await rule.run(fx.outsider, fx).catch((error: unknown) => error);
    const after = await prisma.organization.findUniqueOrThrow({ where: { id: fx.orgA }, include: ORG_CONTENTS });
    expect(after).toEqual(before);
    const leaked = JSON.stringify(result ?? null);
    for (const id of [fx.targetMembershipA, fx.invitationA, fx.tokenA, fx.targetTokenA, fx.actors.owner.userId, fx.assessmentA, fx.snapshotA, fx.nextStepA, fx.evidenceFileA]) expect(leaked).not.toContain(id);
  });

  it.each(permissionRules)("%s is refused to a member without 2FA when the organisation requires it", async (_name, rule) => {
    const fx = await createFixture();
    const owner = { ...fx.actors.owner, membership: { ...fx.actors.owner.membership!, mfaRequired: true } };
    expect(await outcome(rule.run(owner, fx))).toBe("forbidden");
    expect(await outcome(rule.run({ ...owner, twoFactorEnabled: true }, fx))).toBe("allowed");
  });

  it("a removed member loses access at once: the same session's next request no longer works in the organisation", async () => {
    const fx = await createFixture();
    const admin = await memberWithSession(fx.orgA, "admin", "Removed Admin");
    const before = await inRequest(admin.headers, getActor);
    expect(before!.membership).toMatchObject({ organizationId: fx.orgA, role: "admin" });
    expect(await outcome(assessments.getAssessment(before!, fx.assessmentA))).toBe("allowed");

    await members.removeMember(fx.actors.owner, admin.membershipId);
    const after = await inRequest(admin.headers, getActor);
    // Still signed in, in the same session, now working in the organisation of their own.
    expect(after).toMatchObject({ userId: admin.userId, sessionId: before!.sessionId });
    expect(after!.membership?.organizationId).not.toBe(fx.orgA);
    expect(after!.organizations.map((organization) => organization.id)).not.toContain(fx.orgA);
    expect(await outcome(assessments.getAssessment(after!, fx.assessmentA))).toBe("not_found");
    expect((await members.listMembers(after!)).map((member) => member.userId)).not.toContain(fx.actors.owner.userId);
  });
});

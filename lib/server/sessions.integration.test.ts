/**
 * Sessions, members' access and owner changes against the real database, through real
 * better-auth sessions: what getActor sees on a member's next request.
 */
import { randomUUID } from "node:crypto";
import "@/scripts/test/use-test-database";
import { describe, expect, it } from "vitest";
import { LATEST_FRAMEWORK } from "@/lib/framework/index";
import { ZSaveAnswer } from "@/lib/validation/assessment";

const { prisma } = await import("./db");
const { AppError } = await import("./errors");
const { auth } = await import("./auth");
const { actorFromSessionHeaders } = await import("./session");
const sessions = await import("./sessions");
const { SESSION_LIFETIME } = await import("./session-lifetime");
const apiTokens = await import("./api-tokens");
const members = await import("./members");
const answers = await import("./answers");
const { addMember, memberWithSession, newOrganization, PASSWORD } = await import("@/scripts/test/org-fixtures");
import type { Actor } from "@/lib/actor";

const HOUR = 3_600_000;

async function failure(promise: Promise<unknown>): Promise<InstanceType<typeof AppError>> {
  const error = await promise.then(
    () => null,
    (caught: unknown) => caught,
  );
  if (!(error instanceof AppError)) throw new Error(`expected an AppError, got ${String(error)}`);
  return error;
}

const auditActions = async (organizationId: string) =>
  (await prisma.auditEvent.findMany({ where: { organizationId }, orderBy: { at: "asc" } })).map((event) => event.action);

describe("absolute session lifetime", () => {
  it("ends a session at SESSION_MAX_HOURS after its sign-in, however recently it was used", async () => {
    const { organizationId } = await newOrganization();
    const member = await memberWithSession(organizationId, "assessor", "Max Lifetime");
    const session = await prisma.session.findFirstOrThrow({ where: { userId: member.userId } });
    const end = session.createdAt.getTime() + SESSION_LIFETIME.maxSeconds * 1000;

    expect(await actorFromSessionHeaders(member.headers, new Date(end - 1000))).not.toBeNull();
    expect(await actorFromSessionHeaders(member.headers, new Date(end))).toBeNull();
    expect(await prisma.session.count({ where: { id: session.id } })).toBe(0);
    // Signed out for good: the clock back to now does not revive it.
    expect(await actorFromSessionHeaders(member.headers)).toBeNull();
    const expired = await prisma.auditEvent.findMany({ where: { action: "session.expired", targetId: session.id } });
    expect(expired).toHaveLength(1);
    expect(expired[0]).toMatchObject({ actorId: member.userId, organizationId, outcome: "success" });
  });

  it("is 7 days by default, with 12 idle hours", () => {
    expect(SESSION_LIFETIME).toEqual({ idleSeconds: 12 * 3600, maxSeconds: 7 * 24 * 3600 });
  });
});

describe("an owner or admin ends a member's access", () => {
  it("signs the member out everywhere at their next request", async () => {
    const { organizationId } = await newOrganization();
    const admin = await addMember(organizationId, "admin", "Ann Admin");
    const member = await memberWithSession(organizationId, "assessor", "Sam Sessions");
    const second = await auth.api.signInEmail({ body: { email: member.email, password: PASSWORD }, asResponse: true });
    expect(second.status).toBe(200);
    expect(await prisma.session.count({ where: { userId: member.userId } })).toBe(2);

    expect(await sessions.endMemberSessions(admin, member.membershipId)).toBe(2);
    expect(await actorFromSessionHeaders(member.headers)).toBeNull();
    expect(await prisma.session.count({ where: { userId: member.userId } })).toBe(0);
    expect(await auditActions(organizationId)).toContain("member.sessions_ended");
  });

  it("lists and revokes a member's tokens, which then stop working", async () => {
    const { organizationId } = await newOrganization();
    const admin = await addMember(organizationId, "admin", "Ann Admin");
    const member = await memberWithSession(organizationId, "assessor", "Tia Tokens");
    const { token } = await apiTokens.createApiToken(member.actor, { name: "CI", scopes: ["assessment.read"], expiresInDays: 30 });
    expect(await apiTokens.actorFromApiToken(token)).not.toBeNull();

    const listed = await apiTokens.listMemberApiTokens(admin, member.membershipId);
    expect(listed.map((row) => row.name)).toEqual(["CI"]);
    expect(JSON.stringify(listed)).not.toContain(token);
    await apiTokens.revokeMemberApiToken(admin, member.membershipId, listed[0]!.id);
    expect(await apiTokens.actorFromApiToken(token)).toBeNull();
    expect(await apiTokens.listMemberApiTokens(admin, member.membershipId)).toEqual([]);
    expect((await failure(apiTokens.revokeMemberApiToken(admin, member.membershipId, listed[0]!.id))).code).toBe("not_found");
    const revoked = await prisma.auditEvent.findFirstOrThrow({ where: { organizationId, action: "token.revoked", targetId: listed[0]!.id } });
    expect(revoked.actorId).toBe(admin.userId);
  });

  it("an admin cannot act on an owner; an owner can", async () => {
    const { organizationId, owner } = await newOrganization();
    const admin = await addMember(organizationId, "admin", "Ann Admin");
    const other = await memberWithSession(organizationId, "owner", "Otto Owner");
    expect((await failure(sessions.endMemberSessions(admin, other.membershipId))).code).toBe("forbidden");
    expect((await failure(apiTokens.listMemberApiTokens(admin, other.membershipId))).code).toBe("forbidden");
    expect(await actorFromSessionHeaders(other.headers)).not.toBeNull();
    expect(await sessions.endMemberSessions(owner, other.membershipId)).toBe(1);
    expect(await actorFromSessionHeaders(other.headers)).toBeNull();
  });

  it("nobody reaches a member of another organisation", async () => {
    const { organizationId } = await newOrganization();
    const { owner: outsider } = await newOrganization("Olga Outsider");
    const member = await memberWithSession(organizationId, "viewer", "Vera Viewer");
    const token = await prisma.apiToken.create({
      data: { userId: member.userId, organizationId, name: "t", prefix: "ztr_z", secretHash: randomUUID(), scopes: [], expiresAt: new Date(Date.now() + HOUR) },
    });
    expect((await failure(sessions.endMemberSessions(outsider, member.membershipId))).code).toBe("not_found");
    expect((await failure(apiTokens.listMemberApiTokens(outsider, member.membershipId))).code).toBe("not_found");
    expect((await failure(apiTokens.revokeMemberApiToken(outsider, member.membershipId, token.id))).code).toBe("not_found");
    expect(await actorFromSessionHeaders(member.headers)).not.toBeNull();
    expect((await prisma.apiToken.findUniqueOrThrow({ where: { id: token.id } })).revokedAt).toBeNull();
  });
});

describe("creating an API token from an older session", () => {
  const input = { name: "Export", scopes: ["assessment.read" as const], expiresInDays: 7 as const };

  it("needs no password within 15 minutes of the sign-in, and the password after", async () => {
    const { organizationId } = await newOrganization();
    const member = await memberWithSession(organizationId, "assessor", "Rita Reauth");
    await apiTokens.createApiToken(member.actor, input);

    const stale: Actor = { ...member.actor, signedInAt: new Date(Date.now() - 16 * 60_000) };
    const missing = await failure(apiTokens.createApiToken(stale, input));
    expect(missing.fields?.password).toBe("Enter your password.");
    const wrong = await failure(apiTokens.createApiToken(stale, { ...input, password: "not the password" }));
    expect(wrong).toMatchObject({ code: "invalid_input", fields: { password: "That password is not right." } });
    const failed = await prisma.auditEvent.findFirstOrThrow({ where: { organizationId, action: "auth.reauthentication_failed" } });
    expect(failed).toMatchObject({ actorId: member.userId, outcome: "failure" });

    const { token } = await apiTokens.createApiToken(stale, { ...input, password: PASSWORD });
    expect(await apiTokens.actorFromApiToken(token)).not.toBeNull();
    expect(await prisma.apiToken.count({ where: { userId: member.userId } })).toBe(2);
  });

  it("is refused to an actor without a browser session sign-in time", async () => {
    const { owner } = await newOrganization();
    expect((await failure(apiTokens.createApiToken(owner, input))).fields?.password).toBeDefined();
  });
});

describe("owners changing each other at once", () => {
  it.each([
    ["demote", (actor: Actor, membershipId: string) => members.changeMemberRole(actor, { membershipId, role: "viewer" })],
    ["remove", (actor: Actor, membershipId: string) => members.removeMember(actor, membershipId)],
  ] as const)("two owners who %s each other concurrently leave exactly one owner", async (_verb, act) => {
    // Several independent organisations, so the two calls really overlap in at least one.
    for (let round = 0; round < 5; round++) {
      const { organizationId, owner: first } = await newOrganization();
      const second = await addMember(organizationId, "owner", "Second Owner");
      const membershipOf = async (actor: Actor) => (await prisma.membership.findUniqueOrThrow({ where: { organizationId_userId: { organizationId, userId: actor.userId } } })).id;
      const [firstId, secondId] = await Promise.all([membershipOf(first), membershipOf(second)]);

      const results = await Promise.allSettled([act(first, secondId), act(second, firstId)]);
      expect(results.filter((result) => result.status === "fulfilled")).toHaveLength(1);
      expect(results.find((result) => result.status === "rejected")?.reason).toBeInstanceOf(AppError);
      expect(await prisma.membership.count({ where: { organizationId, role: "owner" } })).toBe(1);
    }
  });
});

describe("a version conflict for a write-only token", () => {
  it("says which answer conflicted without showing what is stored", async () => {
    const { organizationId, owner } = await newOrganization();
    const assessment = await prisma.assessment.create({ data: { organizationId, name: "A", frameworkVersion: LATEST_FRAMEWORK.id, targets: {} } });
    const questionId = LATEST_FRAMEWORK.questions[0]!.id;
    const save = (actor: Actor, expectedVersion: number, value: string, note: string) =>
      answers.saveAnswers(actor, assessment.id, [ZSaveAnswer.parse({ questionId, value, note, expectedVersion })]);
    expect((await save(owner, 0, "advanced", "stored note")).ok).toBe(true);

    const writeOnly = await save({ ...owner, tokenScopes: ["assessment.write"] }, 0, "initial", "my note");
    expect(writeOnly).toEqual({ ok: false, conflicts: [expect.objectContaining({ questionId, current: null })] });
    expect(JSON.stringify(writeOnly)).not.toMatch(/stored note|advanced/);

    const readWrite = await save({ ...owner, tokenScopes: ["assessment.read", "assessment.write"] }, 0, "initial", "my note");
    expect(!readWrite.ok && readWrite.conflicts[0]!.current).toMatchObject({ value: "advanced", note: "stored note", version: 1 });
  });
});

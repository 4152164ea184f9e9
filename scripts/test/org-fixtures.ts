/**
 * Organisations, members, actors and assessments for integration tests of lib/server. Import it
 * after "@/scripts/test/use-test-database", which points the Prisma client at the test database.
 */
import { randomUUID } from "node:crypto";
import { LATEST_FRAMEWORK } from "@/lib/framework/index";
import type { Role } from "@/lib/permissions";
import type { Targets } from "@/lib/scoring/types";
import { expect } from "vitest";
import { saveAnswers } from "@/lib/server/answers";
import { createAssessment } from "@/lib/server/assessments";
import { auth } from "@/lib/server/auth";
import { prisma } from "@/lib/server/db";
import { AppError } from "@/lib/server/errors";
import { actorFromSessionHeaders } from "@/lib/server/session";
import type { Actor } from "@/lib/actor";

export async function addMember(organizationId: string, role: Role, name: string): Promise<Actor> {
  const userId = randomUUID();
  const email = `${name.toLowerCase().replace(/\W/g, "")}-${userId}@example.com`;
  await prisma.user.create({ data: { id: userId, name, email } });
  await prisma.membership.create({ data: { organizationId, userId, role } });
  return {
    userId,
    email,
    name,
    sessionId: `test-${userId}`,
    twoFactorEnabled: false,
    membership: { organizationId, organizationName: "Org", role, mfaRequired: false },
    organizations: [{ id: organizationId, name: "Org" }],
  };
}

/** A fresh organisation with its owner, so no test sees another's data. */
export async function newOrganization(ownerName = "Ada Owner"): Promise<{ organizationId: string; owner: Actor }> {
  const org = await prisma.organization.create({ data: { name: "Org", slug: `org-${randomUUID()}` } });
  return { organizationId: org.id, owner: await addMember(org.id, "owner", ownerName) };
}

export const PASSWORD = "a long enough password";

/** Signs a new account up through better-auth and returns the headers its browser would send. */
async function signedUpUser(name: string): Promise<{ userId: string; email: string; headers: Headers }> {
  const email = `${name.toLowerCase().replace(/\W/g, "")}-${randomUUID()}@example.com`;
  const response = await auth.api.signUpEmail({ body: { name, email, password: PASSWORD }, asResponse: true });
  expect(response.status).toBe(200);
  const cookie = response.headers
    .getSetCookie()
    .map((entry) => entry.split(";")[0])
    .join("; ");
  const user = await prisma.user.findUniqueOrThrow({ where: { email } });
  return { userId: user.id, email, headers: new Headers({ cookie }) };
}

/** A signed-up user who is also a member of `organizationId`, with a real session working there, and their actor. */
export async function memberWithSession(organizationId: string, role: Role, name: string) {
  const user = await signedUpUser(name);
  const membership = await prisma.membership.create({ data: { organizationId, userId: user.userId, role } });
  await prisma.session.updateMany({ where: { userId: user.userId }, data: { activeOrganizationId: organizationId } });
  const actor = await actorFromSessionHeaders(user.headers);
  expect(actor?.membership?.organizationId).toBe(organizationId);
  return { ...user, membershipId: membership.id, actor: actor! };
}

/** The AppError a call is refused with; fails the test when it succeeds or throws something else. */
export async function appError(promise: Promise<unknown>): Promise<AppError> {
  const error = await promise.then(
    () => null,
    (caught: unknown) => caught,
  );
  expect(error).toBeInstanceOf(AppError);
  return error as AppError;
}

/** Every pillar of the latest framework aimed at Advanced. */
export const ADVANCED_TARGETS: Targets = Object.fromEntries(LATEST_FRAMEWORK.pillars.map((pillar) => [pillar.id, "advanced"]));

/** An assessment of the latest framework (unless told) with a first answer at each given level. */
export async function assessmentWithAnswers(
  owner: Actor,
  levels: Record<string, "traditional" | "initial" | "advanced" | "optimal">,
  { name = "Assessed", targets = ADVANCED_TARGETS }: { name?: string; targets?: Targets } = {},
): Promise<string> {
  const { id } = await createAssessment(owner, { name, scope: "", frameworkVersion: LATEST_FRAMEWORK.id, targets });
  const result = await saveAnswers(owner, id, Object.entries(levels).map(([questionId, value]) => ({ questionId, value, note: "", evidence: [], expectedVersion: 0 })));
  if (!result.ok) throw new Error(`unexpected conflict: ${JSON.stringify(result.conflicts)}`);
  return id;
}

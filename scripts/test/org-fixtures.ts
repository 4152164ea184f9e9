/**
 * Organisations, members and actors for integration tests of lib/server. Import it after
 * "@/scripts/test/use-test-database", which points the Prisma client at the test database.
 */
import { randomUUID } from "node:crypto";
import type { Role } from "@/lib/permissions";
import { expect } from "vitest";
import { prisma } from "@/lib/server/db";
import { AppError } from "@/lib/server/errors";
import type { Actor } from "@/lib/server/session";

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

/** The AppError a call is refused with; fails the test when it succeeds or throws something else. */
export async function appError(promise: Promise<unknown>): Promise<AppError> {
  const error = await promise.then(
    () => null,
    (caught: unknown) => caught,
  );
  expect(error).toBeInstanceOf(AppError);
  return error as AppError;
}

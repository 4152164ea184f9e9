import "server-only";
import { createHash, randomBytes } from "node:crypto";
import { isRole, permissionsOf, type Permission } from "@/lib/permissions";
import { TOKEN_REAUTH_MINUTES } from "@/lib/session-lifetime";
import type { TCreateApiTokenWithPassword } from "@/lib/validation/api-token-reauth";
import { Prisma } from "@/generated/prisma/client";
import { audited, auditActor } from "./audit";
import { authorize } from "./authorize";
import { prisma } from "./db";
import { AppError } from "./errors";
import { manageableMember } from "./members";
import { confirmPassword } from "./password";
import type { Actor } from "@/lib/actor";

const TOKEN_PREFIX = "ztr_";
const hashSecret = (token: string) => createHash("sha256").update(token).digest("hex");
const TOKEN_ROW = { id: true, name: true, prefix: true, scopes: true, expiresAt: true, lastUsedAt: true, createdAt: true } as const;

/** True when the actor must confirm their password before creating a token. */
export function needsReauthentication(actor: Actor, now = new Date()): boolean {
  return !actor.signedInAt || now.getTime() - actor.signedInAt.getTime() > TOKEN_REAUTH_MINUTES * 60_000;
}

/** A stale sign-in confirms the password (same limits and audit as every re-authentication). */
async function reauthenticate(actor: Actor, password: string | undefined): Promise<void> {
  if (!password) {
    throw new AppError("invalid_input", `You signed in more than ${TOKEN_REAUTH_MINUTES} minutes ago: enter your password to create a token.`, {
      password: "Enter your password.",
    });
  }
  await confirmPassword(actor, password);
}

export interface ApiTokenRow {
  id: string;
  name: string;
  prefix: string;
  scopes: string[];
  expiresAt: Date;
  lastUsedAt: Date | null;
  createdAt: Date;
}

/**
 * The secret is returned once; only its SHA-256 is stored. Scopes never exceed the creator's
 * role, and a session older than TOKEN_REAUTH_MINUTES must confirm the password first.
 */
export async function createApiToken(actor: Actor, input: TCreateApiTokenWithPassword): Promise<{ token: string; expiresAt: Date }> {
  const membership = await authorize(actor, "token.manage");
  const allowed = new Set(permissionsOf(membership.role));
  const excess = input.scopes.filter((scope) => !allowed.has(scope));
  if (excess.length) throw new AppError("forbidden", `Your role cannot grant: ${excess.join(", ")}.`);
  if (needsReauthentication(actor)) await reauthenticate(actor, input.password);
  const token = `${TOKEN_PREFIX}${randomBytes(32).toString("base64url")}`;
  const expiresAt = new Date(Date.now() + input.expiresInDays * 24 * 60 * 60 * 1000);
  await audited(async (tx, record) => {
    const row = await tx.apiToken.create({
      data: {
        userId: actor.userId,
        organizationId: membership.organizationId,
        name: input.name,
        prefix: token.slice(0, 12),
        secretHash: hashSecret(token),
        scopes: [...new Set(input.scopes)],
        expiresAt,
      },
    });
    record({
      actor: auditActor(actor),
      organizationId: membership.organizationId,
      action: "token.created",
      targetType: "api_token",
      targetId: row.id,
      after: { name: input.name, scopes: row.scopes, expiresAt },
    });
  });
  return { token, expiresAt };
}

export async function listMyApiTokens(actor: Actor): Promise<ApiTokenRow[]> {
  const { organizationId } = await authorize(actor, "token.manage");
  return prisma.apiToken.findMany({
    where: { userId: actor.userId, organizationId, revokedAt: null, expiresAt: { gt: new Date() } },
    select: TOKEN_ROW,
    orderBy: { createdAt: "desc" },
  });
}

export async function revokeApiToken(actor: Actor, tokenId: string): Promise<void> {
  const { organizationId } = await authorize(actor, "token.manage");
  await audited(async (tx, record) => {
    const { count } = await tx.apiToken.updateMany({
      where: { id: tokenId, userId: actor.userId, organizationId, revokedAt: null },
      data: { revokedAt: new Date() },
    });
    if (count === 0) throw new AppError("not_found", "That token was not found.");
    record({ actor: auditActor(actor), organizationId, action: "token.revoked", targetType: "api_token", targetId: tokenId });
  });
}

/** An owner's or admin's view of a member's live tokens in this organisation. */
export async function listMemberApiTokens(actor: Actor, membershipId: string): Promise<ApiTokenRow[]> {
  const membership = await authorize(actor, "member.manage");
  const target = await manageableMember(membership, membershipId);
  return prisma.apiToken.findMany({
    where: { userId: target.userId, organizationId: membership.organizationId, revokedAt: null, expiresAt: { gt: new Date() } },
    select: TOKEN_ROW,
    orderBy: { createdAt: "desc" },
  });
}

export async function revokeMemberApiToken(actor: Actor, membershipId: string, tokenId: string): Promise<void> {
  const membership = await authorize(actor, "member.manage");
  const target = await manageableMember(membership, membershipId);
  await audited(async (tx, record) => {
    const { count } = await tx.apiToken.updateMany({
      where: { id: tokenId, userId: target.userId, organizationId: membership.organizationId, revokedAt: null },
      data: { revokedAt: new Date() },
    });
    if (count === 0) throw new AppError("not_found", "That token was not found.");
    record({
      actor: auditActor(actor),
      organizationId: membership.organizationId,
      action: "token.revoked",
      targetType: "api_token",
      targetId: tokenId,
      after: { owner: target.user.email, byAdministrator: true },
    });
  });
}

/** Now as Prisma stores times (UTC wall-clock time in `timestamp(3)` columns), whatever the server's TimeZone. */
const UTC_NOW = Prisma.sql`(now() AT TIME ZONE 'UTC')`;

interface TokenActorRow {
  id: string;
  userId: string;
  organizationId: string;
  scopes: string[];
  email: string;
  name: string;
  twoFactorEnabled: boolean;
  organizationName: string;
  mfaRequired: boolean;
  role: string;
}

/**
 * The actor behind a bearer token, or null. A token acts for its user in its organisation,
 * limited to its scopes and, at every request, to what the user's current role allows.
 * One statement finds the live token with its user, organisation and current membership, and
 * notes "last used" to the minute (which spares a write on most calls of a busy integration):
 * every API call pays for this, so it is one round trip rather than up to four.
 */
export async function actorFromApiToken(token: string): Promise<Actor | null> {
  if (!token.startsWith(TOKEN_PREFIX) || token.length > 200) return null;
  const rows = await prisma.$queryRaw<TokenActorRow[]>`
    WITH found AS (
      SELECT t.id, t."userId", t."organizationId", t.scopes, u.email, u.name, u."twoFactorEnabled",
             o.name AS "organizationName", o."mfaRequired", m.role::text AS role
      FROM api_tokens t
      JOIN users u ON u.id = t."userId"
      JOIN organizations o ON o.id = t."organizationId"
      JOIN memberships m ON m."organizationId" = t."organizationId" AND m."userId" = t."userId"
      WHERE t."secretHash" = ${hashSecret(token)} AND t."revokedAt" IS NULL AND t."expiresAt" > ${UTC_NOW}
    ), touched AS (
      UPDATE api_tokens SET "lastUsedAt" = ${UTC_NOW}
      WHERE id = (SELECT id FROM found) AND ("lastUsedAt" IS NULL OR "lastUsedAt" < ${UTC_NOW} - interval '1 minute')
    )
    SELECT * FROM found`;
  const row = rows[0];
  if (!row || !isRole(row.role)) return null;
  return {
    userId: row.userId,
    email: row.email,
    name: row.name,
    sessionId: `token:${row.id}`,
    twoFactorEnabled: row.twoFactorEnabled,
    membership: { organizationId: row.organizationId, organizationName: row.organizationName, role: row.role, mfaRequired: row.mfaRequired },
    organizations: [{ id: row.organizationId, name: row.organizationName }],
    tokenScopes: row.scopes as Permission[],
  };
}

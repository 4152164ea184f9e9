/**
 * The actor behind a bearer token, read in one statement: what each request sees as the token,
 * its user's membership and the organisation change.
 */
import { createHash, randomBytes } from "node:crypto";
import "@/scripts/test/use-test-database";
import { describe, expect, it } from "vitest";
import type { Permission } from "@/lib/permissions";

const { prisma } = await import("./db");
const { actorFromApiToken } = await import("./api-tokens");
const { addMember, newOrganization } = await import("@/scripts/test/org-fixtures");

const MINUTE = 60_000;

/** A token stored as createApiToken stores one (only its SHA-256), with the fields a test sets. */
async function storedToken(userId: string, organizationId: string, fields: { scopes?: Permission[]; expiresAt?: Date; lastUsedAt?: Date | null } = {}) {
  const token = `ztr_${randomBytes(32).toString("base64url")}`;
  const row = await prisma.apiToken.create({
    data: {
      userId,
      organizationId,
      name: "CI",
      prefix: token.slice(0, 12),
      secretHash: createHash("sha256").update(token).digest("hex"),
      scopes: fields.scopes ?? ["assessment.read"],
      expiresAt: fields.expiresAt ?? new Date(Date.now() + 24 * 60 * MINUTE),
      lastUsedAt: fields.lastUsedAt ?? null,
    },
  });
  return { token, id: row.id };
}

describe("actorFromApiToken", () => {
  it("acts for the token's user in its organisation, with the role held now and the token's scopes", async () => {
    const { organizationId } = await newOrganization();
    const member = await addMember(organizationId, "assessor", "Tia Token");
    await prisma.organization.update({ where: { id: organizationId }, data: { name: "Contoso", mfaRequired: true } });
    const { token, id } = await storedToken(member.userId, organizationId, { scopes: ["assessment.read", "assessment.write"] });

    expect(await actorFromApiToken(token)).toEqual({
      userId: member.userId,
      email: member.email,
      name: "Tia Token",
      sessionId: `token:${id}`,
      twoFactorEnabled: false,
      membership: { organizationId, organizationName: "Contoso", role: "assessor", mfaRequired: true },
      organizations: [{ id: organizationId, name: "Contoso" }],
      tokenScopes: ["assessment.read", "assessment.write"],
    });

    await prisma.membership.update({ where: { organizationId_userId: { organizationId, userId: member.userId } }, data: { role: "viewer" } });
    expect((await actorFromApiToken(token))?.membership?.role).toBe("viewer");
  });

  it("answers null for an unknown, malformed, expired or revoked token, and once the user left the organisation", async () => {
    const { organizationId } = await newOrganization();
    const member = await addMember(organizationId, "assessor", "Nell Null");
    expect(await actorFromApiToken(`ztr_${randomBytes(32).toString("base64url")}`)).toBeNull();
    expect(await actorFromApiToken("not a token")).toBeNull();
    expect(await actorFromApiToken(`ztr_${"a".repeat(300)}`)).toBeNull();

    const expired = await storedToken(member.userId, organizationId, { expiresAt: new Date(Date.now() - 1000) });
    expect(await actorFromApiToken(expired.token)).toBeNull();

    const revoked = await storedToken(member.userId, organizationId);
    await prisma.apiToken.update({ where: { id: revoked.id }, data: { revokedAt: new Date() } });
    expect(await actorFromApiToken(revoked.token)).toBeNull();

    const live = await storedToken(member.userId, organizationId);
    expect(await actorFromApiToken(live.token)).not.toBeNull();
    await prisma.membership.delete({ where: { organizationId_userId: { organizationId, userId: member.userId } } });
    expect(await actorFromApiToken(live.token)).toBeNull();
  });

  it("notes when a token was last used, to the minute rather than on every call", async () => {
    const { organizationId } = await newOrganization();
    const member = await addMember(organizationId, "viewer", "Lu Used");
    const fresh = await storedToken(member.userId, organizationId);
    await actorFromApiToken(fresh.token);
    const firstUse = (await prisma.apiToken.findUniqueOrThrow({ where: { id: fresh.id } })).lastUsedAt;
    expect(firstUse).not.toBeNull();
    await actorFromApiToken(fresh.token);
    expect((await prisma.apiToken.findUniqueOrThrow({ where: { id: fresh.id } })).lastUsedAt).toEqual(firstUse);

    const stale = new Date(Date.now() - 2 * MINUTE);
    const old = await storedToken(member.userId, organizationId, { lastUsedAt: stale });
    await actorFromApiToken(old.token);
    expect((await prisma.apiToken.findUniqueOrThrow({ where: { id: old.id } })).lastUsedAt!.getTime()).toBeGreaterThan(stale.getTime());
  });
});

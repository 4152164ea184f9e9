import { verifyPassword } from "better-auth/crypto";
import { afterAll, describe, expect, inject, it } from "vitest";
import { issueSetupCode } from "@/scripts/db/setup-code";
import { createTestDatabase } from "@/scripts/test/test-database";
import { SETUP_CODE_MAX_FAILURES } from "@/lib/setup-code";

// Its own database: the first-run path exists only while there are no users at all.
const database = await createTestDatabase();
process.env.DATABASE_URL = database.url;
process.env.DATABASE_POOL_SIZE = inject("databasePoolSize");
const { prisma } = await import("./db");
const { createFirstOwner, isFirstRun } = await import("./first-owner");
const { readAuditChainStatus } = await import("./audit-chain");

afterAll(async () => {
  await prisma.$disconnect();
  await database.drop();
});

const OWNER = { name: "Olive Owner", email: "Olive@Example.com", password: "first-owner-password-1" };
const withCode = (code: string) => ({ kind: "setup-code" as const, code });

describe("first-run setup", () => {
  it("refuses a wrong code, an expired code, and any code once too many wrong ones were tried", async () => {
    expect(await isFirstRun()).toBe(true);
    const expired = await issueSetupCode(database.url, new Date(Date.now() - 2 * 60 * 60_000));
    await expect(createFirstOwner(OWNER, withCode(expired!))).rejects.toMatchObject({ code: "invalid_input", message: /expired/ });

    const code = (await issueSetupCode(database.url))!;
    expect(code).not.toBe(expired);
    await expect(createFirstOwner(OWNER, withCode(expired!))).rejects.toMatchObject({ code: "invalid_input", message: /not the setup code/ });
    for (let attempt = 2; attempt <= SETUP_CODE_MAX_FAILURES; attempt++) await expect(createFirstOwner(OWNER, withCode("0000-0000-0000-0000"))).rejects.toThrow(/not the setup code/);
    await expect(createFirstOwner(OWNER, withCode(code))).rejects.toThrow(/expired or been used up/);

    expect(await prisma.user.count()).toBe(0);
    expect(await prisma.auditEvent.count({ where: { action: "setup.refused", outcome: "denied" } })).toBe(SETUP_CODE_MAX_FAILURES + 2);
  });

  it("creates exactly one owner from the right code, however many setups race for it", async () => {
    const code = (await issueSetupCode(database.url))!;
    const attempts = await Promise.allSettled([
      createFirstOwner(OWNER, withCode(code.toLowerCase())),
      createFirstOwner({ ...OWNER, email: "mallory@example.com" }, withCode(code)),
      createFirstOwner({ ...OWNER, email: "eve@example.com" }, { kind: "command-line" }),
    ]);
    expect(attempts.filter((attempt) => attempt.status === "fulfilled")).toHaveLength(1);
    expect(await prisma.user.count()).toBe(1);

    const user = await prisma.user.findFirstOrThrow({ include: { accounts: true, memberships: true } });
    expect(user.memberships.map((membership) => membership.role)).toEqual(["owner"]);
    expect(await verifyPassword({ hash: user.accounts[0]!.password!, password: OWNER.password })).toBe(true);
    expect(await prisma.setupCode.count()).toBe(0);
    const created = await prisma.auditEvent.findFirstOrThrow({ where: { action: "setup.owner_created" } });
    expect(created).toMatchObject({ actorId: user.id, organizationId: user.memberships[0]!.organizationId, targetId: user.id });
    expect((await readAuditChainStatus()).broken).toBeNull();
  });

  it("is closed for good once a user exists: no new code, and every setup refused", async () => {
    expect(await isFirstRun()).toBe(false);
    expect(await issueSetupCode(database.url)).toBeNull();
    await expect(createFirstOwner({ ...OWNER, email: "late@example.com" }, { kind: "command-line" })).rejects.toMatchObject({ code: "conflict" });
    expect(await prisma.user.count()).toBe(1);
  });
});

import "@/scripts/test/use-test-database";
import { randomBytes } from "node:crypto";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { createAppRole } from "@/scripts/db/app-role";

const { prisma } = await import("./db");
const { recordStandaloneEvent } = await import("./audit");
const { readAuditChainStatus } = await import("./audit-chain");
const { exportAuditEventsCsv } = await import("./audit-log");
const { newOrganization } = await import("@/scripts/test/org-fixtures");

/** Runs `statements` as the schema owner with every trigger on audit_events switched off: what an attacker with the owner's credentials could do. */
async function tamper(sql: string, values: unknown[] = []): Promise<void> {
  await prisma.$transaction([
    prisma.$executeRawUnsafe('ALTER TABLE "audit_events" DISABLE TRIGGER USER'),
    prisma.$executeRawUnsafe(sql, ...values),
    prisma.$executeRawUnsafe('ALTER TABLE "audit_events" ENABLE TRIGGER USER'),
  ]);
}

describe("audit hash chain", () => {
  it("stays one intact chain when many events are recorded at once", async () => {
    const before = await readAuditChainStatus();
    await Promise.all(
      Array.from({ length: 40 }, (_, index) =>
        recordStandaloneEvent({ actor: { userId: "u-chain", email: "chain@example.com" }, organizationId: "org-chain", action: "test.concurrent", after: { index } }),
      ),
    );
    const after = await readAuditChainStatus();
    expect(after.broken).toBeNull();
    expect(after.events).toBe(before.events + 40);
    const seqs = (await prisma.auditEvent.findMany({ where: { organizationId: "org-chain" }, select: { seq: true }, orderBy: { seq: "asc" } })).map((row) => Number(row.seq));
    expect(new Set(seqs).size).toBe(40);
    expect(after.head!.seq).toBe(after.events);
  });

  it("names the first event that was altered, removed or relinked, and verifies again once it is restored", async () => {
    await recordStandaloneEvent({ actor: null, organizationId: "org-tamper", action: "test.original", after: { amount: 1 } });
    await recordStandaloneEvent({ actor: null, organizationId: "org-tamper", action: "test.next" });
    const [victim, next] = await prisma.auditEvent.findMany({ where: { organizationId: "org-tamper" }, orderBy: { seq: "asc" } });
    expect((await readAuditChainStatus()).broken).toBeNull();

    await tamper(`UPDATE "audit_events" SET after = '{"amount": 1000}' WHERE id = $1`, [victim!.id]);
    expect((await readAuditChainStatus()).broken).toMatchObject({ seq: Number(victim!.seq), eventId: victim!.id, problem: "altered", organizationId: "org-tamper" });

    // Rehashing the altered row unlinks the event after it instead.
    await tamper(`UPDATE "audit_events" e SET hash = audit_event_hash(e."prevHash", e) WHERE id = $1`, [victim!.id]);
    expect((await readAuditChainStatus()).broken).toMatchObject({ seq: Number(next!.seq), problem: "unlinked" });

    await tamper(`UPDATE "audit_events" SET after = $2::jsonb, hash = $3 WHERE id = $1`, [victim!.id, JSON.stringify(victim!.after), victim!.hash]);
    expect((await readAuditChainStatus()).broken).toBeNull();

    await tamper(`DELETE FROM "audit_events" WHERE id = $1`, [victim!.id]);
    expect((await readAuditChainStatus()).broken).toMatchObject({ seq: Number(next!.seq), problem: "missing" });
    await tamper(
      `INSERT INTO "audit_events" (id, at, "organizationId", action, outcome, after, seq, "prevHash", hash) VALUES ($1, $2, $3, $4, $5, $6::jsonb, $7, $8, $9)`,
      [victim!.id, victim!.at, victim!.organizationId, victim!.action, victim!.outcome, JSON.stringify(victim!.after), victim!.seq, victim!.prevHash, victim!.hash],
    );
    expect((await readAuditChainStatus()).broken).toBeNull();
  });

  it("fills in the chain itself: hashes the app sends are overwritten", async () => {
    const event = await prisma.auditEvent.create({ data: { action: "test.forged", seq: 999_999n, prevHash: "f".repeat(64), hash: "0".repeat(64) } });
    expect(event.seq).not.toBe(999_999n);
    expect(event.hash).not.toBe("0".repeat(64));
    expect((await readAuditChainStatus()).broken).toBeNull();
  });

  it("exports every matching event, never cut at a page size", async () => {
    const { organizationId, owner } = await newOrganization();
    await prisma.auditEvent.createMany({
      data: Array.from({ length: 1200 }, (_, index) => ({ id: `bulk-${organizationId}-${index}`, organizationId, action: "test.bulk", after: { index } })),
    });
    const stream = await exportAuditEventsCsv(owner, {});
    const text = await new Response(stream).text();
    const lines = text.split("\r\n").filter(Boolean);
    expect(lines[0]).toBe('"Seq","At (UTC)","Actor","Actor e-mail","Action","Action code","Outcome","Target type","Target id","IP","Request id","Before","After"');
    expect(lines).toHaveLength(1 + 1200);
    expect(new Set(lines.slice(1).map((line) => line.split(",")[0])).size).toBe(1200);
    const exported = await prisma.auditEvent.findFirstOrThrow({ where: { organizationId, action: "audit.exported" } });
    expect(exported.after).toMatchObject({ rows: 1200 });
    expect((await readAuditChainStatus()).broken).toBeNull();
  });
});

describe("the app's database role", () => {
  const role = `zt_app_${randomBytes(4).toString("hex")}`;
  let client: pg.Client;
  beforeAll(async () => {
    // The test database belongs to the superuser that created it, as a server's would belong to its owner role.
    await createAppRole(inject("databaseUrl"), role, randomBytes(12).toString("hex"));
    client = new pg.Client({ connectionString: inject("databaseUrl") });
    await client.connect();
    await client.query(`SET ROLE ${role}`);
  });
  afterAll(async () => {
    await client.query("RESET ROLE");
    await client.query(`DROP OWNED BY ${role}`);
    await client.query(`DROP ROLE ${role}`);
    await client.end();
  });

  it("may append audit events and read them, but cannot change, erase or unprotect them", async () => {
    await client.query(`INSERT INTO "audit_events" (id, action) VALUES ($1, 'test.app_role')`, [`app-${role}`]);
    const { rows } = await client.query(`SELECT seq, hash FROM "audit_events" WHERE id = $1`, [`app-${role}`]);
    expect(rows[0].hash).toMatch(/^[0-9a-f]{64}$/);

    await expect(client.query(`ALTER TABLE "audit_events" DISABLE TRIGGER USER`)).rejects.toThrow(/must be owner/);
    await expect(client.query(`ALTER TABLE "audit_events" DISABLE TRIGGER audit_events_no_update_or_delete`)).rejects.toThrow(/must be owner/);
    await expect(client.query(`UPDATE "audit_events" SET action = 'x' WHERE id = $1`, [`app-${role}`])).rejects.toThrow(/permission denied/);
    await expect(client.query(`DELETE FROM "audit_events" WHERE id = $1`, [`app-${role}`])).rejects.toThrow(/permission denied/);
    await expect(client.query(`TRUNCATE "audit_events"`)).rejects.toThrow(/permission denied/);
    await expect(client.query(`DROP TRIGGER audit_events_chain ON "audit_events"`)).rejects.toThrow(/must be owner/);
    await expect(client.query(`TRUNCATE "users" CASCADE`)).rejects.toThrow(/permission denied/);
    await expect(client.query(`SELECT * FROM "_prisma_migrations"`)).rejects.toThrow(/permission denied/);

    const { rows: protection } = await client.query(
      `SELECT r.rolsuper OR pg_has_role(current_user, c.relowner, 'MEMBER') AS owner FROM pg_roles r, pg_class c WHERE r.rolname = current_user AND c.oid = '"audit_events"'::regclass`,
    );
    expect(protection[0].owner).toBe(false);
  });

  it("can do the app's ordinary work on the other tables", async () => {
    const id = `user-${role}`;
    await client.query(`INSERT INTO "users" (id, name, email, "updatedAt") VALUES ($1, 'Role Test', $2, now())`, [id, `${id}@example.com`]);
    await client.query(`UPDATE "users" SET name = 'Renamed' WHERE id = $1`, [id]);
    await client.query(`DELETE FROM "users" WHERE id = $1`, [id]);
    expect((await client.query(`SELECT count(*)::int AS n FROM "users" WHERE id = $1`, [id])).rows[0].n).toBe(0);
  });
});

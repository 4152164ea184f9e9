import "@/scripts/test/use-test-database";
import { describe, expect, it } from "vitest";

const { prisma } = await import("./db");
const { recordStandaloneEvent } = await import("./audit");

describe("audit trail", () => {
  it("stores redacted copies and refuses every update and delete, in the database itself", async () => {
    await recordStandaloneEvent({
      actor: { userId: "u1", email: "ada@example.com" },
      organizationId: "org-audit",
      action: "token.created",
      after: { name: "CI", secretHash: "abc", owner: "ada@example.com" },
    });
    const event = await prisma.auditEvent.findFirstOrThrow({ where: { organizationId: "org-audit" } });
    expect(event.after).toEqual({ name: "CI", secretHash: "[redacted]", owner: "a***@example.com" });

    await expect(prisma.auditEvent.update({ where: { id: event.id }, data: { action: "nothing.happened" } })).rejects.toThrow(/append-only/);
    await expect(prisma.auditEvent.delete({ where: { id: event.id } })).rejects.toThrow(/append-only/);
    await expect(prisma.$executeRawUnsafe('TRUNCATE "audit_events"')).rejects.toThrow(/append-only/);
    expect(await prisma.auditEvent.count({ where: { id: event.id, action: "token.created" } })).toBe(1);
  });
});

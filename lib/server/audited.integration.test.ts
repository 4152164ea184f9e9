import "@/scripts/test/use-test-database";
import { afterEach, describe, expect, it } from "vitest";

const { prisma } = await import("./db");
const { audited } = await import("./audit");
const { renameOrganization, createInvitation } = await import("./members");
const { setScoringPolicy } = await import("./scoring-policy");
const { newOrganization } = await import("@/scripts/test/org-fixtures");

/** Makes the database refuse every audit event of one organisation, as a full disk or a broken chain would. */
async function refuseAuditEventsOf(organizationId: string): Promise<void> {
  await prisma.$executeRawUnsafe(`
    CREATE OR REPLACE FUNCTION test_refuse_audit_event() RETURNS trigger AS $$
    BEGIN
      IF NEW."organizationId" = '${organizationId}' THEN RAISE EXCEPTION 'audit insert refused by the test'; END IF;
      RETURN NEW;
    END $$ LANGUAGE plpgsql`);
  await prisma.$executeRawUnsafe(`CREATE TRIGGER test_refuse_audit_event BEFORE INSERT ON audit_events FOR EACH ROW EXECUTE FUNCTION test_refuse_audit_event()`);
}

afterEach(async () => {
  await prisma.$executeRawUnsafe(`DROP TRIGGER IF EXISTS test_refuse_audit_event ON audit_events`);
  await prisma.$executeRawUnsafe(`DROP FUNCTION IF EXISTS test_refuse_audit_event()`);
});

describe("a change and its audit event", () => {
  it("commit together: when the event cannot be written, the change is not there either", async () => {
    const { organizationId, owner } = await newOrganization();
    await refuseAuditEventsOf(organizationId);

    await expect(renameOrganization(owner, { name: "Renamed" })).rejects.toThrow(/audit insert refused/);
    await expect(createInvitation(owner, { email: "new@example.com", role: "assessor" })).rejects.toThrow(/audit insert refused/);
    await expect(
      setScoringPolicy(owner, { naThresholdPercent: 40, coverageThresholdPercent: 50, defaultTarget: "advanced", naRequiresApproval: true }),
    ).rejects.toThrow(/audit insert refused/);

    const organization = await prisma.organization.findUniqueOrThrow({ where: { id: organizationId } });
    expect(organization.name).toBe("Org");
    expect(organization.naRequiresApproval).toBe(false);
    expect(await prisma.invitation.count({ where: { organizationId } })).toBe(0);
    expect(await prisma.auditEvent.count({ where: { organizationId } })).toBe(0);
  });

  it("are both written when the change succeeds, in the order recorded, after the change", async () => {
    const { organizationId, owner } = await newOrganization();
    const name = await audited(async (tx, record) => {
      record({ actor: { userId: owner.userId, email: owner.email }, organizationId, action: "test.first" });
      const row = await tx.organization.update({ where: { id: organizationId }, data: { name: "Both" } });
      record({ actor: { userId: owner.userId, email: owner.email }, organizationId, action: "test.second" });
      return row.name;
    });
    expect(name).toBe("Both");
    const events = await prisma.auditEvent.findMany({ where: { organizationId }, orderBy: { seq: "asc" } });
    expect(events.map((event) => event.action)).toEqual(["test.first", "test.second"]);
  });

  it("leave nothing when the change itself fails after recording its event", async () => {
    const { organizationId, owner } = await newOrganization();
    await expect(
      audited(async (tx, record) => {
        await tx.organization.update({ where: { id: organizationId }, data: { name: "Half" } });
        record({ actor: { userId: owner.userId, email: owner.email }, organizationId, action: "test.half" });
        throw new Error("the change failed");
      }),
    ).rejects.toThrow("the change failed");
    expect((await prisma.organization.findUniqueOrThrow({ where: { id: organizationId } })).name).toBe("Org");
    expect(await prisma.auditEvent.count({ where: { organizationId } })).toBe(0);
  });
});

/** The organisation's report marking: owners and admins set it, it is audited, the report carries it. */
import { randomUUID } from "node:crypto";
import "@/scripts/test/use-test-database";
import { describe, expect, it } from "vitest";
import { LATEST_FRAMEWORK } from "@/lib/framework/index";
import type { Role } from "@/lib/permissions";

const { prisma } = await import("./db");
const { AppError } = await import("./errors");
const { getReportClassification, getReportData, reportDisposition, setReportClassification } = await import("./report");
import type { Actor } from "@/lib/actor";

async function memberOf(role: Role, organizationId?: string): Promise<Actor> {
  const userId = randomUUID();
  const email = `${userId}@example.com`;
  await prisma.user.create({ data: { id: userId, name: `Ren ${role}`, email, emailVerified: true } });
  const organization = organizationId
    ? await prisma.organization.findUniqueOrThrow({ where: { id: organizationId } })
    : await prisma.organization.create({ data: { name: "Marking Org", slug: `marking-${userId}` } });
  await prisma.membership.create({ data: { organizationId: organization.id, userId, role } });
  return {
    userId,
    email,
    name: `Ren ${role}`,
    sessionId: randomUUID(),
    twoFactorEnabled: false,
    organizations: [{ id: organization.id, name: organization.name }],
    membership: { organizationId: organization.id, organizationName: organization.name, role, mfaRequired: false },
  };
}

describe("report classification", () => {
  it("defaults to Confidential, is set by an owner, audited with before and after, and printed in the report", async () => {
    const owner = await memberOf("owner");
    expect(await getReportClassification(owner)).toBe("Confidential");
    await setReportClassification(owner, { classification: "  TLP:AMBER  " });
    expect(await getReportClassification(owner)).toBe("TLP:AMBER");
    const event = await prisma.auditEvent.findFirstOrThrow({ where: { actorId: owner.userId, action: "organization.report_classification_changed" } });
    expect(event.before).toEqual({ reportClassification: "Confidential" });
    expect(event.after).toEqual({ reportClassification: "TLP:AMBER" });

    const assessment = await prisma.assessment.create({
      data: { organizationId: owner.membership!.organizationId, name: "Zürich baseline", frameworkVersion: LATEST_FRAMEWORK.id, targets: {} },
    });
    const data = await getReportData(owner, assessment.id);
    expect(data.classification).toBe("TLP:AMBER");
    expect(data.previous).toBeNull();
  });

  it("is refused to an assessor, and refuses markings the PDF fonts cannot print", async () => {
    const owner = await memberOf("owner");
    const assessor = await memberOf("assessor", owner.membership!.organizationId);
    await expect(setReportClassification(assessor, { classification: "Public" })).rejects.toBeInstanceOf(AppError);
    await expect(setReportClassification(owner, { classification: "Secret \u2192 board" })).rejects.toThrow(/Western European/);
    await expect(setReportClassification(owner, { classification: "x".repeat(41) })).rejects.toThrow(/at most 40/);
    expect(await getReportClassification(owner)).toBe("Confidential");
  });
});

describe("reportDisposition", () => {
  const generatedAt = new Date("2026-12-06T10:00:00Z");
  it("names the assessment and the snapshot label, or the date for the current answers", () => {
    expect(reportDisposition({ assessment: { name: "Zürich baseline", scope: "" }, snapshot: { label: "Board Q4 (final)", takenAt: generatedAt, scoringVersion: 2 }, generatedAt })).toBe(
      "attachment; filename=\"Zurich-baseline_Board-Q4-final.pdf\"; filename*=UTF-8''Z%C3%BCrich%20baseline%20-%20Board%20Q4%20%28final%29.pdf",
    );
    expect(reportDisposition({ assessment: { name: "Baseline", scope: "" }, snapshot: { label: null, takenAt: generatedAt, scoringVersion: 2 }, generatedAt })).toContain('filename="Baseline_2026-12-06.pdf"');
    expect(reportDisposition({ assessment: { name: "Baseline", scope: "" }, snapshot: null, generatedAt })).toContain('filename="Baseline_current-2026-12-06.pdf"');
  });
});

/** The audit page's data: one page at a time, names instead of ids, values cut to a size a page can carry. */
import "@/scripts/test/use-test-database";
import { describe, expect, it } from "vitest";
import { LATEST_FRAMEWORK } from "@/lib/framework/index";
import { addMember, newOrganization } from "@/scripts/test/org-fixtures";

const { recordStandaloneEvent } = await import("./audit");
const assessments = await import("./assessments");
const answers = await import("./answers");
const { AUDIT_PAGE_SIZE, AUDIT_VALUE_LIMIT, exportAuditEventsCsv, listAuditEvents } = await import("./audit-log");

const Q1 = LATEST_FRAMEWORK.questions[0]!.id;

describe("listAuditEvents", () => {
  it("pages the trail newest first and counts every matching event", async () => {
    const { organizationId, owner } = await newOrganization();
    for (let index = 0; index < AUDIT_PAGE_SIZE + 7; index += 1) {
      await recordStandaloneEvent({ actor: { userId: owner.userId, email: owner.email }, organizationId, action: "test.paged", after: { index } });
    }
    const first = await listAuditEvents(owner, { action: "test." });
    const second = await listAuditEvents(owner, { action: "test." }, 2);
    expect(first.total).toBe(AUDIT_PAGE_SIZE + 7);
    expect(first.rows).toHaveLength(AUDIT_PAGE_SIZE);
    expect(second.rows).toHaveLength(7);
    expect(first.rows[0]!.changes).toEqual([{ field: "index", label: "Index", before: null, after: String(AUDIT_PAGE_SIZE + 6), truncated: false }]);
    expect(second.rows.at(-1)!.changes[0]!.after).toBe("0");
    expect((await listAuditEvents(owner, { action: "test." }, 3)).rows).toEqual([]);
  });

  it("names people and assessments, shows before → after, and cuts long values", async () => {
    const { organizationId, owner } = await newOrganization("Dana Demo");
    const pat = await addMember(organizationId, "assessor", "Pat Assessor");
    const { id } = await assessments.createAssessment(pat, { name: "FY27 baseline", scope: "", frameworkVersion: LATEST_FRAMEWORK.id, ownerId: owner.userId });
    await answers.saveAnswers(pat, id, [{ questionId: Q1, value: "initial", note: "short", evidence: [], expectedVersion: 0 }]);
    await answers.saveAnswers(pat, id, [{ questionId: Q1, value: "advanced", note: "n".repeat(5000), evidence: [], expectedVersion: 1 }]);
    const { rows } = await listAuditEvents(owner, { actor: "pat ass" });
    expect(rows.map((row) => [row.actor?.name, row.actionLabel, row.target])).toEqual([
      ["Pat Assessor", "Answer saved", { type: "Assessment", name: "FY27 baseline", href: `/assessments/${id}` }],
      ["Pat Assessor", "Answer saved", { type: "Assessment", name: "FY27 baseline", href: `/assessments/${id}` }],
      ["Pat Assessor", "Assessment changed", { type: "Assessment", name: "FY27 baseline", href: `/assessments/${id}` }],
      ["Pat Assessor", "Assessment created", { type: "Assessment", name: "FY27 baseline", href: `/assessments/${id}` }],
    ]);
    const changed = rows[0]!.changes;
    expect(changed.find((change) => change.field === "value")).toMatchObject({ label: "Answer", before: "Initial", after: "Advanced" });
    const note = changed.find((change) => change.field === "note")!;
    expect(note).toMatchObject({ before: "short", truncated: true });
    expect(note.after).toHaveLength(AUDIT_VALUE_LIMIT + 1);
    expect(rows[2]!.changes).toEqual([expect.objectContaining({ label: "Status", before: "Draft", after: "In progress" })]);
    expect(rows[3]!.changes.find((change) => change.field === "ownerId")).toMatchObject({ label: "Owner", after: "Dana Demo" });
    expect(JSON.stringify(rows)).not.toContain(owner.userId);
  });

  it("filters by outcome and keeps other organisations out", async () => {
    const { organizationId, owner } = await newOrganization();
    const { organizationId: otherOrg } = await newOrganization();
    await recordStandaloneEvent({ actor: null, organizationId, action: "test.refused", outcome: "denied" });
    await recordStandaloneEvent({ actor: null, organizationId: otherOrg, action: "test.refused", outcome: "denied" });
    const { rows, total } = await listAuditEvents(owner, { outcome: "denied" });
    expect(total).toBe(1);
    expect(rows[0]).toMatchObject({ actionLabel: "Test: refused", outcomeLabel: "Denied", actor: null });
  });

  it("exports every value whole, with readable labels beside the codes", async () => {
    const { organizationId, owner } = await newOrganization("Dana Demo");
    await recordStandaloneEvent({ actor: { userId: owner.userId, email: owner.email }, organizationId, action: "answer.saved", after: { note: "x".repeat(1500) } });
    const csv = await new Response(await exportAuditEventsCsv(owner, { action: "answer." })).text();
    const [, line] = csv.split("\r\n");
    expect(line).toContain('"Dana Demo"');
    expect(line).toContain('"Answer saved","answer.saved","Success"');
    expect(line).toContain("x".repeat(1500));
  });
});

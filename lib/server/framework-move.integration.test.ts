/** Moving an assessment to the next question bank version: answers and tracked next steps follow the lineage, in one audited transaction. */
import "@/scripts/test/use-test-database";
import { describe, expect, it, vi } from "vitest";
import type { Framework } from "@/lib/framework/types";
import { addMember, newOrganization } from "@/scripts/test/org-fixtures";
import type { Actor } from "@/lib/actor";

// A hand-made next version over zt-2026.1's questions, so these tests do not depend on zt-2026.2's
// content: IDN-07 merges into IDN-06, IDN-08 is removed, everything else stays.
vi.mock("@/lib/framework/index", async (importOriginal) => {
  const real = await importOriginal<typeof import("@/lib/framework/index")>();
  const earlier = real.FRAMEWORKS[0]!;
  const next: Framework = {
    ...earlier,
    id: "zt-2026.2",
    name: "Next",
    // IDN-02 takes zt-2026.2's detail, where it always applies (no N/A).
    questions: earlier.questions
      .filter((question) => question.id !== "IDN-07" && question.id !== "IDN-08")
      .map((question) => (question.id === "IDN-02" ? { ...question, detail: real.getFramework("zt-2026.2")!.questions.find((later) => later.id === "IDN-02")!.detail } : question)),
    lineage: {
      from: earlier.id,
      entries: earlier.questions.map((question) =>
        question.id === "IDN-06" || question.id === "IDN-07"
          ? { from: question.id, to: ["IDN-06"], kind: "merged" as const, note: "Sessions and service accounts merged for the test." }
          : question.id === "IDN-08"
            ? { from: question.id, to: [], kind: "removed" as const, note: "Removed for the test." }
            : { from: question.id, to: [question.id], kind: "same" as const, note: "Unchanged." },
      ),
    },
  };
  const FRAMEWORKS = [earlier, next];
  return { ...real, FRAMEWORKS, LATEST_FRAMEWORK: next, getFramework: (id: string) => FRAMEWORKS.find((framework) => framework.id === id) };
});

const { prisma } = await import("./db");
const { AppError } = await import("./errors");
const assessments = await import("./assessments");
const answers = await import("./answers");
const snapshots = await import("./snapshots");
const move = await import("./framework-move");
const portfolio = await import("./portfolio");
const dashboard = await import("./dashboard");

type Level = "traditional" | "initial" | "advanced" | "optimal" | "not_applicable";

async function assessmentOn(owner: Actor, levels: Record<string, Level>, frameworkVersion = "zt-2026.1") {
  const { id } = await assessments.createAssessment(owner, { name: "Moving", scope: "", frameworkVersion });
  const saves = Object.entries(levels).map(([questionId, value]) => ({
    questionId,
    value,
    naReason: value === "not_applicable" ? "Not ours." : undefined,
    note: `${questionId} note`,
    evidence: [`https://example.com/${questionId}`],
    criteriaMet: [],
    expectedVersion: 0,
  }));
  const saved = await answers.saveAnswers(owner, id, saves);
  expect(saved.ok).toBe(true);
  return id;
}

const refusal = (promise: Promise<unknown>) => promise.then(() => expect.unreachable("should have been refused"), (error: unknown) => error);

describe("moving an assessment to a new version", () => {
  it("previews the move without changing anything", async () => {
    const { owner } = await newOrganization();
    const id = await assessmentOn(owner, { "IDN-01": "advanced", "IDN-06": "optimal", "IDN-07": "initial", "IDN-08": "initial" });
    const preview = await move.previewVersionMove(owner, id, "zt-2026.2");
    expect(preview).toMatchObject({ from: "zt-2026.1", to: "zt-2026.2", summary: { carried: 1, merged: 1, dropped: 1, new: 0 } });
    expect(preview.merged).toEqual([{ to: "IDN-06", title: expect.any(String), from: [expect.objectContaining({ id: "IDN-06" }), expect.objectContaining({ id: "IDN-07" })], notes: ["Sessions and service accounts merged for the test."] }]);
    expect(preview.removed).toEqual([{ id: "IDN-08", title: expect.any(String), note: "Removed for the test.", answered: true }]);
    expect((await prisma.assessment.findUniqueOrThrow({ where: { id } })).frameworkVersion).toBe("zt-2026.1");
    expect(await prisma.answer.count({ where: { assessmentId: id } })).toBe(4);
  });

  it("carries the answers, marks them, moves tracked next steps, keeps snapshots pinned and audits it in one go", async () => {
    const { owner } = await newOrganization();
    const id = await assessmentOn(owner, { "IDN-01": "advanced", "IDN-06": "optimal", "IDN-07": "initial", "IDN-08": "traditional" });
    await snapshots.recordSnapshot(owner, id, { label: "Before" });
    await prisma.nextStep.updateMany({ where: { assessmentId: id, questionId: "IDN-07" }, data: { status: "in_progress", notes: "Vault ordered." } });
    const stepsBefore = await prisma.nextStep.findMany({ where: { assessmentId: id } });
    expect(stepsBefore.map((step) => step.questionId).sort()).toEqual(expect.arrayContaining(["IDN-01", "IDN-07", "IDN-08"]));

    const result = await move.moveAssessmentToVersion(owner, id, "zt-2026.2");
    expect(result).toMatchObject({ from: "zt-2026.1", to: "zt-2026.2", summary: { carried: 1, merged: 1, dropped: 1 }, nextSteps: { dropped: 1 } });

    const detail = await assessments.getAssessment(owner, id);
    expect(detail.frameworkVersion).toBe("zt-2026.2");
    expect(detail.answers.map((answer) => [answer.questionId, answer.value, answer.carriedFrom]).sort()).toEqual([
      ["IDN-01", "advanced", "zt-2026.1 IDN-01"],
      ["IDN-06", "initial", "zt-2026.1 IDN-06, IDN-07"],
    ]);
    expect(detail.answers.find((answer) => answer.questionId === "IDN-01")).toMatchObject({ note: "IDN-01 note", evidence: ["https://example.com/IDN-01"], criteriaMet: [] });

    const steps = await prisma.nextStep.findMany({ where: { assessmentId: id } });
    const known = new Set((await import("@/lib/framework/index")).getFramework("zt-2026.2")!.questions.map((question) => question.id));
    expect(steps.every((step) => known.has(step.questionId))).toBe(true);
    const merged = steps.find((step) => step.questionId === "IDN-06");
    expect(merged).toMatchObject({ status: "in_progress", notes: "Vault ordered." });

    const snapshot = await prisma.snapshot.findFirstOrThrow({ where: { assessmentId: id } });
    expect(snapshot.frameworkVersion).toBe("zt-2026.1");

    const event = await prisma.auditEvent.findFirstOrThrow({ where: { targetId: id, action: "assessment.version_moved" } });
    // The answers as they were, the removed question's included, so nothing is lost unrecorded.
    expect(event.before).toMatchObject({ frameworkVersion: "zt-2026.1" });
    expect((event.before as { answers: { questionId: string; value: string; note: string }[] }).answers).toEqual(
      expect.arrayContaining([expect.objectContaining({ questionId: "IDN-08", value: "traditional", note: "IDN-08 note" })]),
    );
    expect((event.before as { answers: unknown[] }).answers).toHaveLength(4);
    // Carried answers start above every version read before the move: a stale page's save conflicts.
    const stale = await answers.saveAnswers(owner, id, [{ questionId: "IDN-01", value: "optimal", note: "", evidence: [], expectedVersion: 1 }]);
    expect(stale.ok).toBe(false);
    expect(event.after).toMatchObject({ frameworkVersion: "zt-2026.2", carried: 1, merged: 1, dropped: 1, answers: 2, nextSteps: { dropped: 1 } });
  });

  it("a save of the carried answer as it is confirms it, and the audit shows what it confirmed", async () => {
    const { owner } = await newOrganization();
    const id = await assessmentOn(owner, { "IDN-01": "advanced" });
    await move.moveAssessmentToVersion(owner, id, "zt-2026.2");
    const carried = (await assessments.getAssessment(owner, id)).answers.find((answer) => answer.questionId === "IDN-01")!;
    const result = await answers.saveAnswers(owner, id, [
      { questionId: "IDN-01", value: carried.value, note: carried.note, evidence: carried.evidence, criteriaMet: carried.criteriaMet, expectedVersion: carried.version },
    ]);
    expect(result.ok && result.answers[0]).toMatchObject({ carriedFrom: null, version: carried.version + 1 });
    const saved = await prisma.auditEvent.findFirstOrThrow({ where: { targetId: id, action: "answer.saved" }, orderBy: { seq: "desc" } });
    expect(saved.before).toMatchObject({ questionId: "IDN-01", carriedFrom: "zt-2026.1 IDN-01" });
  });

  it("turns an N/A on a question that now always applies into Unknown, keeping the reason", async () => {
    const { owner } = await newOrganization();
    const id = await assessmentOn(owner, { "IDN-02": "not_applicable" });
    await move.moveAssessmentToVersion(owner, id, "zt-2026.2");
    const carried = (await assessments.getAssessment(owner, id)).answers.find((answer) => answer.questionId === "IDN-02");
    expect(carried).toMatchObject({ value: "unknown", naReason: null, carriedFrom: "zt-2026.1 IDN-02" });
    expect(carried?.note).toContain("Was N/A in zt-2026.1 (Not ours.)");
  });

  it("keeps the review date of an N/A it carries", async () => {
    const { owner } = await newOrganization();
    const id = await assessmentOn(owner, { "APP-04": "not_applicable" });
    const before = await prisma.answer.findUniqueOrThrow({ where: { assessmentId_questionId: { assessmentId: id, questionId: "APP-04" } } });
    expect(before.naReviewDate).not.toBeNull();
    await move.moveAssessmentToVersion(owner, id, "zt-2026.2");
    const after = await prisma.answer.findUniqueOrThrow({ where: { assessmentId_questionId: { assessmentId: id, questionId: "APP-04" } } });
    expect(after).toMatchObject({ level: "not_applicable", naReviewDate: before.naReviewDate, naApprovedAt: null });
  });

  it("history across the move: no change or diff computed over different question sets, and the versions named", async () => {
    const { owner } = await newOrganization();
    const id = await assessmentOn(owner, { "IDN-01": "initial" });
    await snapshots.recordSnapshot(owner, id, { label: "Old" });
    await move.moveAssessmentToVersion(owner, id, "zt-2026.2");
    const before = await dashboard.getAssessmentDashboard(owner, id);
    expect(before.sinceLastSnapshot).toMatchObject({ label: "Old", frameworkVersion: "zt-2026.1", diff: null });
    await snapshots.recordSnapshot(owner, id, { label: "New" });
    const row = (await portfolio.getPortfolio(owner)).rows.find((candidate) => candidate.id === id)!;
    expect(row.change).toBeNull();
    expect(row.history.map((point) => point.frameworkVersion)).toEqual(["zt-2026.1", "zt-2026.2"]);
    const after = await dashboard.getAssessmentDashboard(owner, id);
    expect(after.sinceLastSnapshot?.diff).not.toBeNull();
    expect(after.snapshots.map((snapshot) => snapshot.frameworkVersion)).toEqual(["zt-2026.1", "zt-2026.2"]);
  });

  it("confirming a carried answer clears the mark, keeps the answer and audits it", async () => {
    const { owner } = await newOrganization();
    const id = await assessmentOn(owner, { "IDN-01": "initial" });
    await move.moveAssessmentToVersion(owner, id, "zt-2026.2");
    const before = await prisma.answer.findFirstOrThrow({ where: { assessmentId: id, questionId: "IDN-01" } });
    const confirmed = await move.confirmCarriedAnswer(owner, id, "IDN-01");
    expect(confirmed).toMatchObject({ questionId: "IDN-01", value: "initial", carriedFrom: null, version: before.version });
    expect(await prisma.auditEvent.count({ where: { targetId: id, action: "answer.confirmed" } })).toBe(1);
    await move.confirmCarriedAnswer(owner, id, "IDN-01");
    expect(await prisma.auditEvent.count({ where: { targetId: id, action: "answer.confirmed" } })).toBe(1);
    expect(await refusal(move.confirmCarriedAnswer(owner, id, "IDN-02"))).toMatchObject({ code: "not_found" });
  });

  it("a viewer can neither preview, move nor confirm", async () => {
    const { organizationId, owner } = await newOrganization();
    const viewer = await addMember(organizationId, "viewer", "Vic Viewer");
    const id = await assessmentOn(owner, { "IDN-01": "initial" });
    const attempts = [() => move.previewVersionMove(viewer, id, "zt-2026.2"), () => move.moveAssessmentToVersion(viewer, id, "zt-2026.2"), () => move.confirmCarriedAnswer(viewer, id, "IDN-01")];
    for (const attempt of attempts) expect(await refusal(attempt())).toMatchObject({ code: "forbidden" });
    expect((await prisma.assessment.findUniqueOrThrow({ where: { id } })).frameworkVersion).toBe("zt-2026.1");
  });

  it("another organisation's assessment is not found", async () => {
    const { owner } = await newOrganization();
    const { owner: stranger } = await newOrganization();
    const id = await assessmentOn(owner, {});
    expect(await refusal(move.moveAssessmentToVersion(stranger, id, "zt-2026.2"))).toMatchObject({ code: "not_found" });
  });

  it("an archived assessment does not move until restored; a completed one does", async () => {
    const { owner } = await newOrganization();
    const id = await assessmentOn(owner, { "IDN-01": "initial" });
    await assessments.updateAssessment(owner, id, { status: "archived" });
    expect(await refusal(move.moveAssessmentToVersion(owner, id, "zt-2026.2"))).toMatchObject({ code: "conflict", status: 409 });
    await assessments.updateAssessment(owner, id, { status: "completed" });
    await expect(move.moveAssessmentToVersion(owner, id, "zt-2026.2")).resolves.toMatchObject({ to: "zt-2026.2" });
  });

  it("refuses an unknown, the same or an older version with a clear 4xx", async () => {
    const { owner } = await newOrganization();
    const old = await assessmentOn(owner, {});
    const unknown = await refusal(move.moveAssessmentToVersion(owner, old, "zt-1999.1"));
    expect(unknown).toBeInstanceOf(AppError);
    expect(unknown).toMatchObject({ code: "invalid_input", status: 400, message: expect.stringContaining("zt-1999.1") });
    expect(await refusal(move.moveAssessmentToVersion(owner, old, "zt-2026.1"))).toMatchObject({ code: "conflict", status: 409 });
    const current = await assessmentOn(owner, {}, "zt-2026.2");
    const older = await refusal(move.moveAssessmentToVersion(owner, current, "zt-2026.1"));
    expect(older).toMatchObject({ code: "conflict", message: expect.stringContaining("older") });
    expect(move.nextVersionOf("zt-2026.1")?.id).toBe("zt-2026.2");
    expect(move.nextVersionOf("zt-2026.2")).toBeUndefined();
  });
});

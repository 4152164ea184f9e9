/** Tracked next steps: made from snapshots, kept across recommendation changes, closed when the gap is. */
import "@/scripts/test/use-test-database";
import { describe, expect, it } from "vitest";
import { LATEST_FRAMEWORK } from "@/lib/framework/index";
import { addMember, newOrganization } from "@/scripts/test/org-fixtures";
import type { Actor } from "./session";

const { prisma } = await import("./db");
const { AppError } = await import("./errors");
const assessments = await import("./assessments");
const answers = await import("./answers");
const snapshots = await import("./snapshots");
const nextSteps = await import("./next-steps");
const portfolio = await import("./portfolio");

const IDENTITY = LATEST_FRAMEWORK.questions.filter((question) => question.pillar === "identity").map((question) => question.id);
const [Q1, Q2] = IDENTITY as [string, string];

/** An assessment targeting Advanced everywhere, so a question at Advanced has no next step. */
async function assessmentWith(owner: Actor, levels: Record<string, "traditional" | "initial" | "advanced">) {
  const { id } = await assessments.createAssessment(owner, { name: "Tracked", scope: "", frameworkVersion: LATEST_FRAMEWORK.id, targets: Object.fromEntries(LATEST_FRAMEWORK.pillars.map((pillar) => [pillar.id, "advanced"])) });
  await answers.saveAnswers(owner, id, Object.entries(levels).map(([questionId, value]) => ({ questionId, value, note: "", evidence: [], expectedVersion: 0 })));
  return id;
}

async function setLevel(owner: Actor, assessmentId: string, questionId: string, value: "initial" | "advanced") {
  const current = await prisma.answer.findUniqueOrThrow({ where: { assessmentId_questionId: { assessmentId, questionId } } });
  const result = await answers.saveAnswers(owner, assessmentId, [{ questionId, value, note: "", evidence: [], expectedVersion: current.version }]);
  expect(result.ok).toBe(true);
}

const stepFor = async (owner: Actor, assessmentId: string, questionId: string) => (await nextSteps.listNextSteps(owner, { assessmentId, closed: true })).items.find((step) => step.questionId === questionId);

describe("tracked next steps", () => {
  it("a snapshot turns each prioritised next step into a tracked item with the adoption tracker's columns", async () => {
    const { owner } = await newOrganization();
    const id = await assessmentWith(owner, { [Q1]: "traditional", [Q2]: "advanced" });
    await snapshots.recordSnapshot(owner, id, { label: "Q1 review" });
    const { items: steps } = await nextSteps.listNextSteps(owner, { assessmentId: id });
    expect(steps.map((step) => step.questionId)).toEqual([Q1]);
    const question = LATEST_FRAMEWORK.questions.find((candidate) => candidate.id === Q1)!;
    expect(steps[0]).toMatchObject({
      title: question.title,
      objective: question.nextSteps.traditional.action,
      stage: "initial",
      status: "not_started",
      owner: null,
      pillar: "identity",
      overdue: false,
      assessment: { id, name: "Tracked" },
    });
  });

  it("keeps owner, status, due date and notes when a later snapshot moves the recommendation, and closes it with a reason when the gap is gone", async () => {
    const { organizationId, owner } = await newOrganization();
    const pm = await addMember(organizationId, "tracker", "Pat Manager");
    const id = await assessmentWith(owner, { [Q1]: "traditional" });
    await snapshots.recordSnapshot(owner, id, { label: "Q1" });
    const step = (await stepFor(owner, id, Q1))!;
    await nextSteps.updateNextStep(pm, step.id, { ownerId: pm.userId, status: "in_progress", dueDate: "2027-03-31", notes: "Hardware keys ordered" });

    await setLevel(owner, id, Q1, "initial");
    await snapshots.recordSnapshot(owner, id, { label: "Q2" });
    const moved = (await stepFor(owner, id, Q1))!;
    expect(moved).toMatchObject({ id: step.id, stage: "advanced", owner: { id: pm.userId }, status: "in_progress", dueDate: "2027-03-31", notes: "Hardware keys ordered", closedReason: null });

    await setLevel(owner, id, Q1, "advanced");
    await snapshots.recordSnapshot(owner, id, { label: "Q3" });
    const closed = (await stepFor(owner, id, Q1))!;
    expect(closed).toMatchObject({ id: step.id, status: "done", owner: { id: pm.userId } });
    expect(closed.closedReason).toMatch(/Gap closed.*“Q3”/);

    // The gap coming back reopens what was closed automatically.
    await setLevel(owner, id, Q1, "initial");
    await snapshots.recordSnapshot(owner, id, { label: "Q4" });
    expect(await stepFor(owner, id, Q1)).toMatchObject({ id: step.id, status: "not_started", closedReason: null, owner: { id: pm.userId } });
  });

  it("a won't-do decision survives later snapshots", async () => {
    const { owner } = await newOrganization();
    const id = await assessmentWith(owner, { [Q1]: "traditional" });
    await snapshots.recordSnapshot(owner, id, {});
    const step = (await stepFor(owner, id, Q1))!;
    await nextSteps.updateNextStep(owner, step.id, { status: "wont_do", notes: "Risk accepted by the CISO" });
    await snapshots.recordSnapshot(owner, id, {});
    expect(await stepFor(owner, id, Q1)).toMatchObject({ status: "wont_do", closedReason: null });
  });

  it("flags and filters overdue open items, and bulk status changes are all or nothing", async () => {
    const { owner } = await newOrganization();
    const id = await assessmentWith(owner, { [Q1]: "traditional", [Q2]: "initial" });
    await snapshots.recordSnapshot(owner, id, {});
    const [late, onTime] = [(await stepFor(owner, id, Q1))!, (await stepFor(owner, id, Q2))!];
    await nextSteps.updateNextStep(owner, late.id, { dueDate: "2020-01-31" });
    await nextSteps.updateNextStep(owner, onTime.id, { dueDate: "2999-12-31" });
    expect((await nextSteps.listNextSteps(owner, { overdue: true })).items.map((step) => step.id)).toEqual([late.id]);
    expect((await stepFor(owner, id, Q1))!.overdue).toBe(true);

    const other = await newOrganization("Eve Elsewhere");
    const foreignId = await assessmentWith(other.owner, { [Q1]: "traditional" });
    await snapshots.recordSnapshot(other.owner, foreignId, {});
    const foreign = (await stepFor(other.owner, foreignId, Q1))!;
    const refused = await nextSteps.setNextStepsStatus(owner, { ids: [late.id, foreign.id], status: "blocked" }).catch((error: unknown) => error);
    expect(refused).toBeInstanceOf(AppError);
    expect((await stepFor(owner, id, Q1))!.status).toBe("not_started");

    expect(await nextSteps.setNextStepsStatus(owner, { ids: [late.id, onTime.id], status: "done" })).toEqual({ updated: 2 });
    expect((await nextSteps.listNextSteps(owner, { assessmentId: id, closed: true })).items.map((step) => [step.status, step.overdue])).toEqual([
      ["done", false],
      ["done", false],
    ]);
  });

  it("refuses an owner from outside the organisation and audits every change with before and after", async () => {
    const { organizationId, owner } = await newOrganization();
    const id = await assessmentWith(owner, { [Q1]: "traditional" });
    await snapshots.recordSnapshot(owner, id, {});
    const step = (await stepFor(owner, id, Q1))!;
    const stranger = await newOrganization("Sam Stranger");
    const error = await nextSteps.updateNextStep(owner, step.id, { ownerId: stranger.owner.userId }).catch((caught: unknown) => caught);
    expect(error).toMatchObject({ code: "invalid_input" });

    await nextSteps.updateNextStep(owner, step.id, { status: "blocked", notes: "Waiting for budget" });
    const [event] = await prisma.auditEvent.findMany({ where: { organizationId, action: "nextstep.updated" } });
    expect(event).toMatchObject({ targetId: step.id, before: { status: "not_started", notes: "" }, after: { status: "blocked", notes: "Waiting for budget" } });
  });

  it("the portfolio shows latest maturity, change since the previous snapshot, open and overdue counts, a burndown, and filters by owner", async () => {
    const { organizationId, owner } = await newOrganization();
    const other = await addMember(organizationId, "assessor", "Olli Other");
    const id = await assessmentWith(owner, { [Q1]: "traditional", [Q2]: "initial" });
    await snapshots.recordSnapshot(owner, id, { label: "Before" });
    await setLevel(owner, id, Q1, "advanced");
    await snapshots.recordSnapshot(owner, id, { label: "After" });
    await nextSteps.updateNextStep(owner, (await stepFor(owner, id, Q2))!.id, { dueDate: "2020-01-31" });
    const theirs = await assessments.createAssessment(owner, { name: "Theirs", scope: "", frameworkVersion: LATEST_FRAMEWORK.id, ownerId: other.userId });

    const { rows, burndown } = await portfolio.getPortfolio(owner);
    const row = rows.find((candidate) => candidate.id === id)!;
    expect(row).toMatchObject({ name: "Tracked", latest: { label: "After", stage: "initial" }, openNextSteps: 1, overdueNextSteps: 1 });
    const [after, before] = await snapshots.listSnapshots(owner, id);
    expect(row.latest!.score).toBeCloseTo(after!.overallScore!, 10);
    expect(row.change).toBeCloseTo(after!.overallScore! - before!.overallScore!, 10);
    expect(row.change).toBeGreaterThan(0);
    expect(rows.find((candidate) => candidate.id === theirs.id)).toMatchObject({ latest: null, change: null, openNextSteps: 0 });
    expect(burndown.at(-1)).toMatchObject({ open: 1 });

    expect((await portfolio.getPortfolio(owner, { ownerId: other.userId })).rows.map((candidate) => candidate.id)).toEqual([theirs.id]);
  });
});


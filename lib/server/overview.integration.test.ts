/** The overview: where to continue, what is assigned to me, maturity and its change, recent activity, in one organisation only. */
import "@/scripts/test/use-test-database";
import { describe, expect, it } from "vitest";
import { LATEST_FRAMEWORK } from "@/lib/framework/index";
import { addMember, newOrganization } from "@/scripts/test/org-fixtures";
import type { Actor } from "@/lib/actor";

const { prisma } = await import("./db");
const assessments = await import("./assessments");
const answers = await import("./answers");
const snapshots = await import("./snapshots");
const nextSteps = await import("./next-steps");
const { getOverview } = await import("./overview");

const QUESTIONS = LATEST_FRAMEWORK.questions.map((question) => question.id);
const [Q1, Q2, Q3] = QUESTIONS as [string, string, string];
const ADVANCED = Object.fromEntries(LATEST_FRAMEWORK.pillars.map((pillar) => [pillar.id, "advanced" as const]));

async function create(owner: Actor, name: string) {
  return (await assessments.createAssessment(owner, { name, scope: "", frameworkVersion: LATEST_FRAMEWORK.id, targets: ADVANCED })).id;
}

async function answer(actor: Actor, id: string, levels: Record<string, "traditional" | "initial" | "advanced">, note = "") {
  const current = new Map((await prisma.answer.findMany({ where: { assessmentId: id } })).map((row) => [row.questionId, row.version]));
  const result = await answers.saveAnswers(
    actor,
    id,
    Object.entries(levels).map(([questionId, value]) => ({ questionId, value, note, evidence: [], expectedVersion: current.get(questionId) ?? 0 })),
  );
  expect(result.ok).toBe(true);
}

describe("getOverview", () => {
  it("continues each assessment at its first unanswered question and gives its maturity", async () => {
    const { owner } = await newOrganization();
    const id = await create(owner, "FY27 baseline");
    await answer(owner, id, { [Q1]: "initial", [Q3]: "initial" });
    const overview = await getOverview(owner);
    expect(overview.assessments).toHaveLength(1);
    expect(overview.assessments[0]).toMatchObject({
      id,
      name: "FY27 baseline",
      answered: 2,
      total: QUESTIONS.length,
      continueAt: { questionId: Q2, title: LATEST_FRAMEWORK.questions[1]!.title },
      // Two answers of 77 name no stage.
      maturity: { stage: null, label: "Not enough answers (2%)" },
      sinceSnapshot: null,
    });
  });

  it("says how the overall score moved since the latest snapshot", async () => {
    const { owner } = await newOrganization();
    const id = await create(owner, "Moving");
    await answer(owner, id, { [Q1]: "initial" });
    await snapshots.recordSnapshot(owner, id, { label: "Q0" });
    await answer(owner, id, { [Q1]: "traditional" });
    await snapshots.recordSnapshot(owner, id, { label: "Q1" });
    await answer(owner, id, { [Q1]: "advanced" });
    const [row] = (await getOverview(owner)).assessments;
    // Against the latest of the two snapshots.
    // One answer is too few for a stage on either side; the mean moved.
    expect(row!.sinceSnapshot).toMatchObject({ label: "Q1", change: { before: 1, after: 3, beforeStage: null, afterStage: null, delta: 2, stageChanged: false } });
  });

  it("counts the open and overdue next steps assigned to the actor and lists the next ones by due date", async () => {
    const { organizationId, owner } = await newOrganization();
    const pat = await addMember(organizationId, "tracker", "Pat Manager");
    const id = await create(owner, "Tracked");
    await answer(owner, id, { [Q1]: "traditional", [Q2]: "traditional", [Q3]: "traditional" });
    await snapshots.recordSnapshot(owner, id, { label: "Q1" });
    const steps = (await nextSteps.listNextSteps(owner, { assessmentId: id })).items;
    const [late, soon, done] = steps;
    await nextSteps.updateNextStep(owner, late!.id, { ownerId: pat.userId, dueDate: "2020-01-31" });
    await nextSteps.updateNextStep(owner, soon!.id, { ownerId: pat.userId, dueDate: "2999-01-31" });
    await nextSteps.updateNextStep(owner, done!.id, { ownerId: pat.userId, status: "done" });
    const mine = (await getOverview(pat)).mine;
    expect(mine).toMatchObject({ open: 2, overdue: 1 });
    expect(mine.upcoming.map((step) => [step.id, step.dueDate, step.overdue])).toEqual([
      [late!.id, "2020-01-31", true],
      [soon!.id, "2999-01-31", false],
    ]);
    expect((await getOverview(owner)).mine).toEqual({ open: 0, overdue: 0, upcoming: [] });
  });

  it("tells recent activity as sentences with names, folds answers saved one by one and never shows what was entered", async () => {
    const { organizationId, owner } = await newOrganization("Dana Demo");
    const viewer = await addMember(organizationId, "viewer", "Vic Viewer");
    const id = await create(owner, "FY27 baseline");
    await answer(owner, id, { [Q1]: "initial" }, "secret plan A");
    await answer(owner, id, { [Q2]: "initial" }, "secret plan B");
    await answer(owner, id, { [Q3]: "initial" }, "secret plan C");
    await snapshots.recordSnapshot(owner, id, { label: "Baseline" });
    const { activity } = await getOverview(viewer);
    expect(activity.map((line) => [line.actor, line.verb, line.target?.name, line.target?.href])).toEqual([
      ["Dana Demo", "recorded the snapshot “Baseline” of", "FY27 baseline", `/assessments/${id}/snapshots`],
      ["Dana Demo", "saved 3 answers in", "FY27 baseline", `/assessments/${id}`],
      ["Dana Demo", "started answering", "FY27 baseline", `/assessments/${id}`],
      ["Dana Demo", "created", "FY27 baseline", `/assessments/${id}`],
    ]);
    expect(JSON.stringify(activity)).not.toContain("secret plan");
    expect(JSON.stringify(activity)).not.toContain(owner.userId);
  });

  it("shows only the actor's organisation, without archived assessments", async () => {
    const { owner } = await newOrganization();
    const { owner: other } = await newOrganization();
    await create(other, "Someone else's");
    expect(await getOverview(owner)).toEqual({ assessments: [], mine: { open: 0, overdue: 0, upcoming: [] }, activity: [] });
    const id = await create(owner, "Old");
    await assessments.updateAssessment(owner, id, { status: "archived" });
    const overview = await getOverview(owner);
    expect(overview.assessments).toEqual([]);
    expect(overview.activity.map((line) => line.verb)).toEqual(["archived", "created"]);
  });
});

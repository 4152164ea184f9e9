/** The portfolio: per-pillar scores against target, the trend per assessment, filters by status and pillar. */
import "@/scripts/test/use-test-database";
import { describe, expect, it } from "vitest";
import { LATEST_FRAMEWORK } from "@/lib/framework/index";
import { assessmentWithAnswers, newOrganization } from "@/scripts/test/org-fixtures";

const { prisma } = await import("./db");
const assessments = await import("./assessments");
const answers = await import("./answers");
const snapshots = await import("./snapshots");
const nextSteps = await import("./next-steps");
const portfolio = await import("./portfolio");

const questionOf = (pillar: string, index: number) => LATEST_FRAMEWORK.questions.filter((question) => question.pillar === pillar)[index]!.id;
const [IDN1, IDN2, NET1] = [questionOf("identity", 0), questionOf("identity", 1), questionOf("network", 0)];

describe("getPortfolio", () => {
  it("gives each assessment its pillars' scores and targets at the latest snapshot and its score at every snapshot", async () => {
    const { owner } = await newOrganization();
    const id = await assessmentWithAnswers(owner, { [IDN1]: "traditional", [NET1]: "initial" }, { name: "Campus" });
    await snapshots.recordSnapshot(owner, id, { label: "First" });
    const current = await prisma.answer.findUniqueOrThrow({ where: { assessmentId_questionId: { assessmentId: id, questionId: IDN1 } } });
    await answers.saveAnswers(owner, id, [{ questionId: IDN1, value: "advanced", note: "", evidence: [], expectedVersion: current.version }]);
    await snapshots.recordSnapshot(owner, id, { label: "Second" });
    const [second, first] = await snapshots.listSnapshots(owner, id);

    const [row] = (await portfolio.getPortfolio(owner)).rows;
    expect(row!.history.map((point) => point.label)).toEqual(["First", "Second"]);
    expect(row!.history[0]!.score).toBeCloseTo(first!.overallScore!, 10);
    expect(row!.history[1]!.score).toBeCloseTo(second!.overallScore!, 10);
    expect(row!.pillars).toHaveLength(LATEST_FRAMEWORK.pillars.length);
    expect(row!.pillars.find((pillar) => pillar.pillar === "identity")).toEqual({ pillar: "identity", score: 3, target: "advanced", gap: 0 });
    expect(row!.pillars.find((pillar) => pillar.pillar === "devices")).toEqual({ pillar: "devices", score: null, target: "advanced", gap: null });

    // A trend shows a few assessments: beyond `historyOf`, no snapshot's JSON is read for one.
    const [limited] = (await portfolio.getPortfolio(owner, {}, { historyOf: 0 })).rows;
    expect(limited).toMatchObject({ history: [], latest: { label: "Second" } });
    expect(limited!.change).toBeCloseTo(second!.overallScore! - first!.overallScore!, 10);

    // With a pillar chosen, the latest score, the change and the trend are that pillar's.
    const [identity] = (await portfolio.getPortfolio(owner, { pillar: "identity" })).rows;
    expect(identity!.history.map((point) => point.score)).toEqual([1, 3]);
    // One identity answer of 11 names no stage; the mean is shown.
    expect(identity!.latest).toMatchObject({ score: 3, stage: null, rating: "Not enough answers (9%)" });
    expect(identity!.change).toBe(2);
  });

  it("filters by status (archived only when asked for) and counts only the chosen pillar's next steps, with their latest due date", async () => {
    const { owner } = await newOrganization();
    const open = await assessmentWithAnswers(owner, { [IDN1]: "traditional", [IDN2]: "initial", [NET1]: "traditional" }, { name: "Open" });
    await snapshots.recordSnapshot(owner, open, {});
    const archived = await assessmentWithAnswers(owner, {}, { name: "Old" });
    await assessments.updateAssessment(owner, archived, { status: "archived" });
    const network = (await nextSteps.listNextSteps(owner, { assessmentId: open })).items.find((step) => step.questionId === NET1)!;
    await nextSteps.updateNextStep(owner, network.id, { dueDate: "2030-06-30" });

    const everything = await portfolio.getPortfolio(owner);
    expect(everything.rows.map((row) => row.name)).toEqual(["Open"]);
    expect(everything.rows[0]!.openNextSteps).toBe(3);
    expect(everything.latestDue).toBe("2030-06-30");
    expect(everything.burndown.at(-1)).toMatchObject({ open: 3 });

    expect((await portfolio.getPortfolio(owner, { status: "archived" })).rows.map((row) => row.name)).toEqual(["Old"]);
    expect((await portfolio.getPortfolio(owner, { status: "completed" })).rows).toEqual([]);

    const identity = await portfolio.getPortfolio(owner, { pillar: "identity" });
    expect(identity.rows[0]!.openNextSteps).toBe(2);
    expect(identity.latestDue).toBeNull();
    expect(identity.burndown.at(-1)).toMatchObject({ open: 2 });
  });
});

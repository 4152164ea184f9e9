import { describe, expect, it } from "vitest";
import { prioritiseNextSteps } from "./next-steps";
import { answer } from "./test-arbitraries";
import { TEST_FRAMEWORK, withDetails } from "./test-framework";

const ids = (steps: ReturnType<typeof prioritiseNextSteps>) => steps.map((step) => step.questionId);

describe("prioritiseNextSteps", () => {
  it("proposes the immediate next step below each pillar's target, by priority (worked example)", () => {
    const answers = [
      answer("IDN-01", "advanced"),
      answer("IDN-02", "initial"),
      answer("IDN-03", "not_applicable"),
      answer("DEV-01", "optimal"),
      answer("DEV-02", "traditional"),
      answer("GOV-01", "advanced"),
    ];
    expect(prioritiseNextSteps(TEST_FRAMEWORK, answers, { identity: "advanced", devices: "optimal" })).toEqual([
      {
        questionId: "DEV-02",
        pillar: "devices",
        title: "DEV-02 title",
        fromStage: "traditional",
        toStage: "initial",
        action: "DEV-02: leave traditional",
        effort: "S",
        impact: 5,
        weight: 2,
        gap: 3,
        priority: 30,
        needs: [],
      },
      {
        questionId: "GOV-01",
        pillar: "governance",
        title: "GOV-01 title",
        fromStage: "advanced",
        toStage: "optimal",
        action: "GOV-01: leave advanced",
        effort: "S",
        impact: 4,
        weight: 2,
        gap: 1,
        priority: 8,
        needs: [],
      },
      {
        questionId: "IDN-02",
        pillar: "identity",
        title: "IDN-02 title",
        fromStage: "initial",
        toStage: "advanced",
        action: "IDN-02: leave initial",
        effort: "L",
        impact: 4,
        weight: 2,
        gap: 1,
        priority: 8 / 3,
        needs: [],
      },
    ]);
  });

  it("breaks priority ties by impact, then by framework question order", () => {
    const answers = ["GOV-02", "IDN-03", "DEV-01", "IDN-02"].map((questionId) => answer(questionId, "traditional"));
    const steps = prioritiseNextSteps(TEST_FRAMEWORK, answers);
    expect(steps.map((step) => [step.questionId, step.priority, step.impact])).toEqual([
      ["IDN-02", 12, 2],
      ["GOV-02", 12, 2],
      ["DEV-01", 6, 4],
      ["IDN-03", 6, 2],
    ]);
  });

  it("returns at most `limit` steps", () => {
    const answers = TEST_FRAMEWORK.questions.map((question) => answer(question.id, "initial"));
    expect(prioritiseNextSteps(TEST_FRAMEWORK, answers, {}, 2)).toHaveLength(2);
    expect(prioritiseNextSteps(TEST_FRAMEWORK, answers, {}, 0)).toEqual([]);
    expect(prioritiseNextSteps(TEST_FRAMEWORK, answers)).toHaveLength(TEST_FRAMEWORK.questions.length);
  });

  it("gives no step to unanswered, N/A, rejected or on-target questions", () => {
    const answers = [
      answer("IDN-01", "not_applicable"),
      { questionId: "IDN-02", value: "not_applicable" as const },
      answer("DEV-01", "advanced"),
      answer("DEV-02", "optimal"),
      answer("GOV-01", "optimal"),
    ];
    expect(prioritiseNextSteps(TEST_FRAMEWORK, answers, { devices: "initial" })).toEqual([]);
  });

  it("aims at optimal when a pillar has no target", () => {
    const [step] = prioritiseNextSteps(TEST_FRAMEWORK, [answer("IDN-01", "traditional")]);
    expect(step).toMatchObject({ fromStage: "traditional", toStage: "initial", gap: 3, priority: (3 * 3 * 5) / 2 });
  });

  it("ignores the order of the answers", () => {
    const answers = TEST_FRAMEWORK.questions.map((question, i) => answer(question.id, i % 2 ? "initial" : "traditional"));
    expect(ids(prioritiseNextSteps(TEST_FRAMEWORK, [...answers].reverse()))).toEqual(ids(prioritiseNextSteps(TEST_FRAMEWORK, answers)));
  });

  it("places a step after the steps it needs, and names what it needs", () => {
    // DEV-02 outranks DEV-01 on priority, but reaching Initial needs DEV-01 at Initial first.
    const framework = withDetails({ "DEV-02": { prerequisites: [{ level: "initial", question: "DEV-01", atLeast: "initial" }] }, "DEV-01": {} });
    const answers = [answer("DEV-01", "traditional"), answer("DEV-02", "traditional")];
    expect(ids(prioritiseNextSteps(TEST_FRAMEWORK, answers))).toEqual(["DEV-02", "DEV-01"]);
    const steps = prioritiseNextSteps(framework, answers);
    expect(ids(steps)).toEqual(["DEV-01", "DEV-02"]);
    expect(steps.map((step) => step.needs)).toEqual([[], ["DEV-01"]]);
  });

  it("needs nothing once the prerequisite is met or does not apply", () => {
    const framework = withDetails({ "DEV-02": { prerequisites: [{ level: "initial", question: "DEV-01", atLeast: "initial" }] } });
    for (const dev01 of ["initial", "not_applicable"] as const) {
      const steps = prioritiseNextSteps(framework, [answer("DEV-01", dev01), answer("DEV-02", "traditional")]);
      expect(steps.find((step) => step.questionId === "DEV-02")!.needs).toEqual([]);
    }
  });

  it("aims a question at its group's target before its pillar's", () => {
    const framework = withDetails({ "IDN-01": { group: "privileged" }, "IDN-02": { group: "lifecycle" } });
    const answers = [answer("IDN-01", "advanced"), answer("IDN-02", "advanced")];
    const steps = prioritiseNextSteps(framework, answers, { identity: "advanced", groups: { privileged: "optimal" } });
    expect(ids(steps)).toEqual(["IDN-01"]);
    expect(steps[0]!.gap).toBe(1);
  });
});

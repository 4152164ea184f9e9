import { describe, expect, it } from "vitest";
import type { Framework } from "../framework/types";
import { prioritiseNextSteps } from "./next-steps";
import { DEFAULT_SCORING_POLICY } from "./policy";
import { answer } from "./test-arbitraries";
import { TEST_FRAMEWORK, withDetails } from "./test-framework";

const ids = (steps: ReturnType<typeof prioritiseNextSteps>) => steps.map((step) => step.questionId);
const OPTIMAL = { ...DEFAULT_SCORING_POLICY, defaultTarget: "optimal" } as const;

describe("prioritiseNextSteps", () => {
  it("proposes the immediate next step of each question below its target", () => {
    const answers = [answer("IDN-01", "advanced"), answer("IDN-02", "initial"), answer("DEV-02", "traditional"), answer("GOV-01", "advanced")];
    const steps = prioritiseNextSteps(TEST_FRAMEWORK, answers, { identity: "advanced", devices: "optimal" });
    expect(steps[0]).toEqual({
      questionId: "DEV-02",
      pillar: "devices",
      title: "DEV-02 title",
      fromStage: "traditional",
      toStage: "initial",
      action: "DEV-02: leave traditional",
      effort: "S",
      impact: 5,
      weight: 2,
      target: "optimal",
      gap: 3,
      // Normalised weight 2 × 2 ÷ 3, impact 5, effort S (1).
      priority: (4 / 3) * 5,
      needs: [],
      enabling: false,
      alsoFor: [],
    });
    // GOV-01 is at the default target (Advanced); IDN-01 at Identity's.
    expect(ids(steps)).toEqual(["DEV-02", "IDN-02"]);
  });

  it("takes the organisation's default target for a pillar without one", () => {
    const answers = [answer("GOV-01", "advanced"), answer("GOV-02", "initial")];
    expect(ids(prioritiseNextSteps(TEST_FRAMEWORK, answers))).toEqual(["GOV-02"]);
    expect(ids(prioritiseNextSteps(TEST_FRAMEWORK, answers, {}, OPTIMAL))).toEqual(["GOV-01", "GOV-02"]);
  });

  it("does not lower a step's priority when its pillar's target is set", () => {
    const answers = TEST_FRAMEWORK.questions.map((question) => answer(question.id, "initial"));
    const without = prioritiseNextSteps(TEST_FRAMEWORK, answers);
    const withTarget = prioritiseNextSteps(TEST_FRAMEWORK, answers, { identity: "optimal" });
    expect(ids(withTarget)).toEqual(ids(without));
    expect(withTarget.map((step) => step.priority)).toEqual(without.map((step) => step.priority));
  });

  it("breaks priority ties by the lower current stage, then by framework order", () => {
    // GOV-01 and GOV-02 have the same weight; their steps cost and weigh the same from these stages.
    const framework: Framework = {
      ...TEST_FRAMEWORK,
      questions: TEST_FRAMEWORK.questions.map((question) =>
        question.pillar === "governance" ? { ...question, nextSteps: { traditional: { action: `${question.id} t`, effort: "S", impact: 2 }, initial: { action: `${question.id} i`, effort: "S", impact: 2 }, advanced: { action: `${question.id} a`, effort: "S", impact: 2 } } } : question,
      ),
    };
    expect(ids(prioritiseNextSteps(framework, [answer("GOV-01", "initial"), answer("GOV-02", "traditional")], {}, OPTIMAL))).toEqual(["GOV-02", "GOV-01"]);
    expect(ids(prioritiseNextSteps(framework, [answer("GOV-01", "initial"), answer("GOV-02", "initial")], {}, OPTIMAL))).toEqual(["GOV-01", "GOV-02"]);
  });

  it("returns at most `limit` steps", () => {
    const answers = TEST_FRAMEWORK.questions.map((question) => answer(question.id, "initial"));
    expect(prioritiseNextSteps(TEST_FRAMEWORK, answers, {}, DEFAULT_SCORING_POLICY, 2)).toHaveLength(2);
    expect(prioritiseNextSteps(TEST_FRAMEWORK, answers, {}, DEFAULT_SCORING_POLICY, 0)).toEqual([]);
    expect(prioritiseNextSteps(TEST_FRAMEWORK, answers)).toHaveLength(TEST_FRAMEWORK.questions.length);
  });

  it("gives no step to unanswered, N/A, rejected or on-target questions", () => {
    const answers = [answer("IDN-01", "not_applicable"), { questionId: "IDN-02", value: "not_applicable" as const }, answer("DEV-01", "advanced"), answer("DEV-02", "optimal"), answer("GOV-01", "optimal")];
    expect(prioritiseNextSteps(TEST_FRAMEWORK, answers, { devices: "initial" })).toEqual([]);
  });

  it("ignores the order of the answers", () => {
    const answers = TEST_FRAMEWORK.questions.map((question, i) => answer(question.id, i % 2 ? "initial" : "traditional"));
    expect(ids(prioritiseNextSteps(TEST_FRAMEWORK, [...answers].reverse()))).toEqual(ids(prioritiseNextSteps(TEST_FRAMEWORK, answers)));
  });

  it("aims a question at its group's target before its pillar's", () => {
    const framework = withDetails({ "IDN-01": { group: "privileged" }, "IDN-02": { group: "lifecycle" } });
    const answers = [answer("IDN-01", "advanced"), answer("IDN-02", "advanced")];
    const steps = prioritiseNextSteps(framework, answers, { identity: "advanced", groups: { privileged: "optimal" } });
    expect(ids(steps)).toEqual(["IDN-01"]);
    expect(steps[0]!.gap).toBe(1);
  });

  it("folds steps with the same action into one", () => {
    const framework: Framework = {
      ...TEST_FRAMEWORK,
      questions: TEST_FRAMEWORK.questions.map((question) => (question.id === "DEV-01" ? { ...question, nextSteps: { ...question.nextSteps, initial: { ...TEST_FRAMEWORK.questions[4]!.nextSteps.initial } } } : question)),
    };
    const steps = prioritiseNextSteps(framework, [answer("DEV-01", "initial"), answer("DEV-02", "initial")]);
    expect(steps).toHaveLength(1);
    expect(steps[0]).toMatchObject({ questionId: "DEV-02", alsoFor: ["DEV-01"] });
  });
});

describe("folding and prerequisites", () => {
  it("places a folded step after what either of its questions needs", () => {
    // DEV-01 and DEV-02 share their first action; DEV-02 (weight 2) ranks first, but only DEV-01's needs GOV-01 at Initial.
    const base = withDetails({ "DEV-01": { prerequisites: [{ level: "initial", question: "GOV-01", atLeast: "initial" }] }, "DEV-02": {}, "GOV-01": {} });
    const shared = base.questions.find((question) => question.id === "DEV-02")!.nextSteps.traditional;
    const framework: Framework = { ...base, questions: base.questions.map((question) => (question.id === "DEV-01" ? { ...question, nextSteps: { ...question.nextSteps, traditional: shared } } : question)) };
    const steps = prioritiseNextSteps(framework, [answer("DEV-01", "traditional"), answer("DEV-02", "traditional"), answer("GOV-01", "traditional")]);
    const folded = steps.findIndex((step) => step.alsoFor.length > 0);
    expect(steps[folded]!.needs).toContain("GOV-01");
    expect(steps.findIndex((step) => step.questionId === "GOV-01")).toBeLessThan(folded);
    expect(steps).toHaveLength(2);
  });
});

describe("prerequisites", () => {
  const needsDev01 = withDetails({ "DEV-02": { prerequisites: [{ level: "initial", question: "DEV-01", atLeast: "initial" }] }, "DEV-01": {} });

  it("places a step after the steps it needs, and names what it needs", () => {
    // DEV-02 outranks DEV-01 on priority, but reaching Initial needs DEV-01 at Initial first.
    const answers = [answer("DEV-01", "traditional"), answer("DEV-02", "traditional")];
    expect(ids(prioritiseNextSteps(TEST_FRAMEWORK, answers))).toEqual(["DEV-02", "DEV-01"]);
    const steps = prioritiseNextSteps(needsDev01, answers);
    expect(ids(steps)).toEqual(["DEV-01", "DEV-02"]);
    expect(steps.map((step) => step.needs)).toEqual([[], ["DEV-01"]]);
  });

  it("needs nothing once the prerequisite is met or does not apply", () => {
    for (const dev01 of ["initial", "not_applicable"] as const) {
      const steps = prioritiseNextSteps(needsDev01, [answer("DEV-01", dev01), answer("DEV-02", "traditional")]);
      expect(steps.find((step) => step.questionId === "DEV-02")!.needs).toEqual([]);
    }
  });

  it("does not offer a step whose prerequisite is unanswered", () => {
    expect(ids(prioritiseNextSteps(needsDev01, [answer("DEV-02", "traditional")]))).toEqual([]);
  });

  it("does not offer a step whose prerequisite is more than one stage short", () => {
    const framework = withDetails({ "DEV-02": { prerequisites: [{ level: "initial", question: "DEV-01", atLeast: "advanced" }] } });
    expect(ids(prioritiseNextSteps(framework, [answer("DEV-01", "traditional"), answer("DEV-02", "traditional")]))).toEqual(["DEV-01"]);
  });

  it("adds an enabling step for a prerequisite already at its own target", () => {
    const answers = [answer("DEV-01", "traditional"), answer("DEV-02", "traditional")];
    const steps = prioritiseNextSteps(needsDev01, answers, { devices: "optimal", groups: {} }, DEFAULT_SCORING_POLICY);
    expect(steps.map((step) => [step.questionId, step.enabling])).toEqual([["DEV-01", false], ["DEV-02", false]]);
    const framework = withDetails({ "DEV-02": { prerequisites: [{ level: "initial", question: "DEV-01", atLeast: "initial" }] }, "DEV-01": { group: "inventory" } });
    const enabled = prioritiseNextSteps(framework, answers, { groups: { inventory: "traditional" } });
    expect(enabled.map((step) => [step.questionId, step.enabling])).toEqual([["DEV-01", true], ["DEV-02", false]]);
  });

  it("keeps what one result needs or enables out of the next, as plain steps are shared between calls", () => {
    const framework = withDetails({ "DEV-02": { prerequisites: [{ level: "initial", question: "DEV-01", atLeast: "initial" }] }, "DEV-01": { group: "inventory" } });
    const answers = [answer("DEV-01", "traditional"), answer("DEV-02", "traditional")];
    prioritiseNextSteps(framework, answers, { groups: { inventory: "traditional" } });
    const plain = prioritiseNextSteps(framework, [answer("DEV-01", "traditional"), answer("DEV-02", "initial")], { devices: "optimal" });
    expect(plain.map((step) => [step.questionId, step.needs, step.enabling])).toEqual([
      ["DEV-02", [], false],
      ["DEV-01", [], false],
    ]);
    // Shared, so frozen: a caller that changed one would change every later result.
    expect(plain.every((step) => Object.isFrozen(step))).toBe(true);
  });
});

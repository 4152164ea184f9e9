import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { STAGES, type Framework, type Question } from "../framework/types";
import { levelScore, stageForScore, stageIndex } from "./levels";
import { scoreAssessment } from "./maturity";
import { prioritiseNextSteps } from "./next-steps";
import { DEFAULT_SCORING_POLICY } from "./policy";
import { answer } from "./test-arbitraries";
import { TEST_FRAMEWORK, withDetails } from "./test-framework";
import type { AnswerInput, ScoreResult } from "./types";

const pillar = (result: ScoreResult, id: string) => result.pillars.find((each) => each.pillar === id)!;
const TARGETS = { identity: "advanced", devices: "optimal" } as const;

/** The worked example of docs/scoring.md, first state: an N/A-heavy pillar and a half-answered one. */
const EXAMPLE_FIRST: AnswerInput[] = [
  answer("IDN-01", "initial"),
  answer("IDN-02", "optimal"),
  { questionId: "IDN-03", value: "not_applicable", naReason: "No on-premises directory" },
  answer("DEV-01", "optimal"),
  answer("DEV-02", "traditional"),
  answer("GOV-01", "advanced"),
];
/** Second state: IDN-03 answered Optimal instead of N/A, GOV-02 answered Initial. */
const EXAMPLE: AnswerInput[] = [...EXAMPLE_FIRST.filter((each) => each.questionId !== "IDN-03"), answer("IDN-03", "optimal"), answer("GOV-02", "initial")];

describe("question outcomes", () => {
  it("lists each question's scored answer from objects shared between results, so frozen", () => {
    const first = scoreAssessment(TEST_FRAMEWORK, EXAMPLE_FIRST, TARGETS).questions;
    const second = scoreAssessment(TEST_FRAMEWORK, EXAMPLE, TARGETS).questions;
    expect(first.find((outcome) => outcome.questionId === "IDN-03")!.value).toBe("not_applicable");
    expect(second.find((outcome) => outcome.questionId === "IDN-03")!.value).toBe("optimal");
    expect(first.map((outcome) => outcome.questionId)).toEqual(TEST_FRAMEWORK.questions.map((question) => question.id));
    expect([...first, ...second].every((outcome) => Object.isFrozen(outcome))).toBe(true);
  });
});

describe("worked example (docs/scoring.md), first state", () => {
  const result = scoreAssessment(TEST_FRAMEWORK, EXAMPLE_FIRST, TARGETS);

  it("flags a pillar with more N/A than the threshold and names no stage for it", () => {
    expect(pillar(result, "identity")).toMatchObject({ score: 2.8, naShare: 1 / 3, naFlagged: true, stage: null, unrated: "too_many_na", completeness: 1 });
  });

  it("names no stage for a pillar below the coverage threshold", () => {
    expect(pillar(result, "governance")).toMatchObject({ score: 3, meanStage: "advanced", completeness: 0.5, stage: null, unrated: "not_enough_answers" });
  });

  it("names no overall stage while a pillar names none", () => {
    expect(result.overall).toMatchObject({ stage: null, unrated: "pillars_unrated", unratedPillars: ["identity", "governance"], completeness: 6 / 7 });
  });
});

describe("worked example (docs/scoring.md), second state", () => {
  const result = scoreAssessment(TEST_FRAMEWORK, EXAMPLE, TARGETS);

  it("holds Identity at its weakest important question, keeping the mean beside it", () => {
    // (3×2 + 2×4 + 1×4) ÷ 6 = 3.0 would be Advanced; IDN-01 (weight 3, important) is Initial.
    expect(pillar(result, "identity")).toMatchObject({ score: 3, meanStage: "advanced", stage: "initial", cappedBy: { questionId: "IDN-01", stage: "initial" }, progress: null });
    expect(pillar(result, "identity").gap).toBeCloseTo(0.5, 12);
  });

  it("gives each pillar its progress toward the next stage and its mean shortfall to target", () => {
    expect(pillar(result, "devices")).toMatchObject({ score: 2, stage: "initial", progress: { toward: "advanced", share: 0 }, target: "optimal", targetSource: "assessment", gap: 2 });
    expect(pillar(result, "governance")).toMatchObject({ score: 2.5, stage: "initial", progress: { toward: "advanced", share: 0.5 }, target: "advanced", targetSource: "default", gap: 0.5 });
  });

  it("takes the overall mean with normalised weights and names the weakest pillar's stage", () => {
    expect(result.overall.score).toBeCloseTo(18 / 7, 12);
    expect(result.overall.gap).toBeCloseTo(6.5 / 7, 12);
    expect(result.overall.progress!.share).toBeCloseTo(1 / 6, 12);
    expect(result.overall).toMatchObject({ stage: "initial", unrated: null, meanStage: "initial", completeness: 1 });
    // Identity and Devices are both named Initial; Devices has the lower mean.
    expect(result.overall.weakestPillar).toEqual({ pillar: "devices", score: 2, stage: "initial" });
  });

  it("ranks the next steps by the share of the shortfall they close per unit of effort", () => {
    const steps = prioritiseNextSteps(TEST_FRAMEWORK, EXAMPLE, TARGETS);
    expect(steps.map((step) => [step.questionId, step.toStage, Number(step.priority.toFixed(3))])).toEqual([
      ["DEV-02", "initial", 6.667],
      ["IDN-01", "advanced", 6],
      ["GOV-02", "advanced", 1],
    ]);
  });

  it("is the example the documentation shows", () => {
    const doc = readFileSync(new URL("../../docs/scoring.md", import.meta.url), "utf8");
    for (const figure of ["18 ÷ 7 = 2.571", "6.5 ÷ 7 = 0.929", "1.5 × 4 × 2 ÷ 2 = 6", "4/3 × 5 ÷ 1 = 6.667", "Not enough answers (50%)", "1 of 3 N/A (33%)"]) {
      expect(doc).toContain(figure);
    }
  });
});

describe("answers that are not scored", () => {
  it("treats N/A without a non-blank reason as unanswered and reports it", () => {
    const result = scoreAssessment(TEST_FRAMEWORK, [
      { questionId: "IDN-01", value: "not_applicable" },
      { questionId: "IDN-02", value: "not_applicable", naReason: "   " },
      { questionId: "IDN-03", value: "not_applicable", naReason: null },
    ]);
    expect(result.issues.map((issue) => issue.code)).toEqual(["na_reason_missing", "na_reason_missing", "na_reason_missing"]);
    expect(pillar(result, "identity")).toMatchObject({ score: null, answered: 0, unanswered: ["IDN-01", "IDN-02", "IDN-03"], unrated: "not_enough_answers" });
  });

  it("refuses N/A on a question that applies to every organisation", () => {
    const framework: Framework = { ...withDetails({ "IDN-01": {} }) };
    framework.questions = framework.questions.map((question) => (question.id === "IDN-01" ? { ...question, detail: { ...question.detail!, naAllowed: false } } : question));
    const result = scoreAssessment(framework, [answer("IDN-01", "not_applicable")]);
    expect(result.issues).toEqual([{ questionId: "IDN-01", code: "na_not_allowed" }]);
    expect(pillar(result, "identity").distribution.not_applicable).toBe(0);
  });

  it("counts an unapproved N/A as unanswered when the policy requires approval", () => {
    const policy = { ...DEFAULT_SCORING_POLICY, naRequiresApproval: true };
    const pending = scoreAssessment(TEST_FRAMEWORK, [answer("GOV-01", "not_applicable")], {}, policy);
    expect(pending.issues).toEqual([{ questionId: "GOV-01", code: "na_pending_approval" }]);
    expect(pillar(pending, "governance").unanswered).toEqual(["GOV-01", "GOV-02"]);
    const approved = scoreAssessment(TEST_FRAMEWORK, [{ ...answer("GOV-01", "not_applicable"), naApproved: true }], {}, policy);
    expect(pillar(approved, "governance").distribution.not_applicable).toBe(1);
  });

  it("ignores answers to unknown questions and reports them sorted by id", () => {
    const known = [answer("IDN-01", "initial")];
    const result = scoreAssessment(TEST_FRAMEWORK, [answer("ZZZ-09", "optimal"), ...known, answer("AAA-01", "optimal")]);
    expect(result.issues).toEqual([
      { questionId: "AAA-01", code: "unknown_question" },
      { questionId: "ZZZ-09", code: "unknown_question" },
    ]);
    expect({ ...result, issues: [] }).toEqual(scoreAssessment(TEST_FRAMEWORK, known));
  });

  it("rejects a value that is not a stage", () => {
    const result = scoreAssessment(TEST_FRAMEWORK, [{ questionId: "IDN-01", value: "expert" } as unknown as AnswerInput]);
    expect(result.issues).toEqual([{ questionId: "IDN-01", code: "invalid_value" }]);
    expect(result.unanswered).toContain("IDN-01");
  });

  it("keeps the last answer of a repeated question and reports the repetition", () => {
    const result = scoreAssessment(TEST_FRAMEWORK, [answer("IDN-01", "optimal"), answer("IDN-01", "traditional")]);
    expect(result.issues).toEqual([{ questionId: "IDN-01", code: "duplicate_answer" }]);
    expect(pillar(result, "identity").score).toBe(1);
  });
});

describe("coverage", () => {
  it("names no stage below the coverage threshold, and does at it", () => {
    const partial = scoreAssessment(TEST_FRAMEWORK, [answer("DEV-02", "advanced")]);
    expect(pillar(partial, "devices")).toMatchObject({ score: 3, meanStage: "advanced", stage: null, unrated: "not_enough_answers", completeness: 0.5 });
    expect(partial.overall).toMatchObject({ score: 3, stage: null, unrated: "not_enough_answers" });
    const lenient = scoreAssessment(TEST_FRAMEWORK, [answer("DEV-02", "advanced")], {}, { ...DEFAULT_SCORING_POLICY, coverageThreshold: 0.5 });
    expect(pillar(lenient, "devices")).toMatchObject({ stage: "advanced", unrated: null });
  });

  it("has no score, stage, weakest pillar or spread without answers", () => {
    const result = scoreAssessment(TEST_FRAMEWORK, []);
    expect(result.overall).toMatchObject({ score: null, stage: null, completeness: 0, weakestPillar: null, spread: null, scoredPillars: 0 });
  });

  it("rates a pillar answered only with N/A under a lenient N/A threshold as not scored, leaving the overall to the others", () => {
    const policy = { ...DEFAULT_SCORING_POLICY, naThreshold: 1 };
    const rest = ["IDN-01", "IDN-02", "IDN-03", "DEV-01", "DEV-02"].map((id) => answer(id, "advanced"));
    const result = scoreAssessment(TEST_FRAMEWORK, [...rest, answer("GOV-01", "not_applicable"), answer("GOV-02", "not_applicable")], { governance: "advanced" }, policy);
    expect(pillar(result, "governance")).toMatchObject({ score: null, stage: null, unrated: "not_scored", completeness: 1, gap: null, gapUnavailable: "not_scored" });
    expect(result.overall).toMatchObject({ stage: "advanced", unrated: null, unratedPillars: [] });
    // Under the default threshold the same N/A answers are flagged, and hold the overall back.
    expect(scoreAssessment(TEST_FRAMEWORK, [...rest, answer("GOV-01", "not_applicable"), answer("GOV-02", "not_applicable")]).overall).toMatchObject({ stage: null, unratedPillars: ["governance"] });
  });
});

describe("progress within a stage", () => {
  // Ten questions of weight 1: none is important, so nothing caps the pillar.
  const base = TEST_FRAMEWORK.questions[3]!;
  const questions: Question[] = Array.from({ length: 10 }, (_, index) => ({ ...base, id: `DEV-${10 + index}`, weight: 1 }));
  const framework: Framework = { ...TEST_FRAMEWORK, pillars: [TEST_FRAMEWORK.pillars[1]!], questions };

  it("reads 2.9 as Initial, 90% of the way to Advanced", () => {
    const answers = questions.map((question, index) => answer(question.id, index === 0 ? "initial" : "advanced"));
    const devices = scoreAssessment(framework, answers).pillars[0]!;
    expect(devices.score).toBeCloseTo(2.9, 12);
    expect(devices.stage).toBe("initial");
    expect(devices.progress!.toward).toBe("advanced");
    expect(devices.progress!.share).toBeCloseTo(0.9, 12);
  });

  it("has no progress at Optimal", () => {
    const devices = scoreAssessment(framework, questions.map((question) => answer(question.id, "optimal"))).pillars[0]!;
    expect(devices).toMatchObject({ stage: "optimal", progress: null });
  });
});

describe("weakest link", () => {
  const framework = withDetails({ "IDN-03": { importance: "critical" }, "IDN-01": {}, "IDN-02": {} });

  it("names the pillar no higher than its weakest critical question, keeping the mean", () => {
    const result = scoreAssessment(framework, [answer("IDN-01", "optimal"), answer("IDN-02", "optimal"), answer("IDN-03", "traditional")]);
    expect(pillar(result, "identity")).toMatchObject({ score: 3.5, meanStage: "advanced", stage: "traditional", cappedBy: { questionId: "IDN-03", stage: "traditional" } });
  });

  it("does not cap when the critical question is at or above the stage or N/A", () => {
    const policy = { ...DEFAULT_SCORING_POLICY, naThreshold: 0.5, coverageThreshold: 0.5 };
    for (const idn03 of [answer("IDN-03", "advanced"), answer("IDN-03", "not_applicable")]) {
      const answers = [answer("IDN-01", "advanced"), answer("IDN-02", "advanced"), idn03];
      expect(pillar(scoreAssessment(framework, answers, {}, policy), "identity")).toMatchObject({ stage: "advanced", cappedBy: null });
    }
  });

  it("names no stage while a critical question is unanswered or Unknown: it could be the weakest link", () => {
    const policy = { ...DEFAULT_SCORING_POLICY, coverageThreshold: 0.5 };
    for (const idn03 of [[], [{ questionId: "IDN-03", value: "unknown" as const }]]) {
      const result = scoreAssessment(framework, [answer("IDN-01", "advanced"), answer("IDN-02", "advanced"), ...idn03], {}, policy);
      expect(pillar(result, "identity")).toMatchObject({ stage: null, unrated: "critical_unanswered", unansweredCritical: "IDN-03", meanStage: "advanced" });
    }
  });

  it("treats weight-3 questions as important in a question bank without importance", () => {
    const result = scoreAssessment(TEST_FRAMEWORK, [answer("IDN-01", "traditional"), answer("IDN-02", "optimal"), answer("IDN-03", "optimal")]);
    expect(pillar(result, "identity").cappedBy).toEqual({ questionId: "IDN-01", stage: "traditional" });
  });

  it("names the overall no higher than its weakest pillar, and breaks ties by framework order", () => {
    const answers = [...["IDN-01", "IDN-02", "IDN-03", "DEV-01", "DEV-02"].map((id) => answer(id, "optimal")), answer("GOV-01", "initial"), answer("GOV-02", "initial")];
    const result = scoreAssessment(TEST_FRAMEWORK, answers);
    expect(result.overall).toMatchObject({ stage: "initial", weakestPillar: { pillar: "governance", score: 2, stage: "initial" } });
    expect(result.overall.score).toBeGreaterThan(3);
    const tied = scoreAssessment(TEST_FRAMEWORK, TEST_FRAMEWORK.questions.map((question) => answer(question.id, "initial")));
    expect(tied.overall.weakestPillar!.pillar).toBe("identity");
  });
});

describe("levels", () => {
  it("numbers the stages in STAGES order, with level scores 1 to 4", () => {
    expect(STAGES.map(stageIndex)).toEqual([0, 1, 2, 3]);
    expect(STAGES.map(levelScore)).toEqual([1, 2, 3, 4]);
  });

  it("labels a score with the highest stage it has reached, tolerating rounding", () => {
    expect([1, 1.99, 2, 2.6, 2.999, 3, 3.99, 4].map(stageForScore)).toEqual(["traditional", "traditional", "initial", "initial", "initial", "advanced", "advanced", "optimal"]);
    expect(stageForScore(2.9999999999999996)).toBe("advanced");
  });
});

import { describe, expect, it } from "vitest";
import { STAGES } from "../framework/types";
import { levelScore, stageForScore, stageIndex } from "./levels";
import { scoreAssessment } from "./maturity";
import { answer } from "./test-arbitraries";
import { TEST_FRAMEWORK, withDetails } from "./test-framework";
import type { AnswerInput } from "./types";

/** The worked example of docs/scoring.md. */
const EXAMPLE: AnswerInput[] = [
  answer("IDN-01", "advanced"),
  answer("IDN-02", "initial"),
  { questionId: "IDN-03", value: "not_applicable", naReason: "No on-premises directory" },
  answer("DEV-01", "optimal"),
  answer("DEV-02", "traditional"),
  answer("GOV-01", "advanced"),
];

const pillar = (result: ReturnType<typeof scoreAssessment>, id: string) => result.pillars.find((each) => each.pillar === id)!;

describe("scoreAssessment: worked example", () => {
  const result = scoreAssessment(TEST_FRAMEWORK, EXAMPLE, { identity: "advanced", devices: "optimal" });

  it("scores each pillar as the weighted mean of its answered, applicable questions", () => {
    expect(pillar(result, "identity")).toMatchObject({ weightedSum: 13, scoredWeight: 5, score: 2.6, stage: "initial" });
    expect(pillar(result, "devices")).toMatchObject({ weightedSum: 6, scoredWeight: 3, score: 2, stage: "initial" });
    expect(pillar(result, "governance")).toMatchObject({ weightedSum: 6, scoredWeight: 2, score: 3, stage: "advanced" });
  });

  it("counts levels, N/A and unanswered questions and reports completeness", () => {
    expect(pillar(result, "identity").distribution).toEqual({ traditional: 0, initial: 1, advanced: 1, optimal: 0, not_applicable: 1, unanswered: 0 });
    expect(pillar(result, "identity")).toMatchObject({ answered: 3, total: 3, completeness: 1, unanswered: [] });
    expect(pillar(result, "governance")).toMatchObject({ answered: 1, total: 2, completeness: 0.5, unanswered: ["GOV-02"] });
    expect(result.unanswered).toEqual(["GOV-02"]);
    expect(result.issues).toEqual([]);
  });

  it("reports the gap to each pillar's target", () => {
    expect(pillar(result, "identity").gap).toBeCloseTo(0.4, 12);
    expect(pillar(result, "devices")).toMatchObject({ target: "optimal", gap: 2, gapUnavailable: null });
    expect(pillar(result, "governance")).toMatchObject({ target: null, gap: null, gapUnavailable: "no_target" });
  });

  it("averages the pillar scores for the overall score, beside the weakest pillar and the spread", () => {
    expect(result.overall.score).toBeCloseTo(7.6 / 3, 12);
    expect(result.overall).toMatchObject({
      stage: "initial",
      answered: 6,
      total: 7,
      completeness: 6 / 7,
      scoredPillars: 3,
      weakestPillar: { pillar: "devices", score: 2 },
      spread: 1,
      distribution: { traditional: 1, initial: 1, advanced: 2, optimal: 1, not_applicable: 1, unanswered: 1 },
    });
  });
});

describe("scoreAssessment: answers that are not scored", () => {
  it("treats N/A without a non-blank reason as unanswered and reports it", () => {
    const result = scoreAssessment(TEST_FRAMEWORK, [
      { questionId: "IDN-01", value: "not_applicable" },
      { questionId: "IDN-02", value: "not_applicable", naReason: "   " },
      { questionId: "IDN-03", value: "not_applicable", naReason: null },
    ]);
    expect(result.issues).toEqual([
      { questionId: "IDN-01", code: "na_reason_missing" },
      { questionId: "IDN-02", code: "na_reason_missing" },
      { questionId: "IDN-03", code: "na_reason_missing" },
    ]);
    expect(pillar(result, "identity")).toMatchObject({ score: null, answered: 0, unanswered: ["IDN-01", "IDN-02", "IDN-03"] });
    expect(pillar(result, "identity").distribution.unanswered).toBe(3);
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

  it("reports unanswered questions per pillar and overall, never as zero", () => {
    const result = scoreAssessment(TEST_FRAMEWORK, [answer("DEV-02", "advanced")]);
    expect(result.unanswered).toEqual(["IDN-01", "IDN-02", "IDN-03", "DEV-01", "GOV-01", "GOV-02"]);
    expect(pillar(result, "devices")).toMatchObject({ score: 3, unanswered: ["DEV-01"], completeness: 0.5 });
    expect(result.overall).toMatchObject({ score: 3, scoredPillars: 1, spread: 0, weakestPillar: { pillar: "devices", score: 3 } });
  });
});

describe("scoreAssessment: pillars without a score", () => {
  it("gives an all-N/A pillar no score but full completeness", () => {
    const result = scoreAssessment(
      TEST_FRAMEWORK,
      [answer("GOV-01", "not_applicable"), answer("GOV-02", "not_applicable"), answer("IDN-01", "optimal")],
      { governance: "advanced" },
    );
    expect(pillar(result, "governance")).toMatchObject({ score: null, stage: null, completeness: 1, gap: null, gapUnavailable: "not_scored" });
    expect(result.overall).toMatchObject({ score: 4, stage: "optimal", scoredPillars: 1 });
  });

  it("has no overall score, weakest pillar or spread without answers", () => {
    const result = scoreAssessment(TEST_FRAMEWORK, []);
    expect(result.overall).toMatchObject({ score: null, stage: null, completeness: 0, weakestPillar: null, spread: null, scoredPillars: 0 });
    expect(result.unanswered).toHaveLength(TEST_FRAMEWORK.questions.length);
  });
});

describe("weakest pillar and spread", () => {
  it("breaks a tie for the weakest pillar by framework pillar order", () => {
    const result = scoreAssessment(TEST_FRAMEWORK, [answer("GOV-01", "initial"), answer("DEV-02", "initial"), answer("IDN-01", "optimal")]);
    expect(result.overall.weakestPillar).toEqual({ pillar: "devices", score: 2 });
    expect(result.overall.spread).toBe(2);
  });

  it("reports a weak pillar that the mean hides", () => {
    const result = scoreAssessment(TEST_FRAMEWORK, [answer("IDN-01", "optimal"), answer("DEV-01", "optimal"), answer("GOV-01", "traditional")]);
    expect(result.overall).toMatchObject({ score: 3, stage: "advanced", weakestPillar: { pillar: "governance", score: 1 }, spread: 3 });
  });
});

describe("levels", () => {
  it("numbers the stages in STAGES order, with level scores 1 to 4", () => {
    expect(STAGES.map(stageIndex)).toEqual([0, 1, 2, 3]);
    expect(STAGES.map(levelScore)).toEqual([1, 2, 3, 4]);
  });
});

describe("stageForScore", () => {
  it("labels a score with the highest stage it has reached", () => {
    expect([1, 1.99, 2, 2.6, 2.999, 3, 3.99, 4].map(stageForScore)).toEqual([
      "traditional",
      "traditional",
      "initial",
      "initial",
      "initial",
      "advanced",
      "advanced",
      "optimal",
    ]);
  });

  it("tolerates the rounding of a mean that is a whole number", () => {
    expect(stageForScore(2.9999999999999996)).toBe("advanced");
  });
});

describe("critical questions cap their pillar", () => {
  const framework = withDetails({ "IDN-03": { importance: "critical" } });

  it("names the pillar no higher than its weakest critical question, keeping the mean", () => {
    // (3×4 + 2×4 + 1×1) ÷ 6 = 3.5 would be Advanced; the critical IDN-03 is Traditional.
    const result = scoreAssessment(framework, [answer("IDN-01", "optimal"), answer("IDN-02", "optimal"), answer("IDN-03", "traditional")]);
    const identity = result.pillars.find((pillar) => pillar.pillar === "identity")!;
    expect(identity.score).toBeCloseTo(3.5);
    expect(identity.stage).toBe("traditional");
    expect(identity.cappedBy).toEqual({ questionId: "IDN-03", stage: "traditional" });
  });

  it("measures a capped pillar's gap from its cap", () => {
    const answers = [answer("IDN-01", "optimal"), answer("IDN-02", "optimal"), answer("IDN-03", "initial")];
    const identity = scoreAssessment(framework, answers, { identity: "advanced" }).pillars.find((pillar) => pillar.pillar === "identity")!;
    // (12 + 8 + 2) ÷ 6 = 3.67 would be past Advanced; held at Initial (2), it is 1 short.
    expect(identity.stage).toBe("initial");
    expect(identity.gap).toBe(1);
  });

  it("does not cap when the critical question is at or above the stage, N/A or unanswered", () => {
    for (const idn03 of [answer("IDN-03", "advanced"), answer("IDN-03", "not_applicable"), null]) {
      const answers = [answer("IDN-01", "advanced"), answer("IDN-02", "advanced"), ...(idn03 ? [idn03] : [])];
      const identity = scoreAssessment(framework, answers).pillars.find((pillar) => pillar.pillar === "identity")!;
      expect(identity.stage).toBe("advanced");
      expect(identity.cappedBy).toBeNull();
    }
  });
});


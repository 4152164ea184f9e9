import { describe, expect, it } from "vitest";
import { diffScores } from "./diff";
import { scoreAssessment } from "./maturity";
import { DEFAULT_SCORING_POLICY } from "./policy";
import { answer } from "./test-arbitraries";
import { TEST_FRAMEWORK } from "./test-framework";

// Lenient thresholds, so that partly answered pillars name a stage to compare.
const LENIENT = { ...DEFAULT_SCORING_POLICY, coverageThreshold: 0.1, naThreshold: 1 };

describe("diffScores", () => {
  const before = scoreAssessment(TEST_FRAMEWORK, [
    answer("IDN-01", "initial"),
    answer("IDN-02", "advanced"),
    answer("IDN-03", "initial"),
    answer("DEV-01", "optimal"),
    answer("GOV-01", "advanced"),
  ], {}, LENIENT);
  const after = scoreAssessment(TEST_FRAMEWORK, [
    answer("IDN-01", "advanced"),
    answer("IDN-02", "initial"),
    answer("IDN-03", "not_applicable"),
    answer("DEV-02", "traditional"),
    answer("GOV-01", "advanced"),
  ], {}, LENIENT);
  const diff = diffScores(before, after);

  it("lists each question whose answer moved, with its direction", () => {
    expect(diff.questions).toEqual([
      { questionId: "IDN-01", pillar: "identity", before: "initial", after: "advanced", direction: "up" },
      { questionId: "IDN-02", pillar: "identity", before: "advanced", after: "initial", direction: "down" },
      { questionId: "IDN-03", pillar: "identity", before: "initial", after: "not_applicable", direction: "changed" },
      { questionId: "DEV-01", pillar: "devices", before: "optimal", after: null, direction: "removed" },
      { questionId: "DEV-02", pillar: "devices", before: null, after: "traditional", direction: "added" },
    ]);
  });

  it("reports the score and stage change of each pillar", () => {
    // identity: (3×2 + 2×3 + 1×2) / 6 = 14/6 before, (3×3 + 2×2) / 5 = 2.6 after.
    const [identity, devices, governance] = diff.pillars;
    expect(identity).toMatchObject({ pillar: "identity", before: 14 / 6, after: 2.6, beforeStage: "initial", afterStage: "initial", stageChanged: false });
    expect(identity!.delta).toBeCloseTo(2.6 - 14 / 6, 12);
    expect(devices).toEqual({ pillar: "devices", before: 4, after: 1, delta: -3, beforeStage: "optimal", afterStage: "traditional", stageChanged: true });
    expect(governance).toEqual({ pillar: "governance", before: 3, after: 3, delta: 0, beforeStage: "advanced", afterStage: "advanced", stageChanged: false });
  });

  it("reports the overall change", () => {
    // Normalised weights: IDN-01 1.5, IDN-02 1, IDN-03 0.5, DEV-01 2/3, DEV-02 4/3, GOV-01 1.
    expect(diff.overall.before).toBeCloseTo((1.5 * 2 + 1 * 3 + 0.5 * 2 + (2 / 3) * 4 + 1 * 3) / (1.5 + 1 + 0.5 + 2 / 3 + 1), 12);
    expect(diff.overall.after).toBeCloseTo((1.5 * 3 + 1 * 2 + (4 / 3) * 1 + 1 * 3) / (1.5 + 1 + 4 / 3 + 1), 12);
    // The overall is named at its weakest pillar: Identity (Initial) before, Devices (Traditional) after.
    expect(diff.overall).toMatchObject({ beforeStage: "initial", afterStage: "traditional", stageChanged: true });
    expect(diff.overall.delta).toBeCloseTo(diff.overall.after! - diff.overall.before!, 12);
  });

  it("has no delta where a side has no score", () => {
    const empty = scoreAssessment(TEST_FRAMEWORK, [], {}, LENIENT);
    expect(diffScores(empty, after).overall).toMatchObject({ before: null, delta: null, beforeStage: null, afterStage: "traditional", stageChanged: true });
  });

  it("compares results of different framework versions by question and pillar id", () => {
    const older = { ...TEST_FRAMEWORK, id: "test-0", questions: [...TEST_FRAMEWORK.questions.slice(1), { ...TEST_FRAMEWORK.questions[0]!, id: "OLD-01" }] };
    const olderResult = scoreAssessment(older, [answer("OLD-01", "initial"), answer("IDN-02", "advanced")]);
    const newerResult = scoreAssessment(TEST_FRAMEWORK, [answer("IDN-01", "initial"), answer("IDN-02", "advanced")]);
    expect(diffScores(olderResult, newerResult).questions).toEqual([
      { questionId: "IDN-01", pillar: "identity", before: null, after: "initial", direction: "added" },
      { questionId: "OLD-01", pillar: "identity", before: "initial", after: null, direction: "removed" },
    ]);
  });
});

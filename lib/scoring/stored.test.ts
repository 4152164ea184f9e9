import { describe, expect, it } from "vitest";
import { LATEST_FRAMEWORK } from "../framework/index";
import { scoreAssessment } from "./maturity";
import { SCORING_VERSION } from "./policy";
import { storedExtract, storedScores, V1_POLICY } from "./stored";
import { scoredWithOlderRules, scoringVersionMark } from "./version-mark";

const framework = LATEST_FRAMEWORK;
const answers = framework.questions.slice(0, 20).map((question, index) => ({ questionId: question.id, value: index % 2 ? ("advanced" as const) : ("initial" as const) }));
const current = scoreAssessment(framework, answers, { identity: "optimal" });
const asStored = (value: unknown) => JSON.parse(JSON.stringify(value)) as unknown;

const strip = (object: object, keys: string[]) => Object.fromEntries(Object.entries(object).filter(([key]) => !keys.includes(key)));

/** What scoring v1 stored: none of v2's fields, and no target on a pillar the assessment set none for. */
function v1Shape(result: typeof current) {
  const stored = asStored(result) as typeof current;
  return {
    ...strip(stored, ["scoringVersion", "policy"]),
    pillars: stored.pillars.map((pillar) => ({
      ...strip(pillar, ["unrated", "meanStage", "naShare", "naFlagged", "targetSource", "progress"]),
      ...(pillar.targetSource === "default" ? { target: null, gap: null, gapUnavailable: "no_target" } : {}),
    })),
    overall: {
      ...strip(stored.overall, ["unrated", "unratedPillars", "meanStage", "naShare", "progress", "gap"]),
      weakestPillar: stored.overall.weakestPillar && strip(stored.overall.weakestPillar, ["stage"]),
    },
  };
}

describe("storedScores", () => {
  it("reads a result stored by the current rules back exactly", () => {
    expect(storedScores(asStored(current), SCORING_VERSION)).toEqual(current);
  });

  it("reads a v1 result as stored, its v2 fields filled as not computed", () => {
    const read = storedScores(v1Shape(current), 1);
    expect(read.scoringVersion).toBe(1);
    expect(read.policy).toEqual(V1_POLICY);
    expect(read.overall.score).toBe(current.overall.score);
    expect(read.overall).toMatchObject({ progress: null, gap: null, unratedPillars: [] });
    const identity = read.pillars.find((pillar) => pillar.pillar === "identity")!;
    expect(identity).toMatchObject({ target: "optimal", targetSource: "assessment", progress: null, naFlagged: false });
    const untargeted = read.pillars.find((pillar) => pillar.pillar === "devices")!;
    // v1 had no default target; its next steps aimed such pillars at Optimal.
    expect(untargeted).toMatchObject({ target: "optimal", targetSource: "default" });
    expect(read.pillars.every((pillar) => pillar.naShare === (pillar.total === 0 ? 0 : pillar.distribution.not_applicable / pillar.total))).toBe(true);
  });

  it("refuses a stored value no version wrote", () => {
    expect(() => storedScores({ overall: {} }, 1)).toThrow();
  });

  it("refuses a result marked with a version no code wrote", () => {
    expect(() => storedScores(asStored(current), 0)).toThrow(/scoring version 0/);
    expect(() => storedScores(asStored(current), SCORING_VERSION + 1)).toThrow(/scoring version/);
  });
});

describe("storedExtract", () => {
  const pillars = [{ pillar: "identity", score: 2.5, target: null, gap: null }];
  it("reads the fields a query picked out, a v1 result's missing ones (SQL null) as not computed", () => {
    expect(storedExtract({ score: 2.5, stage: "initial", rated: { unrated: null, completeness: 0.5, naShare: null }, pillars }, 1)).toEqual({
      score: 2.5,
      stage: "initial",
      rated: { unrated: undefined, completeness: 0.5, naShare: undefined },
      pillars,
    });
  });

  it("refuses a value no version wrote", () => {
    expect(() => storedExtract({ score: "high", stage: null, rated: null, pillars: null }, 2)).toThrow();
    expect(() => storedExtract({ score: null, stage: "expert", rated: null, pillars: null }, 2)).toThrow();
  });
});

describe("the scoring version mark", () => {
  it("marks results of older rules only", () => {
    expect(scoringVersionMark(1)).toBe("Scored with scoring v1");
    expect(scoringVersionMark(SCORING_VERSION)).toBe("");
    expect(scoredWithOlderRules(SCORING_VERSION - 1)).toBe(true);
  });
});

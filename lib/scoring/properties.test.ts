import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { LATEST_FRAMEWORK } from "../framework/index";
import { STAGES, type Stage } from "../framework/types";
import { diffScores } from "./diff";
import { levelScore, stageIndex } from "./levels";
import { scoreAssessment } from "./maturity";
import { prioritiseNextSteps } from "./next-steps";
import { questionTargets } from "./targets";
import { answer, answersArb, policyArb, targetsArb } from "./test-arbitraries";
import { TEST_FRAMEWORK, withDetails } from "./test-framework";
import type { AnswerInput, AnswerValue, ScoreResult } from "./types";

const inRange = (score: number | null) => score === null || (score >= 1 && score <= 4);
const isStageAnswer = (input: AnswerInput): input is AnswerInput & { value: Stage } => input.value !== "not_applicable";
const weightOf = (questionId: string) => TEST_FRAMEWORK.questions.find((question) => question.id === questionId)!.weight;
const pillarOf = (result: ScoreResult, questionId: string) =>
  result.pillars.find((pillar) => pillar.pillar === TEST_FRAMEWORK.questions.find((question) => question.id === questionId)!.pillar)!;
/** Ordinal with "no stage named" below every stage. */
const rank = (stage: Stage | null) => (stage === null ? -1 : stageIndex(stage));

/** Which scored answer (with a stage) to change, picked among those the predicate accepts. */
const pick = (answers: AnswerInput[], index: number, accept: (value: Stage) => boolean) => {
  const candidates = answers.filter(isStageAnswer).filter((input) => accept(input.value));
  return candidates.length > 0 ? candidates[index % candidates.length]! : null;
};

// Critical questions in two pillars, and prerequisites that chain across pillars.
const FORMAT_2 = withDetails({
  "IDN-01": { importance: "critical", prerequisites: [{ level: "advanced", question: "IDN-02", atLeast: "initial" }] },
  "IDN-02": {},
  "DEV-02": { importance: "critical", prerequisites: [{ level: "initial", question: "DEV-01", atLeast: "initial" }, { level: "advanced", question: "IDN-01", atLeast: "advanced" }] },
  "DEV-01": {},
  "GOV-01": { prerequisites: [{ level: "optimal", question: "GOV-02", atLeast: "advanced" }] },
});

describe("scoring properties", () => {
  it("keeps scores in [1, 4] or null, shares in [0, 1] and gaps in [0, 3]", () => {
    fc.assert(
      fc.property(answersArb, targetsArb, policyArb, (answers, targets, policy) => {
        const result = scoreAssessment(TEST_FRAMEWORK, answers, targets, policy);
        for (const part of [...result.pillars, result.overall]) {
          expect(inRange(part.score)).toBe(true);
          for (const share of [part.completeness, part.naShare, part.progress?.share ?? 0]) expect(share >= 0 && share <= 1).toBe(true);
          expect(part.gap === null || (part.gap >= 0 && part.gap <= 3)).toBe(true);
        }
      }),
    );
  });

  it("keeps a gap of every answer three stages short at exactly 3, not a rounding step above (fast-check counterexample)", () => {
    const na = (questionId: string) => ({ questionId, value: "not_applicable" as const, naReason: "Out of scope" });
    const answers = [na("IDN-02"), na("IDN-03"), na("DEV-01"), { questionId: "DEV-02", value: "traditional" as const }, na("GOV-01"), { questionId: "GOV-02", value: "traditional" as const }];
    const result = scoreAssessment(TEST_FRAMEWORK, answers, { devices: "optimal", governance: "optimal" }, { naThreshold: 0, coverageThreshold: 0.1, defaultTarget: "traditional", naRequiresApproval: false });
    expect(result.overall.gap).toBe(3);
    expect(result.overall.score).toBe(1);
  });

  it("never lowers a pillar's or the overall score or stage when one answer is raised", () => {
    for (const framework of [TEST_FRAMEWORK, FORMAT_2]) {
      fc.assert(
        fc.property(answersArb, targetsArb, policyArb, fc.nat(), fc.nat(), (answers, targets, policy, which, step) => {
          const raised = pick(answers, which, (value) => value !== "optimal");
          fc.pre(raised !== null);
          const from = stageIndex(raised!.value);
          const to = STAGES[from + 1 + (step % (STAGES.length - 1 - from))]!;
          const before = scoreAssessment(framework, answers, targets, policy);
          const after = scoreAssessment(framework, answers.map((input) => (input === raised ? answer(input.questionId, to) : input)), targets, policy);
          const [own, ownAfter] = [pillarOf(before, raised!.questionId), pillarOf(after, raised!.questionId)];
          expect(ownAfter.score!).toBeGreaterThan(own.score!);
          expect(rank(ownAfter.stage)).toBeGreaterThanOrEqual(rank(own.stage));
          expect(after.overall.score!).toBeGreaterThanOrEqual(before.overall.score!);
          expect(rank(after.overall.stage)).toBeGreaterThanOrEqual(rank(before.overall.stage));
        }),
      );
    }
  });

  it("never names a higher stage for an N/A than for its answer, once the N/A share passes the threshold", () => {
    fc.assert(
      fc.property(answersArb, targetsArb, policyArb, fc.nat(), (answers, targets, policy, which) => {
        const marked = pick(answers, which, () => true);
        fc.pre(marked !== null);
        const answered = scoreAssessment(TEST_FRAMEWORK, answers, targets, policy);
        const notApplicable = scoreAssessment(TEST_FRAMEWORK, answers.map((input) => (input === marked ? answer(input.questionId, "not_applicable") : input)), targets, policy);
        const pillar = pillarOf(notApplicable, marked!.questionId);
        if (pillar.naShare > policy.naThreshold) {
          expect(rank(pillar.stage)).toBeLessThanOrEqual(rank(pillarOf(answered, marked!.questionId).stage));
          expect(rank(notApplicable.overall.stage)).toBeLessThanOrEqual(rank(answered.overall.stage));
        }
      }),
    );
  });

  it("names no stage below the coverage threshold", () => {
    fc.assert(
      fc.property(answersArb, targetsArb, policyArb, (answers, targets, policy) => {
        const result = scoreAssessment(TEST_FRAMEWORK, answers, targets, policy);
        for (const part of [...result.pillars, result.overall]) {
          if (part.completeness < policy.coverageThreshold - 1e-9) expect(part).toMatchObject({ stage: null, unrated: "not_enough_answers" });
        }
      }),
    );
  });

  it("never names a pillar above its weakest important question, nor the overall above its weakest pillar", () => {
    fc.assert(
      fc.property(answersArb, policyArb, (answers, policy) => {
        const result = scoreAssessment(FORMAT_2, answers, {}, policy);
        const critical = FORMAT_2.questions.filter((question) => question.detail?.importance === "critical").map((question) => question.id);
        for (const input of answers.filter(isStageAnswer).filter((each) => critical.includes(each.questionId))) {
          expect(rank(pillarOf(result, input.questionId).stage)).toBeLessThanOrEqual(stageIndex(input.value));
        }
        // A pillar where nothing applies (every answer an accepted N/A) has no stage to hold the overall to.
        const holds = result.pillars.filter((pillar) => pillar.distribution.not_applicable < pillar.total || pillar.naFlagged);
        for (const pillar of holds) expect(rank(result.overall.stage)).toBeLessThanOrEqual(rank(pillar.stage));
      }),
    );
  });

  it("ignores the order of answers with unique question ids", () => {
    fc.assert(
      fc.property(
        answersArb.chain((answers) => fc.tuple(fc.constant(answers), fc.shuffledSubarray(answers, { minLength: answers.length }))),
        targetsArb,
        ([answers, shuffled], targets) => {
          expect(scoreAssessment(FORMAT_2, shuffled, targets)).toEqual(scoreAssessment(FORMAT_2, answers, targets));
          expect(prioritiseNextSteps(FORMAT_2, shuffled, targets)).toEqual(prioritiseNextSteps(FORMAT_2, answers, targets));
        },
      ),
    );
  });

  it("ranks alike whatever was ranked before: the working arrays one call reuses from another leave no trace", () => {
    // The latest framework, whose many prerequisites leave most calls something to settle.
    const latestAnswersArb = fc
      .array(fc.constantFrom<AnswerValue>(...STAGES, "not_applicable"), { minLength: LATEST_FRAMEWORK.questions.length, maxLength: LATEST_FRAMEWORK.questions.length })
      .map((values) => values.map((value, position) => answer(LATEST_FRAMEWORK.questions[position]!.id, value)));
    fc.assert(
      fc.property(latestAnswersArb, latestAnswersArb, (answers, others) => {
        const first = prioritiseNextSteps(LATEST_FRAMEWORK, answers);
        prioritiseNextSteps(LATEST_FRAMEWORK, others);
        expect(prioritiseNextSteps(LATEST_FRAMEWORK, answers)).toEqual(first);
      }),
    );
  });

  // A question's contribution is weight × level score to its pillar's numerator and weight to its denominator.
  it("takes out exactly one question's contribution when it is marked N/A", () => {
    fc.assert(
      fc.property(answersArb, fc.nat(), (answers, which) => {
        const marked = pick(answers, which, () => true);
        fc.pre(marked !== null);
        const answered = scoreAssessment(TEST_FRAMEWORK, answers);
        const notApplicable = scoreAssessment(TEST_FRAMEWORK, answers.map((input) => (input === marked ? answer(input.questionId, "not_applicable") : input)));
        const removed = scoreAssessment(TEST_FRAMEWORK, answers.filter((input) => input !== marked));
        const weight = weightOf(marked!.questionId);
        const [own, ownNa] = [pillarOf(answered, marked!.questionId), pillarOf(notApplicable, marked!.questionId)];
        expect(own.weightedSum - ownNa.weightedSum).toBe(weight * levelScore(marked!.value));
        expect(own.scoredWeight - ownNa.scoredWeight).toBe(weight);
        const scores = (result: ScoreResult) => ({ pillars: result.pillars.map(({ score, weightedSum, scoredWeight }) => ({ score, weightedSum, scoredWeight })), overall: result.overall.score });
        expect(scores(notApplicable)).toEqual(scores(removed));
      }),
    );
  });

  it("recommends only the step out of the current stage, below the target, ranked with deterministic ties", () => {
    fc.assert(
      fc.property(answersArb, targetsArb, policyArb, (answers, targets, policy) => {
        const current = new Map(answers.map((input) => [input.questionId, input.value]));
        const target = new Map(TEST_FRAMEWORK.questions.map((question, index) => [question.id, questionTargets(TEST_FRAMEWORK, targets, policy)[index]!]));
        const steps = prioritiseNextSteps(TEST_FRAMEWORK, answers, targets, policy);
        for (const step of steps) {
          expect(step.fromStage).toBe(current.get(step.questionId));
          expect(stageIndex(step.toStage)).toBe(stageIndex(step.fromStage) + 1);
          expect(step.target).toBe(target.get(step.questionId));
          expect(stageIndex(step.fromStage)).toBeLessThan(stageIndex(step.target));
        }
        for (let index = 1; index < steps.length; index++) {
          const [previous, step] = [steps[index - 1]!, steps[index]!];
          const order = (id: string) => TEST_FRAMEWORK.questions.findIndex((question) => question.id === id);
          const key = (each: typeof step) => [-each.priority, stageIndex(each.fromStage), order(each.questionId)];
          const [a, b] = [key(previous), key(step)];
          expect(a[0]! < b[0]! || (a[0] === b[0] && (a[1]! < b[1]! || (a[1] === b[1] && a[2]! < b[2]!)))).toBe(true);
        }
        const expected = answers.filter(isStageAnswer).filter((input) => stageIndex(input.value) < stageIndex(target.get(input.questionId)!));
        expect(steps).toHaveLength(expected.length);
      }),
    );
  });

  it("offers a step only after the steps it needs, each reaching the stage needed", () => {
    fc.assert(
      fc.property(answersArb, targetsArb, policyArb, (answers, targets, policy) => {
        const steps = prioritiseNextSteps(FORMAT_2, answers, targets, policy);
        const position = new Map(steps.map((step, index) => [step.questionId, index]));
        for (const [index, step] of steps.entries()) {
          for (const need of step.needs) expect(position.get(need) ?? Number.POSITIVE_INFINITY).toBeLessThan(index);
        }
        expect(new Set(steps.map((step) => step.questionId)).size).toBe(steps.length);
      }),
    );
  });

  it("finds nothing moved between a result and itself", () => {
    fc.assert(
      fc.property(answersArb, targetsArb, (answers, targets) => {
        const result = scoreAssessment(TEST_FRAMEWORK, answers, targets);
        const diff = diffScores(result, result);
        expect(diff.questions).toEqual([]);
        for (const change of [...diff.pillars, diff.overall]) {
          expect(change.delta).toBe(change.before === null ? null : 0);
          expect(change.stageChanged).toBe(false);
        }
      }),
    );
  });
});

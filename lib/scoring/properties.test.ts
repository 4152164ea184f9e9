import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { STAGES, type Stage } from "../framework/types";
import { diffScores } from "./diff";
import { levelScore, stageIndex } from "./levels";
import { scoreAssessment } from "./maturity";
import { prioritiseNextSteps } from "./next-steps";
import { answer, answersArb, targetsArb } from "./test-arbitraries";
import { TEST_FRAMEWORK, withDetails } from "./test-framework";
import type { AnswerInput, ScoreResult } from "./types";

const inRange = (score: number | null) => score === null || (score >= 1 && score <= 4);
const isStageAnswer = (input: AnswerInput): input is AnswerInput & { value: Stage } => input.value !== "not_applicable";
const weightOf = (questionId: string) => TEST_FRAMEWORK.questions.find((question) => question.id === questionId)!.weight;
const pillarOf = (result: ScoreResult, questionId: string) =>
  result.pillars.find((pillar) => pillar.pillar === TEST_FRAMEWORK.questions.find((question) => question.id === questionId)!.pillar)!;

/** Which scored answer (with a stage) to change, picked among those the predicate accepts. */
const pick = (answers: AnswerInput[], index: number, accept: (value: Stage) => boolean) => {
  const candidates = answers.filter(isStageAnswer).filter((input) => accept(input.value));
  return candidates.length > 0 ? candidates[index % candidates.length]! : null;
};

describe("scoring properties", () => {
  it("keeps every score in [1, 4] or null, and completeness in [0, 1]", () => {
    fc.assert(
      fc.property(answersArb, targetsArb, (answers, targets) => {
        const result = scoreAssessment(TEST_FRAMEWORK, answers, targets);
        for (const part of [...result.pillars, result.overall]) {
          expect(inRange(part.score)).toBe(true);
          expect(part.completeness).toBeGreaterThanOrEqual(0);
          expect(part.completeness).toBeLessThanOrEqual(1);
        }
        for (const pillar of result.pillars) expect(pillar.gap === null || (pillar.gap >= 0 && pillar.gap <= 3)).toBe(true);
      }),
    );
  });

  it("never lowers the pillar or overall score when one answer is raised", () => {
    fc.assert(
      fc.property(answersArb, fc.nat(), fc.nat(), (answers, which, step) => {
        const raised = pick(answers, which, (value) => value !== "optimal");
        fc.pre(raised !== null);
        const from = stageIndex(raised!.value);
        const to = STAGES[from + 1 + (step % (STAGES.length - 1 - from))]!;
        const before = scoreAssessment(TEST_FRAMEWORK, answers);
        const after = scoreAssessment(TEST_FRAMEWORK, answers.map((input) => (input === raised ? answer(input.questionId, to) : input)));
        expect(pillarOf(after, raised!.questionId).score!).toBeGreaterThan(pillarOf(before, raised!.questionId).score!);
        expect(after.overall.score!).toBeGreaterThanOrEqual(before.overall.score!);
      }),
    );
  });

  it("ignores the order of answers with unique question ids", () => {
    fc.assert(
      fc.property(
        answersArb.chain((answers) => fc.tuple(fc.constant(answers), fc.shuffledSubarray(answers, { minLength: answers.length }))),
        targetsArb,
        ([answers, shuffled], targets) => {
          expect(scoreAssessment(TEST_FRAMEWORK, shuffled, targets)).toEqual(scoreAssessment(TEST_FRAMEWORK, answers, targets));
          expect(prioritiseNextSteps(TEST_FRAMEWORK, shuffled, targets)).toEqual(prioritiseNextSteps(TEST_FRAMEWORK, answers, targets));
        },
      ),
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

  it("recommends only the step out of the current stage, below the target", () => {
    fc.assert(
      fc.property(answersArb, targetsArb, (answers, targets) => {
        const current = new Map(answers.map((input) => [input.questionId, input.value]));
        const steps = prioritiseNextSteps(TEST_FRAMEWORK, answers, targets);
        for (const step of steps) {
          const target = targets[step.pillar] ?? "optimal";
          expect(step.fromStage).toBe(current.get(step.questionId));
          expect(stageIndex(step.toStage)).toBe(stageIndex(step.fromStage) + 1);
          expect(stageIndex(step.fromStage)).toBeLessThan(stageIndex(target));
          expect(step.gap).toBe(stageIndex(target) - stageIndex(step.fromStage));
        }
        expect(steps.map((step) => step.priority)).toEqual(steps.map((step) => step.priority).sort((a, b) => b - a));
        const expected = answers.filter(isStageAnswer).filter((input) => {
          const pillar = TEST_FRAMEWORK.questions.find((question) => question.id === input.questionId)!.pillar;
          return stageIndex(input.value) < stageIndex(targets[pillar] ?? "optimal");
        });
        expect(steps).toHaveLength(expected.length);
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

describe("format-2 properties", () => {
  // Critical questions in two pillars, and prerequisites that chain across pillars.
  const framework = withDetails({
    "IDN-01": { importance: "critical", prerequisites: [{ level: "advanced", question: "IDN-02", atLeast: "initial" }] },
    "IDN-02": {},
    "DEV-02": { importance: "critical", prerequisites: [{ level: "initial", question: "DEV-01", atLeast: "initial" }, { level: "advanced", question: "IDN-01", atLeast: "advanced" }] },
    "DEV-01": {},
    "GOV-01": { prerequisites: [{ level: "optimal", question: "GOV-02", atLeast: "advanced" }] },
  });
  const criticalIds = framework.questions.filter((question) => question.detail?.importance === "critical").map((question) => question.id);

  it("never names a pillar above its weakest critical question", () => {
    fc.assert(
      fc.property(answersArb, (answers) => {
        const result = scoreAssessment(framework, answers);
        for (const input of answers.filter(isStageAnswer).filter((each) => criticalIds.includes(each.questionId))) {
          const pillar = pillarOf(result, input.questionId);
          expect(pillar.stage === null || stageIndex(pillar.stage) <= stageIndex(input.value)).toBe(true);
        }
      }),
    );
  });

  it("places every step after the steps it needs", () => {
    fc.assert(
      fc.property(answersArb, targetsArb, (answers, targets) => {
        const steps = prioritiseNextSteps(framework, answers, targets);
        const position = new Map(steps.map((step, index) => [step.questionId, index]));
        for (const [index, step] of steps.entries()) {
          for (const need of step.needs) expect(position.get(need) ?? -1).toBeLessThan(index);
        }
      }),
    );
  });
});


import fc from "fast-check";
import { STAGES } from "../framework/types";
import { TEST_FRAMEWORK } from "./test-framework";
import type { ScoringPolicy } from "./policy";
import type { AnswerInput, AnswerValue, Targets } from "./types";

/** A scorable answer: N/A always comes with a reason. */
export function answer(questionId: string, value: AnswerValue): AnswerInput {
  return value === "not_applicable" ? { questionId, value, naReason: "Out of scope" } : { questionId, value };
}

const stageArb = fc.constantFrom(...STAGES);

/** null leaves the question unanswered. */
const valueArb = fc.oneof(
  { arbitrary: stageArb, weight: 4 },
  { arbitrary: fc.constant<AnswerValue>("not_applicable"), weight: 1 },
  { arbitrary: fc.constant(null), weight: 1 },
);

/** Answers to TEST_FRAMEWORK with unique question ids, in framework order. */
export const answersArb = fc
  .array(valueArb, { minLength: TEST_FRAMEWORK.questions.length, maxLength: TEST_FRAMEWORK.questions.length })
  .map((values) => values.flatMap((value, i) => (value === null ? [] : [answer(TEST_FRAMEWORK.questions[i]!.id, value)])));

export const targetsArb: fc.Arbitrary<Targets> = fc.record(
  { identity: stageArb, devices: stageArb, governance: stageArb },
  { requiredKeys: [] },
);

/** Thresholds from strict to lenient, any default target; approvals are not modelled (answers carry none). */
export const policyArb: fc.Arbitrary<ScoringPolicy> = fc.record({
  naThreshold: fc.constantFrom(0, 0.1, 0.25, 0.5, 1),
  coverageThreshold: fc.constantFrom(0.1, 0.5, 0.8, 1),
  defaultTarget: stageArb,
  naRequiresApproval: fc.constant(false),
});

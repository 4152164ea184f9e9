import { describe, expect, it } from "vitest";
import { LATEST_FRAMEWORK } from "@/lib/framework/index";
import type { AnswerChoice, NextStepItem } from "@/lib/scoring/types";
import { mapZtaTest } from "./mapping";
import { candidateSteps, judgeAnswer, reconcile, type EvidenceRun, type MapTest } from "./reconcile";
import { parseZtaReport, type ZtaRisk, type ZtaStatus } from "./report";
import { changesSince, countTests, splitTests, type ZtaTestResult } from "./results";
import { bytesOf, KNOWN_TESTS, ztaReportJson, type FixtureTest } from "./sample-report";

const framework = LATEST_FRAMEWORK;
const mapLatest: MapTest = (test) => mapZtaTest(framework.id, test);

function parseTests(tests: FixtureTest[]) {
  const parsed = parseZtaReport(bytesOf(ztaReportJson({ tests })));
  if (!parsed.ok) throw new Error(JSON.stringify(parsed.problems));
  return parsed.report.tests;
}

const results = (tests: FixtureTest[]): ZtaTestResult[] => splitTests(parseTests(tests)).results;

const run = (tests: FixtureTest[], importId = "import-1"): EvidenceRun => ({ importId, tenant: "Contoso", tests: results(tests) });
const answers = (entries: Record<string, AnswerChoice>) => new Map(Object.entries(entries));
const { privilegedPhishingResistant: adminMfa, allPhishingResistant: allMfa, fewGlobalAdmins, onDemandScans } = KNOWN_TESTS;

describe("reconcile", () => {
  it("flags Advanced or Optimal while a Critical or High test of the question fails", () => {
    const evidence = reconcile(framework, answers({ "IDN-01": "optimal" }), [run([{ id: adminMfa.id, status: "Failed", risk: "High" }, { id: allMfa.id, status: "Passed" }])], mapLatest);
    expect(evidence.questions).toEqual([expect.objectContaining({ questionId: "IDN-01", passed: 1, failed: 1, failedSevere: 1, confidence: "contradicted", contradiction: "rated_high_while_failing" })]);
    expect(evidence.contradicted).toBe(1);
  });

  it("does not flag a high rating when only Medium or Low tests fail: the answer is supported", () => {
    const evidence = reconcile(framework, answers({ "IDN-01": "advanced" }), [run([{ id: adminMfa.id, status: "Failed", risk: "Medium" }])], mapLatest);
    expect(evidence.questions[0]).toMatchObject({ confidence: "supported", contradiction: null });
  });

  it("flags Traditional while every mapped test passes, not while one is only skipped", () => {
    const passing = reconcile(framework, answers({ "IDN-04": "traditional" }), [run([{ id: fewGlobalAdmins.id, status: "Passed" }])], mapLatest);
    expect(passing.questions[0]).toMatchObject({ confidence: "contradicted", contradiction: "rated_traditional_while_passing" });
    const skipped = reconcile(framework, answers({ "IDN-04": "traditional" }), [run([{ id: fewGlobalAdmins.id, status: "Passed" }, { id: "21813", status: "Skipped" }])], mapLatest);
    expect(skipped.questions[0]).toMatchObject({ confidence: "supported", contradiction: null });
  });

  it("leaves an answer self-rated when its tests give no verdict, and unanswered, Unknown or N/A answers unjudged", () => {
    const evidence = reconcile(framework, answers({ "IDN-01": "initial", "IDN-04": "unknown" }), [run([{ id: adminMfa.id, status: "Planned" }, { id: fewGlobalAdmins.id, status: "Failed" }, { id: onDemandScans.id, status: "Passed" }])], mapLatest);
    const byId = Object.fromEntries(evidence.questions.map((question) => [question.questionId, question.confidence]));
    expect(byId).toEqual({ "IDN-01": "self_rated", "IDN-04": null, "DAT-01": null });
    expect(judgeAnswer("not_applicable", { tests: [], failedSevere: 0 })).toEqual({ confidence: null, contradiction: null });
  });

  it("lists tests the mapping places nowhere instead of dropping them", () => {
    const evidence = reconcile(framework, answers({}), [run([{ id: "99999", status: "Failed", pillar: "Nowhere", category: "Nothing" }, { id: adminMfa.id, status: "Passed" }])], mapLatest);
    expect(evidence.unmapped.map((test) => test.id)).toEqual(["99999"]);
    expect(evidence.questions.map((question) => question.questionId)).toEqual(["IDN-01"]);
  });

  it("joins the runs of several tenants", () => {
    const evidence = reconcile(framework, answers({ "IDN-01": "advanced" }), [run([{ id: adminMfa.id, status: "Passed" }], "a"), { ...run([{ id: adminMfa.id, status: "Failed", risk: "Critical" }], "b"), tenant: "Fabrikam" }], mapLatest);
    expect(evidence.questions[0]!.tests.map((test) => test.tenant)).toEqual(["Contoso", "Fabrikam"]);
    expect(evidence.questions[0]).toMatchObject({ confidence: "contradicted" });
  });
});

const step = (questionId: string, toStage: NextStepItem["toStage"]): NextStepItem => ({
  questionId,
  pillar: "identity",
  title: questionId,
  fromStage: "initial",
  toStage,
  action: `Raise ${questionId}`,
  effort: "M",
  impact: 3,
  weight: 2,
  target: "advanced",
  gap: 1,
  priority: 1,
  needs: [],
  enabling: false,
  alsoFor: [],
});

describe("candidateSteps", () => {
  const tests = (...list: [string, ZtaStatus, ZtaRisk, string, string][]) => list.map(([id, status, risk, impact, cost]) => ({ id, status, risk, impact, cost }));

  it("offers each failed test once, riskiest first, then higher impact, then lower cost", () => {
    const evidence = reconcile(
      framework,
      answers({}),
      [run(tests(["21813", "Failed", "Medium", "High", "Low"], ["21814", "Failed", "Medium", "High", "High"], ["21815", "Failed", "Critical", "Low", "High"], ["21816", "Passed", "High", "High", "Low"], ["21812", "Failed", "Medium", "Low", "Low"]))],
      mapLatest,
    );
    expect(candidateSteps(evidence, []).map((candidate) => candidate.test.id)).toEqual(["21815", "21813", "21814", "21812"]);
  });

  it("merges a failed test with the question's own next step when that step reaches the stage the test checks", () => {
    const evidence = reconcile(framework, answers({ "IDN-01": "initial" }), [run([{ id: adminMfa.id, status: "Failed" }, { id: allMfa.id, status: "Failed" }])], mapLatest);
    const candidates = candidateSteps(evidence, [step("IDN-01", "advanced")]);
    const byTest = Object.fromEntries(candidates.map((candidate) => [candidate.test.id, candidate.sameAs.map((same) => same.questionId)]));
    // 21781 checks Advanced (the step's stage); 21784 checks Optimal, a step of its own.
    expect(byTest).toEqual({ [adminMfa.id]: ["IDN-01"], [allMfa.id]: [] });
  });
});

describe("counts and changes", () => {
  it("counts per pillar and status from the tests, a test without a pillar under None", () => {
    const counts = countTests(results([{ id: 1, status: "Passed", pillar: ["Data", "AI"] }, { id: 2, status: "Failed", pillar: "Data" }, { id: 3, status: "Error", pillar: null }]));
    expect(counts.total).toBe(3);
    expect(counts.byStatus).toMatchObject({ Passed: 1, Failed: 1, Error: 1, Skipped: 0 });
    expect(counts.byPillar.Data).toMatchObject({ Passed: 1, Failed: 1 });
    expect(counts.byPillar.AI).toMatchObject({ Passed: 1 });
    expect(counts.byPillar.None).toMatchObject({ Error: 1 });
  });

  it("keeps a pillar or test id named __proto__ as data, never touching any prototype", () => {
    const tests = results([{ id: "__proto__", status: "Passed", pillar: "__proto__" }, { id: 2, status: "Failed", pillar: "constructor", impact: "toString", cost: "valueOf" }]);
    const counts = countTests(tests);
    expect(Object.hasOwn(counts.byPillar, "__proto__")).toBe(true);
    expect(counts.byPillar.constructor).toMatchObject({ Failed: 1 });
    expect(({} as Record<string, unknown>).Passed).toBeUndefined();
    expect(Object.hasOwn(splitTests(parseTests([{ id: "__proto__", status: "Passed" }])).details, "__proto__")).toBe(true);
    const evidence = reconcile(framework, answers({}), [run([{ id: fewGlobalAdmins.id, status: "Failed", impact: "toString", cost: "constructor" }, { id: "21813", status: "Failed" }])], mapLatest);
    expect(candidateSteps(evidence, []).map((candidate) => candidate.test.id)).toHaveLength(2);
  });

  it("says which tests newly fail and newly pass since the tenant's run before", () => {
    const before = results([{ id: 1, status: "Passed" }, { id: 2, status: "Failed" }, { id: 3, status: "Skipped" }, { id: 4, status: "Failed" }, { id: 5, status: "Passed" }]);
    const after = results([{ id: 1, status: "Failed" }, { id: 2, status: "Passed" }, { id: 3, status: "Failed" }, { id: 4, status: "Failed" }, { id: 6, status: "Failed" }]);
    const changes = changesSince(before, after);
    expect(changes.newlyFailing.map((test) => test.id)).toEqual(["1", "3"]);
    expect(changes.newlyPassing.map((test) => test.id)).toEqual(["2"]);
    expect(changes.added.map((test) => test.id)).toEqual(["6"]);
    expect(changes.removed.map((test) => test.id)).toEqual(["5"]);
  });
});

import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { zt2026_1 } from "../framework/versions/zt-2026.1/framework";
import { zt2026_2 } from "../framework/versions/zt-2026.2/framework";
import { STAGES, type Framework, type Stage } from "../framework/types";
import { stageIndex } from "./levels";
import { DEFAULT_SCORING_POLICY } from "./policy";
import { answer } from "./test-arbitraries";
import type { AnswerInput, AnswerValue } from "./types";
import { assessmentView, cisaView, dodView, microsoftView, nistView, VIEW_IDS, type ViewFigures } from "./views";

const policy = { ...DEFAULT_SCORING_POLICY };
const all = (value: AnswerValue, framework: Framework = zt2026_2) => framework.questions.map((question) => answer(question.id, value));
const only = (entries: Record<string, AnswerValue>) => Object.entries(entries).map(([id, value]) => answer(id, value));

function available<V extends { available: boolean }>(view: V): Extract<V, { available: true }> {
  if (!view.available) throw new Error("view not available");
  return view as Extract<V, { available: true }>;
}

const cisaFunction = (answers: AnswerInput[], pillar: string, name: string) =>
  available(cisaView(zt2026_2, answers, {}, policy)).pillars.find((row) => row.pillar === pillar)!.functions.find((row) => row.name === name)!;
const capability = (answers: AnswerInput[], id: string) =>
  available(dodView(zt2026_2, answers, policy))
    .pillars.flatMap((pillar) => pillar.capabilities)
    .find((row) => row.id === id)!;
const scenario = (answers: AnswerInput[], id: string) => available(microsoftView(zt2026_2, answers, policy)).scenarios.find((row) => row.id === id)!;

describe("CISA view", () => {
  it("lists the five CISA pillars and the cross-cutting row with every function, in the model's order", () => {
    const view = available(cisaView(zt2026_2, [], {}, policy));
    expect(view.pillars.map((pillar) => pillar.pillar)).toEqual(["identity", "devices", "networks", "applications", "data", "enterprise"]);
    expect(view.pillars.at(-1)!.functions.map((fn) => [fn.name, fn.questionIds])).toEqual([
      ["Visibility & Analytics", ["VIS-05", "VIS-06", "VIS-07", "VIS-08"]],
      ["Automation & Orchestration", ["AUT-02", "AUT-06", "AUT-07", "AUT-08"]],
      ["Governance", ["GOV-01", "GOV-04", "GOV-07", "GOV-08", "GOV-09"]],
    ]);
  });

  it("names a stage only at the coverage threshold, and otherwise says how much is answered", () => {
    // Identity / Authentication maps IDN-01 (weight 3), IDN-06 and INF-06.
    const two = cisaFunction(only({ "IDN-01": "optimal", "IDN-06": "optimal" }), "identity", "Authentication");
    expect(two).toMatchObject({ mapped: 3, answered: 2, scored: 2, applicable: 3, score: 4, stage: null, unrated: "not_enough_answers" });
    expect(two.completeness).toBeCloseTo(2 / 3);

    const three = cisaFunction(only({ "IDN-01": "optimal", "IDN-06": "optimal", "INF-06": "traditional" }), "identity", "Authentication");
    const weights = ["IDN-01", "IDN-06", "INF-06"].map((id) => zt2026_2.questions.find((question) => question.id === id)!.weight);
    const mean = (weights[0]! * 4 + weights[1]! * 4 + weights[2]! * 1) / (weights[0]! + weights[1]! + weights[2]!);
    expect(three.score).toBeCloseTo(mean);
    expect(three).toMatchObject({ stage: mean >= 3 ? "advanced" : "initial", unrated: null });
    expect(three.weakest).toEqual({ questionId: "INF-06", stage: "traditional" });
  });

  it("counts N/A as answered but out of the mean, and names no stage once the N/A share passes the threshold", () => {
    // Identity Stores maps IDN-02, IDN-03, IDN-07, IDN-08 and IDN-11; only IDN-08 and IDN-11 allow N/A.
    const partly = cisaFunction(only({ "IDN-02": "advanced", "IDN-03": "advanced", "IDN-07": "advanced", "IDN-08": "advanced", "IDN-11": "not_applicable" }), "identity", "Identity Stores");
    expect(partly).toMatchObject({ mapped: 5, applicable: 4, answered: 5, scored: 4, completeness: 1, naShare: 0.2, score: 3, stage: "advanced" });
    const mostly = cisaFunction(only({ "IDN-02": "optimal", "IDN-03": "optimal", "IDN-07": "optimal", "IDN-08": "not_applicable", "IDN-11": "not_applicable" }), "identity", "Identity Stores");
    expect(mostly).toMatchObject({ completeness: 1, naShare: 0.4, score: 4, stage: null, unrated: "too_many_na" });
  });

  it("follows the policy: an N/A awaiting approval counts as unanswered, and an N/A on a question that always applies is refused", () => {
    const approval = { ...policy, naRequiresApproval: true };
    const answers = only({ "IDN-02": "advanced", "IDN-03": "advanced", "IDN-07": "advanced", "IDN-08": "advanced", "IDN-11": "not_applicable" });
    const pending = available(cisaView(zt2026_2, answers, {}, approval)).pillars[0]!.functions.find((fn) => fn.name === "Identity Stores")!;
    expect(pending).toMatchObject({ answered: 4, notApplicable: 0, completeness: 0.8, stage: "advanced" });
    const approved = available(cisaView(zt2026_2, answers.map((input) => ({ ...input, naApproved: true })), {}, approval)).pillars[0]!.functions.find((fn) => fn.name === "Identity Stores")!;
    expect(approved).toMatchObject({ answered: 5, notApplicable: 1 });
    expect(cisaFunction(only({ "IDN-02": "not_applicable" }), "identity", "Identity Stores")).toMatchObject({ answered: 0, notApplicable: 0 });
  });

  it("counts questions at the assessment's target by the one target rule", () => {
    const view = available(cisaView(zt2026_2, all("advanced"), { identity: "optimal" }, policy));
    const identity = view.pillars.find((pillar) => pillar.pillar === "identity")!;
    // INF-02 and INF-06 (infrastructure, default target Advanced) are at target; the identity questions aim at Optimal.
    expect(identity.summary.atTarget).toBe(2);
    expect(identity.summary.mapped).toBe(13);
  });

  it("reports the cross-cutting row of zt-2026.1 as not assessed: that version did not model it", () => {
    const view = available(cisaView(zt2026_1, all("advanced", zt2026_1), {}, policy));
    const enterprise = view.pillars.find((pillar) => pillar.pillar === "enterprise")!;
    expect(enterprise.summary).toMatchObject({ mapped: 0, stage: null, unrated: "not_scored" });
    expect(enterprise.functions.every((fn) => fn.mapped === 0)).toBe(true);
    expect(view.pillars.find((pillar) => pillar.pillar === "identity")!.summary.stage).toBe("advanced");
  });
});

describe("DoD view", () => {
  it("attains a capability's Target level only when every delivering question reaches its stage", () => {
    // 1.3 Multi-Factor Authentication: IDN-01 delivers Target activities up to Advanced and the Advanced one at Optimal.
    expect(capability(only({ "IDN-01": "initial" }), "1.3")).toMatchObject({ target: { status: "not_attained" }, advanced: { status: "not_attained" } });
    expect(capability(only({ "IDN-01": "advanced" }), "1.3")).toMatchObject({ target: { status: "attained" }, advanced: { status: "not_attained" } });
    expect(capability(only({ "IDN-01": "optimal" }), "1.3")).toMatchObject({ target: { status: "attained" }, advanced: { status: "attained" } });
    expect(capability([], "1.3").target).toEqual({ status: "not_attained", requirements: [{ questionId: "IDN-01", stage: "advanced", value: null, met: false }] });
  });

  it("leaves N/A questions out, and a capability whose questions are all N/A is not assessed", () => {
    // 1.1 User Inventory, Target level: IDN-02 and IDN-07 at Advanced, IDN-11 at Initial.
    expect(capability(only({ "IDN-02": "advanced", "IDN-07": "advanced", "IDN-11": "initial" }), "1.1").target.status).toBe("attained");
    expect(capability(only({ "IDN-02": "advanced", "IDN-07": "advanced" }), "1.1").target.status).toBe("not_attained");
    expect(capability(only({ "IDN-02": "advanced", "IDN-07": "advanced", "IDN-11": "not_applicable" }), "1.1").target.status).toBe("attained");
    // 4.3 Data Labeling and Tagging: DAT-02 and DAT-09, both of which allow N/A.
    expect(capability(only({ "DAT-02": "not_applicable", "DAT-09": "not_applicable" }), "4.3").target.status).toBe("not_applicable");
    expect(capability(only({ "DAT-02": "not_applicable", "DAT-09": "advanced" }), "4.3").target.status).toBe("attained");
    // No question delivers an Advanced-level activity of 1.1, nor anything of 6.3 Machine Learning.
    expect(capability([], "1.1").advanced).toEqual({ status: "not_assessed", requirements: [] });
    expect(capability([], "6.3").target.status).toBe("not_assessed");
  });

  it("counts attained and assessed capabilities per DoD pillar", () => {
    const advanced = available(dodView(zt2026_2, all("advanced"), policy));
    expect(advanced.target).toEqual({ attained: 29, assessed: 40, total: 45 });
    expect(advanced.advanced).toEqual({ attained: 0, assessed: 28, total: 45 });
    expect(advanced.pillars[0]).toMatchObject({ pillar: "User", target: { attained: 9, assessed: 9, total: 9 }, advanced: { attained: 0, assessed: 6, total: 9 } });
    const optimal = available(dodView(zt2026_2, all("optimal"), policy));
    expect(optimal.target.attained).toBe(40);
    expect(optimal.advanced.attained).toBe(28);
  });

  it("is not available for zt-2026.1 and says so instead of showing zeros", () => {
    const view = dodView(zt2026_1, all("optimal", zt2026_1), policy);
    expect(view.available).toBe(false);
    expect(!view.available && view.reason).toContain("not available for question bank version zt-2026.1");
  });
});

describe("Microsoft view", () => {
  it("measures progress against the scenario's preset targets, pillars and question groups", () => {
    // Remote and hybrid work: 8 questions in groups aimed at Optimal (index 3), APP-13 and DAT-06 at their
    // pillars' Advanced (2), NET-06 and AUT-06 at their pillars' Initial (1): Σ target = 24 + 4 + 2 = 30.
    const none = scenario([], "remote-hybrid-work");
    expect(none).toMatchObject({ mapped: 12, applicable: 12, answered: 0, required: 30, achieved: 0, progress: 0, atTarget: 0, completeness: 0 });
    // All at Advanced: 8 × 2 + 2 × 2 + 2 × 1 (Advanced above an Initial target earns no more) = 22.
    const advanced = scenario(all("advanced"), "remote-hybrid-work");
    expect(advanced).toMatchObject({ achieved: 22, required: 30, atTarget: 4, answered: 12, completeness: 1 });
    expect(advanced.progress).toBeCloseTo(22 / 30);
    expect(scenario(all("optimal"), "remote-hybrid-work")).toMatchObject({ progress: 1, atTarget: 12 });
  });

  it("takes N/A questions out of both sums", () => {
    // APP-03 (app-access, aimed at Optimal) allows N/A.
    const view = scenario(only({ "APP-03": "not_applicable", "IDN-05": "optimal" }), "remote-hybrid-work");
    expect(view).toMatchObject({ applicable: 11, notApplicable: 1, answered: 2, scored: 1, required: 27, achieved: 3, atTarget: 1 });
  });

  it("is not available for zt-2026.1", () => {
    expect(microsoftView(zt2026_1, [], policy)).toMatchObject({ available: false, frameworkId: "zt-2026.1" });
  });
});

describe("NIST view", () => {
  it("gives per tenet the share met (Advanced or above) and the share answered", () => {
    // Tenet 1 maps DEV-01, DEV-09, APP-01, DAT-01, DAT-02, DAT-10, GOV-09.
    const answers = only({ "DEV-01": "optimal", "DAT-01": "advanced", "APP-01": "initial", "DEV-09": "not_applicable", "DAT-02": "advanced" });
    const tenet = available(nistView(zt2026_2, answers, {}, policy)).tenets[0]!;
    expect(tenet).toMatchObject({ tenet: 1, mapped: 7, applicable: 6, answered: 5, scored: 4, met: 3, metShare: 0.5, stage: null, unrated: "not_enough_answers" });
    expect(tenet.completeness).toBeCloseTo(5 / 7);
  });

  it("works for zt-2026.1, whose questions carry tenets too", () => {
    const view = available(nistView(zt2026_1, all("advanced", zt2026_1), {}, policy));
    expect(view.tenets).toHaveLength(7);
    expect(view.tenets.every((tenet) => tenet.metShare === 1 && tenet.stage === "advanced")).toBe(true);
  });
});

const stageArb = fc.constantFrom(...STAGES);
const valueArb = fc.oneof({ arbitrary: stageArb, weight: 4 }, { arbitrary: fc.constant<AnswerValue>("not_applicable"), weight: 1 }, { arbitrary: fc.constant(null), weight: 1 });
const answersArb = fc
  .array(valueArb, { minLength: zt2026_2.questions.length, maxLength: zt2026_2.questions.length })
  .map((values) => values.flatMap((value, i) => (value === null ? [] : [answer(zt2026_2.questions[i]!.id, value)])));
const policyArb = fc.record({
  naThreshold: fc.double({ min: 0, max: 1, noNaN: true }),
  coverageThreshold: fc.double({ min: 0, max: 1, noNaN: true }),
  defaultTarget: stageArb,
  naRequiresApproval: fc.constant(false),
});

/** Every number a view shows, flattened, with the direction "more is better" for each. */
function figures(answers: AnswerInput[], chosen: typeof policy): number[] {
  const part = (figure: ViewFigures) => [figure.score ?? 0, figure.stage ? stageIndex(figure.stage) + 1 : 0, figure.atTarget, figure.answered];
  const cisa = available(cisaView(zt2026_2, answers, {}, chosen)).pillars.flatMap((pillar) => [...part(pillar.summary), ...pillar.functions.flatMap(part)]);
  const dod = available(dodView(zt2026_2, answers, chosen)).pillars.flatMap((pillar) => [pillar.target.attained, pillar.advanced.attained]);
  const microsoft = available(microsoftView(zt2026_2, answers, chosen)).scenarios.flatMap((row) => [row.progress ?? 0, row.atTarget, row.achieved]);
  const nist = available(nistView(zt2026_2, answers, {}, chosen)).tenets.flatMap((tenet) => [...part(tenet), tenet.met]);
  return [...cisa, ...dod, ...microsoft, ...nist];
}

describe("view properties", () => {
  it("never lowers any view figure when an answered question is raised", () => {
    fc.assert(
      fc.property(answersArb, fc.nat(), policyArb, (answers, pick, chosen) => {
        const raisable = answers.filter((input) => input.value !== "not_applicable" && input.value !== "optimal");
        fc.pre(raisable.length > 0);
        const target = raisable[pick % raisable.length]!;
        const raised = answers.map((input) => (input === target ? { ...input, value: STAGES[stageIndex(input.value as Stage) + 1]! } : input));
        const before = figures(answers, chosen);
        const after = figures(raised, chosen);
        before.forEach((value, i) => expect(after[i]!).toBeGreaterThanOrEqual(value - 1e-12));
      }),
      { numRuns: 60 },
    );
  });

  it("names no stage below the coverage threshold or above the N/A threshold, and keeps shares in [0, 1]", () => {
    fc.assert(
      fc.property(answersArb, policyArb, (answers, chosen) => {
        const parts = [
          ...available(cisaView(zt2026_2, answers, {}, chosen)).pillars.flatMap((pillar) => [pillar.summary, ...pillar.functions]),
          ...available(nistView(zt2026_2, answers, {}, chosen)).tenets,
        ];
        for (const part of parts) {
          if (part.stage) {
            expect(part.completeness).toBeGreaterThanOrEqual(chosen.coverageThreshold - 1e-9);
            expect(part.naShare).toBeLessThanOrEqual(chosen.naThreshold + 1e-9);
          }
          expect(part.completeness).toBeGreaterThanOrEqual(0);
          expect(part.completeness).toBeLessThanOrEqual(1);
        }
        for (const row of available(microsoftView(zt2026_2, answers, chosen)).scenarios) expect(row.progress === null || (row.progress >= 0 && row.progress <= 1)).toBe(true);
      }),
      { numRuns: 60 },
    );
  });

  it("does not depend on the order of the answers", () => {
    fc.assert(
      fc.property(answersArb, (answers) => {
        for (const view of VIEW_IDS) expect(assessmentView(view, zt2026_2, answers.toReversed(), {}, policy)).toEqual(assessmentView(view, zt2026_2, answers, {}, policy));
      }),
      { numRuns: 30 },
    );
  });
});

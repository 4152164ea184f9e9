import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { STAGES, type Framework, type Prerequisite, type Stage } from "../framework/types";
import { DEFAULT_SCORING_POLICY } from "./policy";
import { EFFORT_POINTS, nextMonthStart, planRoadmap, type Roadmap } from "./roadmap";
import { questionTargets } from "./targets";
import { answer, answersArb, targetsArb } from "./test-arbitraries";
import { TEST_FRAMEWORK, withDetails } from "./test-framework";
import type { AnswerInput, Targets } from "./types";

const policy = DEFAULT_SCORING_POLICY;
const plan = (framework: Framework, answers: AnswerInput[], targets: Targets, capacity = 10, pins: Record<string, string> = {}) =>
  planRoadmap(framework, answers, targets, policy, { start: "2027-01-01", capacity, pins });
const keys = (roadmap: Roadmap) => roadmap.steps.map((step) => step.key);

describe("planRoadmap", () => {
  it("plans one step per stage from the answer to the target, dated by the share of the month used", () => {
    const roadmap = plan(TEST_FRAMEWORK, [answer("IDN-01", "traditional")], { identity: "advanced" });
    // IDN-01 leaves Traditional and Initial with M steps: 3 points each of 10 in January's 31 days.
    expect(roadmap.steps.map(({ key, points, start, due, phase }) => ({ key, points, start, due, phase }))).toEqual([
      { key: "IDN-01:initial", points: 3, start: "2027-01-01", due: "2027-01-09", phase: 0 },
      { key: "IDN-01:advanced", points: 3, start: "2027-01-10", due: "2027-01-18", phase: 1 },
    ]);
    expect(roadmap.steps[1]!.needs).toEqual(["IDN-01:initial"]);
    expect(roadmap.months).toEqual([{ month: "2027-01", points: 6, capacity: 10 }]);
    expect(roadmap.phases.map((phase) => [phase.toStage, phase.start, phase.due, phase.points])).toEqual([
      ["initial", "2027-01-01", "2027-01-09", 3],
      ["advanced", "2027-01-10", "2027-01-18", 3],
    ]);
    expect(roadmap.totalPoints).toBe(6);
    expect(roadmap.finish).toBe("2027-01-18");
  });

  it("spills a step bigger than what is left of a month into the following months", () => {
    // IDN-01 leaves Advanced with an L step: 5 points at 2 a month is January, February and half of March.
    const roadmap = plan(TEST_FRAMEWORK, [answer("IDN-01", "advanced")], { identity: "optimal" }, 2);
    expect(roadmap.steps.map(({ points, start, due }) => ({ points, start, due }))).toEqual([{ points: EFFORT_POINTS.L, start: "2027-01-01", due: "2027-03-15" }]);
    expect(roadmap.months.map((month) => month.points)).toEqual([2, 2, 1]);
  });

  it("plans nothing for questions at their target, unanswered or N/A, and the default target applies to pillars without one", () => {
    const answers = [answer("IDN-01", "advanced"), answer("IDN-02", "not_applicable"), answer("DEV-01", "initial")];
    const roadmap = plan(TEST_FRAMEWORK, answers, { identity: "advanced" });
    // Devices has no target: the policy's default (Advanced) applies.
    expect(keys(roadmap)).toEqual(["DEV-01:advanced"]);
    expect(plan(TEST_FRAMEWORK, [], {}).steps).toEqual([]);
    expect(plan(TEST_FRAMEWORK, [], {}).finish).toBeNull();
  });

  it("puts critical steps first within a phase, then the next steps' priority, then framework order", () => {
    const framework = withDetails({ "IDN-01": {}, "IDN-03": { importance: "critical" }, "DEV-01": {} });
    const answers = ["IDN-01", "IDN-03", "DEV-01"].map((id) => answer(id, "traditional"));
    const roadmap = plan(framework, answers, { identity: "initial", devices: "initial" });
    // IDN-03 is critical. IDN-01 (weight 3 of 6 in a pillar of 3 → 1.5, × impact 5 ÷ M 2 = 3.75) outranks DEV-01 (1 of 3 in 2 → 0.67, × 4 ÷ 2 = 1.33).
    expect(keys(roadmap)).toEqual(["IDN-03:initial", "IDN-01:initial", "DEV-01:initial"]);
  });

  const needs = (question: string, level: Prerequisite["level"], atLeast: Prerequisite["atLeast"]): Prerequisite => ({ level, question, atLeast });

  it("plans a prerequisite's steps first, beyond its own target when needed, and moves the dependent step to the prerequisite's phase", () => {
    const framework = withDetails({ "IDN-01": { prerequisites: [needs("GOV-01", "initial", "advanced")] } });
    const answers = [answer("IDN-01", "traditional"), answer("GOV-01", "traditional")];
    const roadmap = plan(framework, answers, { identity: "initial", governance: "initial" });
    expect(keys(roadmap)).toEqual(["GOV-01:initial", "GOV-01:advanced", "IDN-01:initial"]);
    const byKey = new Map(roadmap.steps.map((step) => [step.key, step]));
    expect(byKey.get("GOV-01:advanced")).toMatchObject({ enabling: true, phase: 1 });
    expect(byKey.get("GOV-01:initial")!.enabling).toBe(false);
    expect(byKey.get("IDN-01:initial")).toMatchObject({ needs: ["GOV-01:advanced"], phase: 1, enabling: false });
    expect(byKey.get("IDN-01:initial")!.start >= byKey.get("GOV-01:advanced")!.due).toBe(true);
  });

  it("defers a step whose prerequisite is unanswered, with the stages after it, and anything that needs them", () => {
    const framework = withDetails({
      "IDN-01": { prerequisites: [needs("GOV-01", "advanced", "initial")] },
      "IDN-02": { prerequisites: [needs("IDN-01", "initial", "optimal")] },
    });
    const answers = [answer("IDN-01", "traditional"), answer("IDN-02", "traditional")];
    const roadmap = plan(framework, answers, { identity: "optimal" });
    expect(keys(roadmap)).toEqual(["IDN-01:initial"]);
    expect(roadmap.deferred).toEqual([
      { key: "IDN-01:advanced", questionId: "IDN-01", toStage: "advanced", reason: "prerequisite_unanswered", questions: ["GOV-01"] },
      { key: "IDN-01:optimal", questionId: "IDN-01", toStage: "optimal", reason: "previous_stage_deferred", questions: [] },
      { key: "IDN-02:initial", questionId: "IDN-02", toStage: "initial", reason: "prerequisite_deferred", questions: ["IDN-01"] },
      { key: "IDN-02:advanced", questionId: "IDN-02", toStage: "advanced", reason: "previous_stage_deferred", questions: [] },
      { key: "IDN-02:optimal", questionId: "IDN-02", toStage: "optimal", reason: "previous_stage_deferred", questions: [] },
    ]);
  });

  it("lists deferred steps in framework order, whatever order their questions were found in", () => {
    const framework = withDetails({ "IDN-02": { prerequisites: [needs("IDN-01", "initial", "initial")] }, "IDN-03": { prerequisites: [needs("IDN-01", "initial", "initial")] } });
    const answers = [answer("IDN-02", "traditional"), answer("IDN-03", "traditional")];
    const roadmap = plan(framework, answers, { identity: "initial" });
    expect(roadmap.deferred.map((step) => step.key)).toEqual(["IDN-02:initial", "IDN-03:initial"]);
  });

  it("places a step's needs, and lists them, in plan order rather than as the framework names them", () => {
    // GOV-02 is critical, so its step ranks first, and names IDN-03 before IDN-01, which outranks it.
    const framework = withDetails({ "GOV-02": { importance: "critical", prerequisites: [needs("IDN-03", "advanced", "advanced"), needs("IDN-01", "advanced", "advanced")] } });
    const answers = [answer("IDN-01", "initial"), answer("IDN-03", "initial"), answer("GOV-02", "initial")];
    const roadmap = plan(framework, answers, { governance: "advanced", identity: "initial" });
    expect(keys(roadmap)).toEqual(["IDN-01:advanced", "IDN-03:advanced", "GOV-02:advanced"]);
    expect(roadmap.steps[2]!.needs).toEqual(["IDN-01:advanced", "IDN-03:advanced"]);
  });

  it("lets an N/A prerequisite block nothing", () => {
    const framework = withDetails({ "IDN-01": { prerequisites: [needs("GOV-01", "initial", "optimal")] } });
    const roadmap = plan(framework, [answer("IDN-01", "traditional"), answer("GOV-01", "not_applicable")], { identity: "initial" });
    expect(roadmap.steps.map((step) => [step.key, step.needs])).toEqual([["IDN-01:initial", []]]);
    expect(roadmap.deferred).toEqual([]);
  });

  it("starts a pinned step no earlier than its month, and moves a pin its prerequisites do not allow later, flagged", () => {
    const answers = [answer("IDN-01", "traditional")];
    const pinned = plan(TEST_FRAMEWORK, answers, { identity: "advanced" }, 3, { "IDN-01:advanced": "2027-04" });
    expect(pinned.steps.map(({ key, start, pinned, pinAdjusted }) => ({ key, start, pinned, pinAdjusted }))).toEqual([
      { key: "IDN-01:initial", start: "2027-01-01", pinned: false, pinAdjusted: false },
      { key: "IDN-01:advanced", start: "2027-04-01", pinned: true, pinAdjusted: false },
    ]);
    expect(pinned.months.map((month) => month.points)).toEqual([3, 0, 0, 3]);
    // IDN-01:advanced needs Initial, done by the end of January at 3 a month: a January pin moves to February.
    const early = plan(TEST_FRAMEWORK, answers, { identity: "advanced" }, 3, { "IDN-01:advanced": "2026-11" });
    expect(early.steps[1]).toMatchObject({ start: "2027-02-01", pinned: true, pinAdjusted: true });
    // Pins of steps not in the plan are ignored.
    expect(plan(TEST_FRAMEWORK, answers, { identity: "advanced" }, 3, { "DEV-01:initial": "2027-05" })).toEqual(plan(TEST_FRAMEWORK, answers, { identity: "advanced" }, 3));
  });

  it("refuses a start that is not the first of a month and a capacity out of range", () => {
    const run = (start: string, capacity: number) => () => planRoadmap(TEST_FRAMEWORK, [], {}, policy, { start, capacity });
    expect(run("2027-01-02", 10)).toThrow(RangeError);
    expect(run("2027-13-01", 10)).toThrow(RangeError);
    expect(run("2027-01-01", 0)).toThrow(RangeError);
    expect(run("2027-01-01", 1001)).toThrow(RangeError);
    expect(run("2027-01-01", 2.5)).toThrow(RangeError);
  });

  it("passes a raised target on to the prerequisites it brings in, when questions need each other in a circle", () => {
    // IDN-03 → IDN-01 → IDN-02 → IDN-03 as questions, though no stage needs itself: no one order
    // of the questions suits every set of answers, so the walk over the prerequisites repeats
    // (in framework order, the first walk raises IDN-01 after passing IDN-01's own prerequisite).
    const framework = withDetails({
      "IDN-01": { prerequisites: [needs("IDN-02", "advanced", "advanced")] },
      "IDN-02": { prerequisites: [needs("IDN-03", "optimal", "initial")] },
      "IDN-03": { group: "g3", prerequisites: [needs("IDN-01", "optimal", "advanced")] },
    });
    const answers = [answer("IDN-01", "initial"), answer("IDN-02", "traditional"), answer("IDN-03", "initial")];
    // Only IDN-03 is below its target; its Optimal step needs IDN-01 at Advanced, whose step needs IDN-02 there.
    const roadmap = plan(framework, answers, { identity: "traditional", groups: { g3: "optimal" } });
    expect(keys(roadmap)).toEqual(["IDN-02:initial", "IDN-02:advanced", "IDN-01:advanced", "IDN-03:advanced", "IDN-03:optimal"]);
    expect(roadmap.steps.every((step) => step.enabling === !step.key.startsWith("IDN-03"))).toBe(true);
  });

  it("dates leap Februaries and year ends correctly", () => {
    const roadmap = planRoadmap(TEST_FRAMEWORK, [answer("IDN-01", "advanced")], { identity: "optimal" }, policy, { start: "2027-12-01", capacity: 1 });
    expect(roadmap.steps[0]).toMatchObject({ start: "2027-12-01", due: "2028-04-30" });
    expect(roadmap.months.map((month) => month.month)).toEqual(["2027-12", "2028-01", "2028-02", "2028-03", "2028-04"]);
    expect(nextMonthStart("2026-12-06")).toBe("2027-01-01");
    expect(nextMonthStart("2028-02-29")).toBe("2028-03-01");
  });
});

// ─── Properties ─────────────────────────────────────────────────────────────────────────────

const ids = TEST_FRAMEWORK.questions.map((question) => question.id);
const laterStage = fc.constantFrom<Prerequisite["level"]>("initial", "advanced", "optimal");

/**
 * Prerequisites only on earlier questions, so they are acyclic as the framework validation
 * requires. With `forward`, a prerequisite may ask for a stage above the one it gates, which moves
 * steps to later phases; without, it asks for that stage at most, as every shipped framework does.
 */
const frameworkArbOf = (forward: boolean): fc.Arbitrary<Framework> =>
  fc
    .tuple(
      ...ids.map((_, position) =>
        fc.array(
          fc
            .record({ level: laterStage, question: fc.constantFrom(...(position > 0 ? ids.slice(0, position) : ["none"])), atLeast: laterStage })
            .map((prerequisite) => (forward || STAGES.indexOf(prerequisite.atLeast) <= STAGES.indexOf(prerequisite.level) ? prerequisite : { ...prerequisite, atLeast: prerequisite.level })),
          { maxLength: position > 0 ? 2 : 0 },
        ),
      ),
    )
    .chain((lists) => fc.tuple(fc.constant(lists), fc.array(fc.boolean(), { minLength: ids.length, maxLength: ids.length })))
    .map(([lists, critical]) => withDetails(Object.fromEntries(ids.map((id, position) => [id, { prerequisites: lists[position]!, importance: critical[position] ? "critical" : "standard" }]))));
const frameworkArb = frameworkArbOf(true);

const pinsArb = fc.dictionary(
  fc.tuple(fc.constantFrom(...ids), fc.constantFrom(...STAGES)).map(([id, stage]) => `${id}:${stage}`),
  fc.tuple(fc.integer({ min: 2026, max: 2028 }), fc.integer({ min: 1, max: 12 })).map(([year, month]) => `${year}-${String(month).padStart(2, "0")}`),
  { maxKeys: 4 },
);

const inputArb = fc.record({ framework: frameworkArb, answers: answersArb, targets: targetsArb, capacity: fc.integer({ min: 1, max: 12 }), pins: pinsArb });

describe("planRoadmap properties", () => {
  const run = ({ framework, answers, targets, capacity, pins }: typeof inputArb extends fc.Arbitrary<infer T> ? T : never) => planRoadmap(framework, answers, targets, policy, { start: "2027-01-01", capacity, pins });

  it("starts every step on or after the due date of each step it needs, and planned before it", () => {
    fc.assert(
      fc.property(inputArb, (input) => {
        const roadmap = run(input);
        const byKey = new Map(roadmap.steps.map((step, index) => [step.key, { step, index }]));
        roadmap.steps.forEach((step, index) => {
          for (const need of step.needs) {
            const before = byKey.get(need);
            expect(before, `${step.key} needs ${need}`).toBeDefined();
            expect(before!.index).toBeLessThan(index);
            expect(step.start >= before!.step.due).toBe(true);
            expect(step.phase).toBeGreaterThanOrEqual(before!.step.phase);
          }
          expect(step.due >= step.start).toBe(true);
        });
      }),
    );
  });

  it("never schedules more points in a month than the capacity, and schedules every point", () => {
    fc.assert(
      fc.property(inputArb, (input) => {
        const roadmap = run(input);
        for (const month of roadmap.months) expect(month.points).toBeLessThanOrEqual(input.capacity);
        expect(roadmap.months.reduce((sum, month) => sum + month.points, 0)).toBe(roadmap.totalPoints);
        expect(roadmap.steps.reduce((sum, step) => sum + step.points, 0)).toBe(roadmap.totalPoints);
      }),
    );
  });

  it("plans a question's steps in stage order from its answer, never skipping a stage, each below target or enabling", () => {
    fc.assert(
      fc.property(inputArb, (input) => {
        const roadmap = run(input);
        const goals = questionTargets(input.framework, input.targets, policy);
        const current = new Map(input.answers.map((item) => [item.questionId, item.value]));
        const seen = new Map<string, Stage>();
        for (const step of roadmap.steps) {
          const from = seen.get(step.questionId) ?? (current.get(step.questionId) as Stage);
          expect(step.fromStage).toBe(from);
          expect(STAGES.indexOf(step.toStage)).toBe(STAGES.indexOf(from) + 1);
          seen.set(step.questionId, step.toStage);
          const target = goals[input.framework.questions.findIndex((question) => question.id === step.questionId)]!;
          if (!step.enabling) expect(STAGES.indexOf(step.toStage)).toBeLessThanOrEqual(STAGES.indexOf(target));
          if (step.pinned) expect(step.start >= `${input.pins[step.key]}-01`).toBe(true);
        }
        const planned = new Set(keys(roadmap));
        for (const item of roadmap.deferred) expect(planned.has(item.key)).toBe(false);
      }),
    );
  });

  it("plans alike whatever was planned before it: another plan's capacity, months and shared parts leave no trace", () => {
    fc.assert(
      fc.property(inputArb, inputArb, (input, other) => {
        const first = run(input);
        const copy = structuredClone(first);
        run(other);
        // The same input again, after a plan with (likely) another capacity and length.
        expect(run(input)).toEqual(copy);
        expect(first).toEqual(copy);
        // A one-step needs list is shared between plans, so frozen.
        for (const step of first.steps) if (step.needs.length === 1) expect(Object.isFrozen(step.needs)).toBe(true);
      }),
    );
  });

  it("lays the steps end to end without pins, as placing each at the first free unit after its needs would", () => {
    // A pin on a step no plan has (none reaches Traditional) sends the plan down the path for pins.
    const unplannable = { [`${ids[0]}:traditional`]: "2027-01" };
    fc.assert(
      fc.property(inputArb, (input) => {
        expect(run({ ...input, pins: {} })).toEqual(run({ ...input, pins: unplannable }));
      }),
    );
  });

  it("orders a plan alike whether or not a prerequisite could move a step to a later phase, while none does", () => {
    // The first question, answered N/A, is made a prerequisite above the stage it gates: that
    // sends the plan down the path for moved phases, yet an N/A question blocks and raises nothing.
    const [gate, gated] = [ids[0]!, ids[1]!];
    const forwardGate = (framework: Framework): Framework => ({
      ...framework,
      questions: framework.questions.map((question) =>
        question.id === gated ? { ...question, detail: { ...question.detail!, prerequisites: [...question.detail!.prerequisites!, { level: "initial", question: gate, atLeast: "optimal" }] } } : question,
      ),
    });
    fc.assert(
      fc.property(inputArb, frameworkArbOf(false), (input, framework) => {
        const answers = [...input.answers.filter((item) => item.questionId !== gate), answer(gate, "not_applicable")];
        expect(run({ ...input, framework: forwardGate(framework), answers })).toEqual(run({ ...input, framework, answers }));
      }),
    );
  });

  it("gives the same plan for the same input, whatever the order of the answers", () => {
    fc.assert(
      fc.property(inputArb, (input) => {
        const roadmap = run(input);
        expect(run({ ...input })).toEqual(roadmap);
        expect(run({ ...input, answers: [...input.answers].reverse() })).toEqual(roadmap);
      }),
    );
  });
});

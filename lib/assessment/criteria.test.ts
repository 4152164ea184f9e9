import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { STAGES, type Question, type Stage } from "@/lib/framework/types";
import { answerChoices, answerProblem, choicePatch, criteriaForChoice, criteriaOf, criterionIds, impliedCriteria, levelFromCriteria, tickableIds, TICKED_STAGES, toggleCriterion } from "./criteria";

const criteria = (stage: Stage, count: number) => Array.from({ length: count }, (_, index) => `${stage} criterion ${index + 1}`);

function question(counts: Record<Stage, number> = { traditional: 2, initial: 2, advanced: 3, optimal: 2 }, naAllowed = true): Question {
  const step = { action: "Do it", effort: "M" as const, impact: 3 as const };
  return {
    id: "TST-01",
    pillar: "identity",
    title: "Test",
    prompt: "Test?",
    why: "Because.",
    levels: { traditional: "T", initial: "I", advanced: "A", optimal: "O" },
    weight: 2,
    mappings: { cisa: [{ pillar: "identity", function: "Authentication" }], nist: [6], dod: "User" },
    nextSteps: { traditional: step, initial: step, advanced: step },
    detail: {
      criteria: { traditional: criteria("traditional", counts.traditional), initial: criteria("initial", counts.initial), advanced: criteria("advanced", counts.advanced), optimal: criteria("optimal", counts.optimal) },
      evidence: { traditional: "t", initial: "i", advanced: "a", optimal: "o" },
      verify: "Look.",
      naAllowed,
      importance: "standard",
      group: "test",
      prerequisites: [],
      microsoft: { pillar: "Identity", scenarios: ["modernize-posture"], objective: "identity.2" },
      dod: {},
    },
  };
}

/** A zt-2026.1 question: no checklist. */
const v1Question: Question = { ...question(), detail: undefined };
const q = question();

describe("criterion ids", () => {
  it("numbers each stage's criteria from 1 and never offers Traditional's for ticking", () => {
    expect(criterionIds(q, "advanced")).toEqual(["advanced-1", "advanced-2", "advanced-3"]);
    expect(tickableIds(q)).toEqual(["initial-1", "initial-2", "advanced-1", "advanced-2", "advanced-3", "optimal-1", "optimal-2"]);
    expect(tickableIds(v1Question)).toEqual([]);
  });
});

describe("levelFromCriteria", () => {
  it("follows the ticks stage by stage", () => {
    expect(levelFromCriteria(q, [])).toBeNull();
    expect(levelFromCriteria(q, ["initial-1"])).toBe("traditional");
    expect(levelFromCriteria(q, ["initial-1", "initial-2"])).toBe("initial");
    expect(levelFromCriteria(q, ["initial-1", "initial-2", "advanced-1", "advanced-2"])).toBe("initial");
    expect(levelFromCriteria(q, ["initial-1", "initial-2", "advanced-1", "advanced-2", "advanced-3"])).toBe("advanced");
    expect(levelFromCriteria(q, tickableIds(q))).toBe("optimal");
  });

  it("needs every lower stage: a complete higher stage over an incomplete lower one does not count", () => {
    expect(levelFromCriteria(q, ["advanced-1", "advanced-2", "advanced-3", "optimal-1", "optimal-2"])).toBe("traditional");
    expect(levelFromCriteria(q, ["initial-1", "initial-2", "optimal-1", "optimal-2"])).toBe("initial");
  });

  it("ignores ids that are not the question's criteria, and a question without a checklist has no level from ticks", () => {
    expect(levelFromCriteria(q, ["traditional-1", "initial-9"])).toBeNull();
    expect(levelFromCriteria(v1Question, ["initial-1"])).toBeNull();
  });

  it("never claims more than the ticks support (property)", () => {
    const counts = fc.record({ traditional: fc.integer({ min: 2, max: 4 }), initial: fc.integer({ min: 2, max: 4 }), advanced: fc.integer({ min: 2, max: 4 }), optimal: fc.integer({ min: 2, max: 4 }) });
    fc.assert(
      fc.property(
        counts.chain((shape) => {
          const generated = question(shape);
          return fc.tuple(fc.constant(generated), fc.subarray([...tickableIds(generated), "traditional-1", "optimal-9"]));
        }),
        ([generated, ticked]) => {
          const level = levelFromCriteria(generated, ticked);
          const set = new Set(ticked);
          if (level === null) {
            expect(tickableIds(generated).some((id) => set.has(id))).toBe(false);
            return;
          }
          const reached = STAGES.indexOf(level);
          // Every criterion up to the level is ticked…
          for (const stage of TICKED_STAGES.filter((candidate) => STAGES.indexOf(candidate) <= reached)) expect(criterionIds(generated, stage).every((id) => set.has(id))).toBe(true);
          // …and the next stage is not complete, or the level would be higher.
          const next = STAGES[reached + 1];
          if (next) expect(criterionIds(generated, next).every((id) => set.has(id))).toBe(false);
        },
      ),
    );
  });
});

describe("picking a level directly", () => {
  it("counts its criteria and the lower levels' as met", () => {
    expect(impliedCriteria(q, "traditional")).toEqual([]);
    expect(impliedCriteria(q, "advanced")).toEqual(["initial-1", "initial-2", "advanced-1", "advanced-2", "advanced-3"]);
    expect(impliedCriteria(q, "not_applicable")).toEqual([]);
    expect(impliedCriteria(q, "unknown")).toEqual([]);
  });

  it("keeps progress above the level unless it would complete the next one, and clears the checklist for N/A and Unknown", () => {
    expect(criteriaForChoice(q, "initial", ["advanced-1", "optimal-2"])).toEqual(["initial-1", "initial-2", "advanced-1", "optimal-2"]);
    expect(criteriaForChoice(q, "initial", tickableIds(q))).toEqual(["initial-1", "initial-2"]);
    expect(criteriaForChoice(q, "traditional", ["initial-1", "initial-2"])).toEqual([]);
    expect(criteriaForChoice(q, "traditional", ["initial-1"])).toEqual(["initial-1"]);
    expect(criteriaForChoice(q, "unknown", ["initial-1"])).toEqual([]);
    expect(criteriaForChoice(q, "not_applicable", ["initial-1"])).toEqual([]);
  });

  it("always lands on the level picked (property)", () => {
    fc.assert(
      fc.property(fc.constantFrom(...STAGES), fc.subarray(tickableIds(q)), (level, current) => {
        const ticks = criteriaForChoice(q, level, current);
        expect(levelFromCriteria(q, ticks) ?? "traditional").toBe(level);
      }),
    );
  });
});

describe("answerChoices", () => {
  const values = (candidate: Question) => answerChoices(candidate).map((choice) => `${choice.value}:${choice.key}`);

  it("offers the levels, N/A unless the question always applies, and Unknown with a checklist", () => {
    expect(values(q)).toEqual(["traditional:1", "initial:2", "advanced:3", "optimal:4", "not_applicable:5", "unknown:U"]);
    expect(values(question(undefined, false))).toEqual(["traditional:1", "initial:2", "advanced:3", "optimal:4", "unknown:U"]);
  });

  it("leaves a zt-2026.1 question as it was: levels and N/A, and a choice changes only the value", () => {
    expect(values(v1Question)).toEqual(["traditional:1", "initial:2", "advanced:3", "optimal:4", "not_applicable:5"]);
    expect(choicePatch(v1Question, "advanced", [])).toEqual({ value: "advanced" });
    expect(choicePatch(q, "advanced", ["optimal-1"])).toEqual({ value: "advanced", criteriaMet: ["initial-1", "initial-2", "advanced-1", "advanced-2", "advanced-3", "optimal-1"] });
  });
});

describe("toggleCriterion", () => {
  it("keeps the question's order and each id once", () => {
    expect(toggleCriterion(q, ["advanced-1"], "initial-2", true)).toEqual(["initial-2", "advanced-1"]);
    expect(toggleCriterion(q, ["initial-2", "advanced-1"], "initial-2", true)).toEqual(["initial-2", "advanced-1"]);
    expect(toggleCriterion(q, ["initial-2", "advanced-1"], "initial-2", false)).toEqual(["advanced-1"]);
  });
});

describe("answerProblem", () => {
  const message = (candidate: Question, answer: Parameters<typeof answerProblem>[1]) => answerProblem(candidate, answer)?.message ?? null;

  it("refuses a value the question does not offer: N/A where it always applies, Unknown on zt-2026.1", () => {
    expect(answerProblem(question(undefined, false), { value: "not_applicable" })).toEqual({ field: "value", message: expect.stringMatching(/applies to every organisation/) });
    expect(answerProblem(question(undefined, false), { value: "unknown" })).toBeNull();
    expect(answerProblem(q, { value: "not_applicable" })).toBeNull();
    expect(answerProblem(v1Question, { value: "not_applicable" })).toBeNull();
    expect(answerProblem(v1Question, { value: "unknown" })).toEqual({ field: "value", message: expect.stringMatching(/no "unknown" answer/) });
  });

  it("refuses ids that are not the question's tickable criteria, naming at most five", () => {
    expect(message(q, { value: "advanced", criteriaMet: ["initial-1", "initial-2", "advanced-1", "advanced-2", "advanced-3"] })).toBeNull();
    expect(message(q, { value: "advanced", criteriaMet: ["advanced-4"] })).toMatch(/no criterion "advanced-4"/);
    expect(message(q, { value: "traditional", criteriaMet: ["traditional-1"] })).toMatch(/no criterion "traditional-1"/);
    expect(message(v1Question, { value: "initial", criteriaMet: ["initial-1"] })).toMatch(/no criteria to tick/);
    const many = ["optimal-5", "optimal-6", "optimal-7", "optimal-8", "optimal-9", "advanced-8", "advanced-9"];
    expect(message(q, { value: "advanced", criteriaMet: many })).toMatch(/and 2 more to tick/);
  });

  it("refuses ticks that contradict the level, and ticks on N/A or Unknown", () => {
    expect(answerProblem(q, { value: "optimal", criteriaMet: ["initial-1", "initial-2"] })).toEqual({ field: "criteriaMet", message: expect.stringMatching(/meet Initial, not Optimal/) });
    expect(message(q, { value: "traditional", criteriaMet: ["initial-1", "initial-2"] })).toMatch(/meet Initial, not Traditional/);
    expect(message(q, { value: "traditional", criteriaMet: ["initial-1"] })).toBeNull();
    expect(message(q, { value: "unknown", criteriaMet: ["initial-1"] })).toMatch(/take no ticked criteria/);
  });

  it("accepts a level without ticks, which stores the ticks the level implies", () => {
    expect(answerProblem(q, { value: "advanced" })).toBeNull();
    expect(criteriaOf(q, { value: "advanced" })).toEqual(impliedCriteria(q, "advanced"));
    expect(criteriaOf(q, { value: "advanced", criteriaMet: ["initial-1", "initial-2", "advanced-1", "advanced-2", "advanced-3", "optimal-1"] })).toContain("optimal-1");
  });

  it("accepts whatever the questionnaire produces: a level picked directly or ticked up to", () => {
    fc.assert(
      fc.property(fc.constantFrom(...STAGES), fc.subarray(tickableIds(q)), (level, ticks) => {
        expect(answerProblem(q, { value: level, criteriaMet: criteriaForChoice(q, level, ticks) })).toBeNull();
        const reached = levelFromCriteria(q, ticks) ?? "traditional";
        expect(answerProblem(q, { value: reached, criteriaMet: ticks })).toBeNull();
      }),
    );
  });
});

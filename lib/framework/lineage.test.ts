import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { FRAMEWORKS } from "./index";
import { carryAnswers, mergeAnswers, moveTrackedSteps, nextQuestionIdsOf, previousQuestionIds, type AnswerToCarry, type CarriedValue, type Lineage, type TrackedStepToMove } from "./lineage";
import { STAGES, isFrameworkV2 } from "./types";

/** A small hand-made lineage with every kind, so the tests do not depend on the real bank's content. */
const LINEAGE: Lineage = {
  from: "v1",
  entries: [
    { from: "A-01", to: ["A-01"], kind: "same", note: "Unchanged." },
    { from: "A-02", to: ["A-02"], kind: "merged", note: "A-02 and B-01 asked the same thing." },
    { from: "B-01", to: ["A-02"], kind: "merged", note: "A-02 and B-01 asked the same thing." },
    { from: "B-02", to: ["B-03", "B-04"], kind: "split", note: "Two topics, now two questions." },
    { from: "C-01", to: [], kind: "removed", note: "Covered by the programme review." },
    { from: "C-02", to: ["D-01"], kind: "same", note: "Renumbered." },
    { from: null, to: ["E-01"], kind: "new", note: "AI agents." },
  ],
};
const NEXT = ["A-01", "A-02", "B-03", "B-04", "D-01", "E-01"];

const answer = (questionId: string, value: CarriedValue, extra: Partial<AnswerToCarry> = {}): AnswerToCarry => ({
  questionId,
  value,
  naReason: value === "not_applicable" ? `${questionId} reason` : null,
  note: "",
  evidence: [],
  ...extra,
});

describe("carryAnswers", () => {
  it("copies a same answer with its note and evidence, drops criteria ticks, and says where it came from", () => {
    const result = carryAnswers(LINEAGE, [answer("A-01", "advanced", { note: "Checked.", evidence: ["https://example.com/a"] })], NEXT);
    expect(result.answers).toEqual([
      { questionId: "A-01", value: "advanced", naReason: null, note: "Checked.", evidence: ["https://example.com/a"], criteriaMet: [], carriedFrom: "v1 A-01" },
    ]);
    expect(result.summary).toEqual({ carried: 1, merged: 0, dropped: 0, new: 1 });
  });

  it("turns N/A into Unknown on a question that always applies, keeping the reason in the note", () => {
    const result = carryAnswers(LINEAGE, [answer("A-01", "not_applicable", { note: "Checked." }), answer("C-02", "not_applicable")], NEXT, new Set(["A-01"]));
    expect(result.answers.find((carried) => carried.questionId === "A-01")).toMatchObject({
      value: "unknown",
      naReason: null,
      note: "Was N/A in v1 (A-01 reason); this question now applies to every organisation, so answer it.\n\nChecked.",
    });
    expect(result.answers.find((carried) => carried.questionId === "D-01")).toMatchObject({ value: "not_applicable", naReason: "C-02 reason" });
  });

  it("follows a renumbered question", () => {
    expect(carryAnswers(LINEAGE, [answer("C-02", "initial")], NEXT).answers).toMatchObject([{ questionId: "D-01", value: "initial", carriedFrom: "v1 C-02" }]);
  });

  it("gives a merged question the lowest stage of its sources and names them all", () => {
    const result = carryAnswers(LINEAGE, [answer("A-02", "optimal", { note: "Good." }), answer("B-01", "initial", { note: "Weak." })], NEXT);
    expect(result.answers).toEqual([
      { questionId: "A-02", value: "initial", naReason: null, note: "A-02: Good.\n\nB-01: Weak.", evidence: [], criteriaMet: [], carriedFrom: "v1 A-02, B-01" },
    ]);
    expect(result.summary.merged).toBe(1);
    expect(result.merged).toEqual([{ to: "A-02", from: ["A-02", "B-01"], notes: ["A-02 and B-01 asked the same thing."], value: "initial" }]);
  });

  it("ignores N/A sources of a merge when another has a stage", () => {
    expect(carryAnswers(LINEAGE, [answer("A-02", "not_applicable"), answer("B-01", "advanced")], NEXT).answers[0]).toMatchObject({ value: "advanced", naReason: null });
  });

  it("makes a merge N/A only when every source is N/A, with the reasons joined", () => {
    expect(carryAnswers(LINEAGE, [answer("A-02", "not_applicable"), answer("B-01", "not_applicable")], NEXT).answers[0]).toMatchObject({
      value: "not_applicable",
      naReason: "A-02: A-02 reason; B-01: B-01 reason",
    });
  });

  it("claims no level for a merge when a source is unanswered or unknown, and says why", () => {
    const one = carryAnswers(LINEAGE, [answer("A-02", "optimal")], NEXT).answers[0]!;
    expect(one).toMatchObject({ value: "unknown", carriedFrom: "v1 A-02, B-01" });
    expect(one.note).toContain("A-02 Optimal, B-01 unanswered");
    expect(carryAnswers(LINEAGE, [answer("A-02", "optimal"), answer("B-01", "unknown")], NEXT).answers[0]).toMatchObject({ value: "unknown" });
  });

  it("leaves a merge unanswered when no source was answered", () => {
    const result = carryAnswers(LINEAGE, [], NEXT);
    expect(result.answers).toEqual([]);
    expect(result.merged).toMatchObject([{ to: "A-02", value: null }]);
    expect(result.summary).toEqual({ carried: 0, merged: 0, dropped: 0, new: 1 });
  });

  it("copies a split answer to each target", () => {
    const result = carryAnswers(LINEAGE, [answer("B-02", "advanced", { evidence: ["https://example.com/b"] })], NEXT);
    expect(result.answers.map((carried) => [carried.questionId, carried.value, carried.carriedFrom])).toEqual([
      ["B-03", "advanced", "v1 B-02"],
      ["B-04", "advanced", "v1 B-02"],
    ]);
    expect(result.summary.carried).toBe(2);
  });

  it("drops and reports an answer to a removed question, and one the lineage does not name", () => {
    const result = carryAnswers(LINEAGE, [answer("C-01", "initial"), answer("Z-99", "initial")], NEXT);
    expect(result.answers).toEqual([]);
    expect(result.removed).toEqual([
      { from: "C-01", note: "Covered by the programme review.", answered: true },
      { from: "Z-99", note: "Not in the lineage of the next version.", answered: true },
    ]);
    expect(result.summary.dropped).toBe(2);
  });

  it("lists new questions, unanswered", () => {
    expect(carryAnswers(LINEAGE, [], NEXT).added).toEqual([{ to: "E-01", note: "AI agents." }]);
  });

  it("never names a question the next version lacks, never carries criteria, and keeps each value legal", () => {
    const value = fc.constantFrom<CarriedValue>(...STAGES, "not_applicable", "unknown");
    const answers = fc.uniqueArray(
      fc.record({ questionId: fc.constantFrom("A-01", "A-02", "B-01", "B-02", "C-01", "C-02"), value, note: fc.string({ maxLength: 3000 }) }),
      { selector: (entry) => entry.questionId },
    );
    fc.assert(
      fc.property(answers, (given) => {
        const result = carryAnswers(LINEAGE, given.map((entry) => answer(entry.questionId, entry.value, { note: entry.note })), NEXT);
        for (const carried of result.answers) {
          expect(NEXT).toContain(carried.questionId);
          expect(carried.criteriaMet).toEqual([]);
          expect(carried.note.length).toBeLessThanOrEqual(5000);
          if (carried.value === "not_applicable") expect(carried.naReason?.trim()).toBeTruthy();
        }
        expect(new Set(result.answers.map((carried) => carried.questionId)).size).toBe(result.answers.length);
      }),
    );
  });

  it("never raises a merged stage above any of its sources", () => {
    const stage = fc.constantFrom(...STAGES);
    fc.assert(
      fc.property(stage, stage, (a, b) => {
        const merged = mergeAnswers([
          { questionId: "A", answer: answer("A", a) },
          { questionId: "B", answer: answer("B", b) },
        ])!;
        expect(STAGES.indexOf(merged.value as (typeof STAGES)[number])).toBe(Math.min(STAGES.indexOf(a), STAGES.indexOf(b)));
      }),
    );
  });
});

describe("question ids across versions", () => {
  it("maps an earlier question to where it continues", () => {
    expect(nextQuestionIdsOf(LINEAGE, "B-01", NEXT)).toEqual(["A-02"]);
    expect(nextQuestionIdsOf(LINEAGE, "B-02", NEXT)).toEqual(["B-03", "B-04"]);
    expect(nextQuestionIdsOf(LINEAGE, "C-01", NEXT)).toEqual([]);
  });

  it("names the sources of each question of the next version", () => {
    expect(Object.fromEntries(previousQuestionIds(LINEAGE, NEXT))).toEqual({ "A-01": ["A-01"], "A-02": ["A-02", "B-01"], "B-03": ["B-02"], "B-04": ["B-02"], "D-01": ["C-02"], "E-01": [] });
  });
});

describe("moveTrackedSteps", () => {
  const step = (id: string, questionId: string, status: TrackedStepToMove["status"], notes = "", updatedAt = new Date("2026-01-01")): TrackedStepToMove => ({
    id,
    questionId,
    status,
    title: `${questionId} step`,
    notes,
    updatedAt,
  });

  it("moves a step with its question, and to the first target of a split", () => {
    expect(moveTrackedSteps(LINEAGE, [step("s1", "C-02", "in_progress", "Owner asked."), step("s2", "B-02", "not_started")], NEXT)).toEqual([
      { kind: "keep", id: "s1", from: "C-02", to: "D-01", notes: "Owner asked." },
      { kind: "keep", id: "s2", from: "B-02", to: "B-03", notes: "" },
    ]);
  });

  it("keeps the open step of a merge and gives it the other's notes", () => {
    const moves = moveTrackedSteps(LINEAGE, [step("s1", "A-02", "done", "Closed.", new Date("2026-03-01")), step("s2", "B-01", "in_progress", "Working.")], NEXT);
    expect(moves).toEqual([
      { kind: "keep", id: "s2", from: "B-01", to: "A-02", notes: "Working.\n\nFrom A-02 (“A-02 step”): Closed." },
      { kind: "merge", id: "s1", from: "A-02", into: "s2", to: "A-02" },
    ]);
  });

  it("drops the step of a removed question, with the lineage note", () => {
    expect(moveTrackedSteps(LINEAGE, [step("s1", "C-01", "blocked")], NEXT)).toEqual([
      { kind: "drop", id: "s1", from: "C-01", title: "C-01 step", status: "blocked", note: "Covered by the programme review." },
    ]);
  });
});

describe("the released lineages", () => {
  it.each(FRAMEWORKS.filter(isFrameworkV2).map((framework) => [framework.id, framework] as const))("%s: every earlier question is accounted for and every target exists", (_id, framework) => {
    const earlier = FRAMEWORKS.find((candidate) => candidate.id === framework.lineage.from)!;
    const ids = framework.questions.map((question) => question.id);
    const named = framework.lineage.entries.map((entry) => entry.from).filter((from) => from !== null);
    expect(new Set(named)).toEqual(new Set(earlier.questions.map((question) => question.id)));
    for (const entry of framework.lineage.entries) for (const to of entry.to) expect(ids).toContain(to);
  });
});

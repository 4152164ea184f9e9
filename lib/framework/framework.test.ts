import { createHash } from "node:crypto";
import { describe, expect, it } from "vitest";
import { FRAMEWORKS, getFramework, LATEST_FRAMEWORK } from "./index";
import { isFrameworkV2, type Framework, type FrameworkV2, type QuestionV2 } from "./types";
import { validateFramework } from "./validate";

/**
 * Content hashes of released versions. A released version never changes: fix a mistake by
 * releasing a new version (`npm run framework:new-version`), never by editing an old one.
 * A version registered without a hash here is a draft, and this test fails until it is released.
 */
const RELEASED: Record<string, string> = {
  "zt-2026.1": "072dca9eb7ff7e66ac1105c4800eb67702762581637a74068186e479f2e4ea87",
  "zt-2026.2": "7a6173741f17ff4dd9997e8e5637dc383c6beb5115e19cfee712e6233ba8cf20",
};

const frameworkHash = (framework: Framework) => createHash("sha256").update(JSON.stringify(framework)).digest("hex");

const previousOf = (framework: Framework) => FRAMEWORKS[FRAMEWORKS.indexOf(framework) - 1];

describe("released frameworks", () => {
  it.each(FRAMEWORKS.map((framework) => [framework.id, framework] as const))("%s passes validation", (_id, framework) => {
    expect(validateFramework(framework, previousOf(framework))).toEqual([]);
  });

  it.each(FRAMEWORKS.map((framework) => [framework.id, framework] as const))("%s has not changed since its release", (id, framework) => {
    const hash = frameworkHash(framework);
    expect(RELEASED[id], `${id} is a draft: to release it, pin "${id}": "${hash}" in RELEASED`).toBeDefined();
    expect(hash, `released framework ${id} was edited: release a new version instead`).toBe(RELEASED[id]);
  });

  it("keeps every version loadable by id, the latest last", () => {
    for (const framework of FRAMEWORKS) expect(getFramework(framework.id)).toBe(framework);
    expect(LATEST_FRAMEWORK).toBe(FRAMEWORKS.at(-1));
    expect(getFramework("zt-1999.1")).toBeUndefined();
  });
});

const latest = LATEST_FRAMEWORK as FrameworkV2;
const previous = previousOf(latest);

function withQuestion(index: number, change: (question: QuestionV2) => QuestionV2): FrameworkV2 {
  return { ...latest, questions: latest.questions.map((question, i) => (i === index ? change(question) : question)) };
}
const problemsOf = (framework: Framework) => validateFramework(framework, previous);
const first = latest.questions[0]!;

describe("validateFramework", () => {
  it("has a format-2 latest version to check", () => {
    expect(isFrameworkV2(latest)).toBe(true);
  });

  it("reports a missing field", () => {
    expect(problemsOf(withQuestion(0, (question) => ({ ...question, why: " " })))).toContain(`question ${first.id}: missing why`);
  });

  it("reports a duplicate id", () => {
    expect(problemsOf(withQuestion(1, (question) => ({ ...question, id: first.id })))).toContain(`duplicate question id ${first.id}`);
  });

  it("reports a level without a next step", () => {
    const broken = withQuestion(0, (question) => ({ ...question, nextSteps: { ...question.nextSteps, initial: { ...question.nextSteps.initial, action: "" } } }));
    expect(problemsOf(broken)).toContain(`question ${first.id}: the initial level has no next step`);
  });

  it("reports a CISA function that no question covers, the enterprise-wide ones included", () => {
    const without = (fn: string, pillar: string) => ({
      ...latest,
      questions: latest.questions.filter((question) => !question.mappings.cisa.some((ref) => ref.function === fn && ref.pillar === pillar)),
    });
    expect(problemsOf(without("Data Encryption", "data"))).toContain('CISA function "data / Data Encryption" is not covered by any question');
    expect(problemsOf(without("Governance", "enterprise"))).toContain('CISA function "enterprise / Governance" is not covered by any question');
  });

  it("reports a level with fewer than two criteria, or more than four", () => {
    const broken = withQuestion(0, (question) => ({
      ...question,
      detail: { ...question.detail, criteria: { ...question.detail.criteria, advanced: ["Administrators use FIDO2 keys."], optimal: ["a.", "b.", "c.", "d.", "e."] } },
    }));
    expect(problemsOf(broken)).toEqual(
      expect.arrayContaining([`question ${first.id}: the advanced level has 1 criteria; it needs 2 to 4`, `question ${first.id}: the optimal level has 5 criteria; it needs 2 to 4`]),
    );
  });

  it("reports a vague quantity, and a number the bank does not define", () => {
    const criteria = first.detail.criteria;
    const broken = withQuestion(0, (question) => ({
      ...question,
      detail: { ...question.detail, criteria: { ...criteria, initial: ["MFA covers most users.", "Leavers lose access within 3 days, and 85% of devices report."] } },
    }));
    expect(problemsOf(broken)).toEqual(
      expect.arrayContaining([
        `question ${first.id}: criterion initial-1 says "most"; give the number the bank defines`,
        `question ${first.id}: criterion initial-2 uses "85%", which is not one of the bank's quantities`,
        `question ${first.id}: criterion initial-2 uses "3 days", which is not one of the bank's quantities`,
      ]),
    );
  });

  it("reports a prerequisite cycle, counting that a level needs the level below it", () => {
    const [a, b] = [latest.questions[0]!, latest.questions[1]!];
    const broken: FrameworkV2 = {
      ...latest,
      questions: latest.questions.map((question) => {
        if (question === a) return { ...question, detail: { ...question.detail, prerequisites: [{ level: "initial", question: b.id, atLeast: "advanced" }] } };
        if (question === b) return { ...question, detail: { ...question.detail, prerequisites: [{ level: "initial", question: a.id, atLeast: "advanced" }] } };
        return question;
      }),
    };
    expect(problemsOf(broken).filter((problem) => problem.startsWith("prerequisite cycle"))).toHaveLength(1);
  });

  it("reports a next step that overshoots the next level, or falls short of it", () => {
    const overshoot = withQuestion(0, (question) => ({
      ...question,
      nextSteps: { ...question.nextSteps, traditional: { ...question.nextSteps.traditional, achieves: [...(question.nextSteps.traditional.achieves ?? []), "advanced-1"] } },
    }));
    expect(problemsOf(overshoot)).toContain(`question ${first.id}: the next step from traditional overshoots: it claims advanced-1, beyond initial`);
    const short = withQuestion(0, (question) => ({ ...question, nextSteps: { ...question.nextSteps, initial: { ...question.nextSteps.initial, achieves: ["advanced-1"] } } }));
    expect(problemsOf(short).some((problem) => problem.startsWith(`question ${first.id}: the next step from initial does not reach advanced`))).toBe(true);
  });

  it("reports a missing Microsoft mapping and an objective of another pillar", () => {
    const missing = withQuestion(0, (question) => ({ ...question, detail: { ...question.detail, microsoft: undefined as never } }));
    expect(problemsOf(missing)).toContain(`question ${first.id}: no Microsoft technology pillar`);
    const mismatched = withQuestion(0, (question) => ({ ...question, detail: { ...question.detail, microsoft: { ...question.detail.microsoft, objective: "network.1" } } }));
    expect(problemsOf(mismatched)).toContain(`question ${first.id}: objective network.1 belongs to Network, not ${first.detail.microsoft.pillar}`);
  });

  it("reports a cross-cutting question that repeats a pillar function", () => {
    const index = latest.questions.findIndex((question) => question.pillar === "governance");
    const broken = withQuestion(index, (question) => ({ ...question, mappings: { ...question.mappings, cisa: [{ pillar: "identity", function: "Governance" }] } }));
    expect(problemsOf(broken)).toContain(`question ${latest.questions[index]!.id}: a cross-cutting question must map to a CISA enterprise-wide capability`);
  });

  it("reports a previous question the lineage forgets, and a question no entry reaches", () => {
    const broken: FrameworkV2 = { ...latest, lineage: { ...latest.lineage, entries: latest.lineage.entries.filter((entry) => entry.from !== "IDN-02") } };
    expect(problemsOf(broken)).toEqual(expect.arrayContaining(["lineage: zt-2026.1 question IDN-02 has no entry", "lineage: IDN-02 is reached by no entry"]));
  });

  it("reports impact read off the stage across the bank", () => {
    const staged: FrameworkV2 = {
      ...latest,
      questions: latest.questions.map((question) => ({
        ...question,
        nextSteps: {
          traditional: { ...question.nextSteps.traditional, impact: 5 },
          initial: { ...question.nextSteps.initial, impact: 4 },
          advanced: { ...question.nextSteps.advanced, impact: 3 },
        },
      })),
    };
    expect(problemsOf(staged).some((problem) => problem.startsWith("impact falls with the stage"))).toBe(true);
  });
});

import { createHash } from "node:crypto";
import { describe, expect, it } from "vitest";
import { FRAMEWORKS, getFramework, LATEST_FRAMEWORK } from "./index";
import type { Framework, Question } from "./types";
import { validateFramework } from "./validate";

/**
 * Content hashes of released versions. A released version never changes: fix a mistake by
 * releasing a new version, never by editing an old one (and never by updating this list).
 */
const RELEASED: Record<string, string> = {
  "zt-2026.1": "072dca9eb7ff7e66ac1105c4800eb67702762581637a74068186e479f2e4ea87",
};

const sha256 = (framework: Framework) => createHash("sha256").update(JSON.stringify(framework)).digest("hex");

function withQuestion(framework: Framework, index: number, change: (question: Question) => Question): Framework {
  return { ...framework, questions: framework.questions.map((question, i) => (i === index ? change(question) : question)) };
}

describe("released frameworks", () => {
  it.each(FRAMEWORKS.map((framework) => [framework.id, framework] as const))("%s passes validation", (_id, framework) => {
    expect(validateFramework(framework)).toEqual([]);
  });

  it.each(FRAMEWORKS.map((framework) => [framework.id, framework] as const))("%s has not changed since its release", (id, framework) => {
    expect(sha256(framework), `released framework ${id} was edited: release a new version instead`).toBe(RELEASED[id]);
  });

  it("keeps every version loadable by id, the latest last", () => {
    for (const framework of FRAMEWORKS) expect(getFramework(framework.id)).toBe(framework);
    expect(LATEST_FRAMEWORK).toBe(FRAMEWORKS.at(-1));
    expect(getFramework("zt-1999.1")).toBeUndefined();
  });
});

describe("validateFramework", () => {
  const framework = LATEST_FRAMEWORK;

  it("reports a missing field", () => {
    const broken = withQuestion(framework, 0, (question) => ({ ...question, why: " " }));
    expect(validateFramework(broken)).toContain(`question ${framework.questions[0]!.id}: missing why`);
  });

  it("reports a duplicate id", () => {
    const broken = withQuestion(framework, 1, (question) => ({ ...question, id: framework.questions[0]!.id }));
    expect(validateFramework(broken)).toContain(`duplicate question id ${framework.questions[0]!.id}`);
  });

  it("reports a level without a next step", () => {
    const broken = withQuestion(framework, 0, (question) => ({
      ...question,
      nextSteps: { ...question.nextSteps, initial: { ...question.nextSteps.initial, action: "" } },
    }));
    expect(validateFramework(broken)).toContain(`question ${framework.questions[0]!.id}: the initial level has no next step`);
  });

  it("reports a CISA function that no question covers", () => {
    const broken = {
      ...framework,
      questions: framework.questions.filter((question) => !question.mappings.cisa.some((ref) => ref.function === "Data Encryption")),
    };
    expect(validateFramework(broken)).toContain('CISA function "data / Data Encryption" is not covered by any question');
  });

  it("reports a missing level descriptor and an invalid tenet", () => {
    const broken = withQuestion(framework, 2, (question) => ({
      ...question,
      levels: { ...question.levels, advanced: "" },
      mappings: { ...question.mappings, nist: [9 as never] },
    }));
    const id = framework.questions[2]!.id;
    expect(validateFramework(broken)).toEqual(
      expect.arrayContaining([`question ${id}: missing the advanced level descriptor`, `question ${id}: NIST SP 800-207 tenets must be numbers from 1 to 7`]),
    );
  });
});

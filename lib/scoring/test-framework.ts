import type { Effort, Framework, Impact, PillarId, Question, QuestionDetail } from "../framework/types";

type StepCosts = [effort: Effort, impact: Impact];

/** A question with placeholder text: scoring reads only id, pillar, title, weight and next steps. */
function question(
  id: string,
  pillar: PillarId,
  weight: Question["weight"],
  [traditional, initial, advanced]: [StepCosts, StepCosts, StepCosts],
): Question {
  const step = ([effort, impact]: StepCosts, from: string) => ({ action: `${id}: leave ${from}`, effort, impact });
  return {
    id,
    pillar,
    title: `${id} title`,
    prompt: `${id} prompt`,
    why: `${id} why`,
    levels: { traditional: "T", initial: "I", advanced: "A", optimal: "O" },
    weight,
    mappings: { cisa: [{ pillar: "identity", function: "Authentication" }], nist: [1], dod: "User" },
    nextSteps: {
      traditional: step(traditional, "traditional"),
      initial: step(initial, "initial"),
      advanced: step(advanced, "advanced"),
    },
  };
}

/** Three pillars with varied weights, efforts and impacts, so unit tests do not depend on real content. */
export const TEST_FRAMEWORK: Framework = {
  id: "test-1",
  name: "Scoring test framework",
  releasedOn: "2026-01-01",
  pillars: [
    { id: "identity", kind: "technology", name: "Identity", summary: "Identity" },
    { id: "devices", kind: "technology", name: "Devices", summary: "Devices" },
    { id: "governance", kind: "cross-cutting", name: "Governance", summary: "Governance" },
  ],
  questions: [
    question("IDN-01", "identity", 3, [["M", 5], ["M", 4], ["L", 3]]),
    question("IDN-02", "identity", 2, [["S", 2], ["L", 4], ["M", 2]]),
    question("IDN-03", "identity", 1, [["S", 2], ["S", 2], ["S", 1]]),
    question("DEV-01", "devices", 1, [["M", 4], ["M", 3], ["L", 2]]),
    question("DEV-02", "devices", 2, [["S", 5], ["M", 4], ["L", 3]]),
    question("GOV-01", "governance", 2, [["M", 3], ["M", 3], ["S", 4]]),
    question("GOV-02", "governance", 2, [["S", 2], ["M", 2], ["M", 2]]),
  ],
  presets: [],
};

/** Format-2 detail with placeholder text: scoring reads only importance, group and prerequisites. */
export function detail(fields: Partial<Pick<QuestionDetail, "importance" | "group" | "prerequisites">>): QuestionDetail {
  const two = ["criterion 1", "criterion 2"];
  return {
    criteria: { traditional: two, initial: two, advanced: two, optimal: two },
    evidence: { traditional: "E", initial: "E", advanced: "E", optimal: "E" },
    verify: "V",
    naAllowed: true,
    importance: "standard",
    group: "default",
    prerequisites: [],
    microsoft: { pillar: "Identity", scenarios: ["modernize-posture"], objective: "identity.1" },
    dod: {},
    ...fields,
  };
}

/** TEST_FRAMEWORK with format-2 detail on the questions named. */
export function withDetails(details: Record<string, Parameters<typeof detail>[0]>): Framework {
  return { ...TEST_FRAMEWORK, questions: TEST_FRAMEWORK.questions.map((question) => (details[question.id] ? { ...question, detail: detail(details[question.id]!) } : question)) };
}

import { describe, expect, it } from "vitest";
import { perFramework } from "./per-framework";
import { TEST_FRAMEWORK } from "./test-framework";

describe("perFramework", () => {
  it("builds once per framework object, and again for another object", () => {
    const built: string[] = [];
    const questionCount = perFramework((framework) => {
      built.push(framework.id);
      return { questions: framework.questions.length };
    });
    const copy = { ...TEST_FRAMEWORK, id: "copy" };
    const first = questionCount(TEST_FRAMEWORK);
    expect(questionCount(TEST_FRAMEWORK)).toBe(first);
    expect(questionCount(copy)).toEqual(first);
    expect(questionCount(copy)).not.toBe(first);
    expect(built).toEqual([TEST_FRAMEWORK.id, "copy"]);
  });
});

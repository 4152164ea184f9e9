import { describe, expect, it } from "vitest";
import { GROUP_LABELS, groupLabel } from "./groups";
import { FRAMEWORKS } from "./index";

describe("groupLabel", () => {
  it("has a written name for every question group of every version", () => {
    const groups = new Set(FRAMEWORKS.flatMap((framework) => framework.questions.flatMap((question) => (question.detail ? [question.detail.group] : []))));
    expect(Object.keys(GROUP_LABELS)).toEqual(expect.arrayContaining([...groups]));
    expect(groupLabel("non-human-identity")).toBe("Non-human identities");
  });

  it("reads an unlisted id as words", () => {
    expect(groupLabel("data-loss")).toBe("Data loss");
  });
});

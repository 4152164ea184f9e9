import { describe, expect, it } from "vitest";
import { frameworkJson } from "./export";
import { getFramework } from "./index";

describe("frameworkJson", () => {
  it("carries every format-2 field: criteria, evidence, verification, prerequisites, mappings, lineage and quantities", () => {
    const document = JSON.parse(frameworkJson(getFramework("zt-2026.2")!));
    expect(document.schema).toBe("zero-trust-readiness/framework@2");
    const question = document.questions[0];
    expect(Object.keys(question.detail).sort()).toEqual(
      ["criteria", "dod", "evidence", "group", "importance", "microsoft", "naAllowed", "prerequisites", "verify"].sort(),
    );
    expect(question.nextSteps.traditional.achieves.length).toBeGreaterThan(0);
    expect(document.lineage.from).toBe("zt-2026.1");
    expect(Object.keys(document.quantities).length).toBeGreaterThan(0);
  });

  it("keeps zt-2026.1 in its original shape", () => {
    const document = JSON.parse(frameworkJson(getFramework("zt-2026.1")!));
    expect(document.schema).toBe("zero-trust-readiness/framework@1");
    expect(document.questions[0].detail).toBeUndefined();
  });
});

import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { coverageDocument } from "./coverage";
import { FRAMEWORKS, LATEST_FRAMEWORK } from "./index";

describe("coverage documents", () => {
  it.each(FRAMEWORKS.map((framework) => [framework.id, framework] as const))("docs/framework/%s.md is current (npm run framework:coverage)", (id, framework) => {
    const file = path.resolve(import.meta.dirname, `../../docs/framework/${id}.md`);
    expect(readFileSync(file, "utf8"), `run npm run framework:coverage`).toBe(coverageDocument(framework).markdown);
  });

  it("counts every CISA function of the latest version as covered", () => {
    const { totals } = coverageDocument(LATEST_FRAMEWORK);
    expect(totals.cisaFunctions.covered).toBe(totals.cisaFunctions.total);
    expect(totals.cisaFunctions.total).toBe(40);
    expect(totals.microsoftScenarios.covered).toBe(totals.microsoftScenarios.total);
  });
});

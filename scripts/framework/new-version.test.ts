import { cpSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { LATEST_FRAMEWORK } from "../../lib/framework";
import type { Framework } from "../../lib/framework/types";
import { validateFramework } from "../../lib/framework/validate";
import { startNewVersion } from "./new-version";

const root = mkdtempSync(path.join(tmpdir(), "ztr-new-version-"));
afterAll(() => rmSync(root, { recursive: true, force: true }));

describe("framework:new-version", () => {
  it("starts a draft from the latest version that validates, with same-question lineage, and registers it last", async () => {
    cpSync(path.resolve(import.meta.dirname, "../../lib/framework"), path.join(root, "lib/framework"), { recursive: true });
    startNewVersion(root, "zt-2027.1", LATEST_FRAMEWORK, "2027-01-15");

    const { FRAMEWORKS } = (await import(path.join(root, "lib/framework/index.ts"))) as { FRAMEWORKS: Framework[] };
    const draft = FRAMEWORKS.at(-1)!;
    expect(draft).toMatchObject({ id: "zt-2027.1", name: "Zero Trust Readiness 2027.1", releasedOn: "2027-01-15" });
    expect(draft.questions.map((question) => question.id)).toEqual(LATEST_FRAMEWORK.questions.map((question) => question.id));
    expect(draft.lineage).toMatchObject({ from: LATEST_FRAMEWORK.id });
    expect(draft.lineage!.entries.every((entry) => entry.kind === "same" && entry.to[0] === entry.from)).toBe(true);
    expect(validateFramework(draft, FRAMEWORKS.at(-2))).toEqual([]);
    expect(readFileSync(path.join(root, "lib/framework/versions/zt-2027.1/framework.ts"), "utf8")).toContain("Draft started 2027-01-15");
  });

  it("refuses a malformed id and an existing version", () => {
    expect(() => startNewVersion(root, "2027", LATEST_FRAMEWORK)).toThrow(/give the new version's id/);
    expect(() => startNewVersion(root, "zt-2027.1", LATEST_FRAMEWORK)).toThrow(/already exists/);
  });
});

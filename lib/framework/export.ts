import type { Framework } from "./types";

/** The framework as downloadable JSON: the same document for the CLI export and the app. */
export function frameworkJson(framework: Framework): string {
  return `${JSON.stringify({ schema: "zero-trust-readiness/framework@1", ...framework }, null, 2)}\n`;
}

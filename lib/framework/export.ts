import { isFrameworkV2, type Framework } from "./types";

/**
 * The framework as downloadable JSON: the same document for the CLI export and the app. Format 2
 * carries every question's criteria, evidence, prerequisites and mappings, the lineage and the
 * quantities, so its schema id says @2.
 */
export function frameworkJson(framework: Framework): string {
  const schema = isFrameworkV2(framework) ? "zero-trust-readiness/framework@2" : "zero-trust-readiness/framework@1";
  return `${JSON.stringify({ schema, ...framework }, null, 2)}\n`;
}

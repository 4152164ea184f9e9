/**
 * Starts a new question-bank version from the latest one: `npm run framework:new-version -- zt-2026.3`.
 * Released versions never change, so every edit to the bank happens in a new version; this copies
 * the latest version's files, renames it, records "same" lineage for every question and registers it
 * as the latest. It stays a draft (the framework test fails and says so) until its hash is pinned.
 */
import { cpSync, existsSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { LATEST_FRAMEWORK } from "../../lib/framework";
import type { Framework } from "../../lib/framework/types";

const VERSION_ID = /^zt-(\d{4})\.(\d{1,3})$/;

/** "zt-2026.2" → "zt2026_2", the name the version's framework.ts exports. */
export const exportName = (id: string) => id.replace(VERSION_ID, "zt$1_$2");

function lineageSource(previousId: string, questionIds: readonly string[]): string {
  const entries = questionIds.map((id) => `    { from: "${id}", to: ["${id}"], kind: "same", note: "Unchanged." },`).join("\n");
  return `import type { Framework } from "../../types";

/** How each question of ${previousId} continues in this version. Edit an entry when you merge, split, remove or add a question. */
export const lineage: NonNullable<Framework["lineage"]> = {
  from: "${previousId}",
  entries: [
${entries}
  ],
};
`;
}

/** Copies `previous` into a new version folder under `root` and registers it; returns the folder. */
export function startNewVersion(root: string, id: string, previous: Framework, today = new Date().toISOString().slice(0, 10)): string {
  if (!VERSION_ID.test(id)) throw new Error(`give the new version's id, e.g. "npm run framework:new-version -- zt-2027.1" (got "${id}")`);
  const versionsDir = path.join(root, "lib/framework/versions");
  const indexFile = path.join(root, "lib/framework/index.ts");
  const target = path.join(versionsDir, id);
  if (existsSync(target)) throw new Error(`${path.relative(root, target)} already exists`);
  const index = readFileSync(indexFile, "utf8");
  const lastImport = `import { ${exportName(previous.id)} } from "./versions/${previous.id}/framework";`;
  if (!index.includes(lastImport)) throw new Error(`lib/framework/index.ts does not import ${previous.id} as expected`);
  cpSync(path.join(versionsDir, previous.id), target, { recursive: true });

  const frameworkFile = path.join(target, "framework.ts");
  let source = readFileSync(frameworkFile, "utf8")
    .replaceAll(exportName(previous.id), exportName(id))
    .replaceAll(`"${previous.id}"`, `"${id}"`)
    .replace(/name: "[^"\n]*"/, `name: "Zero Trust Readiness ${id.slice(3)}"`)
    .replace(/releasedOn: "[^"\n]*"/, `releasedOn: "${today}"`)
    .replace(/\/\*\* Released [^\n]*\*\//, `/** Draft started ${today} from ${previous.id}; released once its hash is pinned. Released content never changes. */`);
  if (!source.includes('from "./lineage"')) source = `import { lineage } from "./lineage";\n${source}`.replace(/\n {2}questions: \[/, "\n  lineage,\n  questions: [");
  writeFileSync(frameworkFile, source);
  writeFileSync(path.join(target, "lineage.ts"), lineageSource(previous.id, previous.questions.map((question) => question.id)));
  writeFileSync(
    indexFile,
    index
      .replace(lastImport, `${lastImport}\nimport { ${exportName(id)} } from "./versions/${id}/framework";`)
      .replace(/(FRAMEWORKS: readonly Framework\[\] = \[[^\]\n]*)\]/, `$1, ${exportName(id)}]`),
  );
  return target;
}

function main() {
  const id = process.argv[2] ?? "";
  try {
    startNewVersion(path.resolve(import.meta.dirname, "../.."), id, LATEST_FRAMEWORK);
  } catch (error) {
    console.error(`framework:new-version: ${(error as Error).message}`);
    process.exit(1);
  }
  console.log(`Created lib/framework/versions/${id} from ${LATEST_FRAMEWORK.id} and registered it as the latest version.`);
  console.log("Edit its questions, lineage and presets; `npm run framework:coverage` and the tests say what is left.");
  console.log("When it is ready, pin its hash in lib/framework/framework.test.ts (the test prints it): that releases it.");
}

if (process.argv[1] && import.meta.filename === path.resolve(process.argv[1])) main();

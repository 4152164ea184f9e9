/** `npm run framework:coverage`: writes docs/framework/<version>.md for every version, from the data. */
import { mkdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import { coverageDocument } from "../../lib/framework/coverage";
import { FRAMEWORKS } from "../../lib/framework";

export const COVERAGE_DIR = path.resolve(import.meta.dirname, "../../docs/framework");

if (process.argv[1] && import.meta.filename === path.resolve(process.argv[1])) {
  mkdirSync(COVERAGE_DIR, { recursive: true });
  for (const framework of FRAMEWORKS) {
    const { markdown, totals } = coverageDocument(framework);
    writeFileSync(path.join(COVERAGE_DIR, `${framework.id}.md`), markdown);
    console.log(`docs/framework/${framework.id}.md: ${JSON.stringify(totals)}`);
  }
}

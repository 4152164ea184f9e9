/**
 * `npm run bench:scoring -- …`: runs a CPU-bound benchmark as the server runs the code it times,
 * bundled and under plain node. `npm run` scripts run TypeScript under tsx, whose loader costs a
 * scoring loop 5–7% here (the same bundle: about 197 ms under node, 210 ms under `node --import tsx`),
 * a cost no server pays: the app runs Next's build, in node processes `npm start` spawns without tsx.
 */
import { spawnSync } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { build } from "esbuild";

const [entry, ...args] = process.argv.slice(2);
if (!entry) throw new Error("usage: tsx scripts/bench/run-under-node.ts <benchmark.ts> [arguments]");
const directory = mkdtempSync(path.join(tmpdir(), "zt-bench-"));
try {
  const outfile = path.join(directory, `${path.basename(entry, ".ts")}.mjs`);
  await build({ entryPoints: [entry], outfile, bundle: true, platform: "node", format: "esm", target: "node20", logLevel: "warning" });
  // process.execPath is node itself; tsx's loader comes with its flags (execArgv), which are not passed on.
  const { status, error } = spawnSync(process.execPath, [outfile, ...args], { stdio: "inherit" });
  if (error) throw error;
  process.exitCode = status ?? 1;
} finally {
  rmSync(directory, { recursive: true, force: true });
}

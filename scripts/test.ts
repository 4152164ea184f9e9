/**
 * `npm test`: lint, typecheck, unit, integration, end-to-end and cluster tests, in that order.
 * Every layer runs even when an earlier one fails; the last line totals them all.
 */
import { spawnSync } from "node:child_process";
import { existsSync, mkdirSync, readFileSync, rmSync } from "node:fs";
import path from "node:path";
import { ROOT } from "./db/schema-engine";
import { E2E_REPORT, runE2E } from "./test/e2e";

interface Tally {
  passed: number;
  failed: number;
  skipped: number;
}

const RESULTS = path.join(ROOT, "test-results");
const bin = (name: string) => path.join(ROOT, "node_modules/.bin", name);

function run(command: string, args: string[]): boolean {
  return spawnSync(command, args, { cwd: ROOT, stdio: "inherit", env: { ...process.env, NEXT_TELEMETRY_DISABLED: "1" } }).status === 0;
}

/** A check without test cases (lint, typecheck) counts as one test. */
function check(name: string, ok: boolean): Tally {
  console.log(`${name}: ${ok ? "ok" : "FAILED"}`);
  return { passed: ok ? 1 : 0, failed: ok ? 0 : 1, skipped: 0 };
}

function vitest(project: string): Tally {
  const report = path.join(RESULTS, `${project}.json`);
  rmSync(report, { force: true });
  const ok = run(bin("vitest"), ["run", "--project", project, "--reporter=default", "--reporter=json", `--outputFile.json=${report}`]);
  if (!existsSync(report)) return { passed: 0, failed: 1, skipped: 0 };
  const json = JSON.parse(readFileSync(report, "utf8")) as { numPassedTests: number; numFailedTests: number; numPendingTests: number; numTodoTests: number };
  const failed = json.numFailedTests + (ok || json.numFailedTests > 0 ? 0 : 1);
  return { passed: json.numPassedTests, failed, skipped: json.numPendingTests + json.numTodoTests };
}

async function e2e(): Promise<Tally> {
  rmSync(E2E_REPORT, { force: true });
  // A server that would not start fails this layer, not the run: the layers after it still run.
  const status = await runE2E().catch((error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    return 1;
  });
  if (!existsSync(E2E_REPORT)) return { passed: 0, failed: 1, skipped: 0 };
  const { stats } = JSON.parse(readFileSync(E2E_REPORT, "utf8")) as { stats: { expected: number; unexpected: number; flaky: number; skipped: number } };
  const failed = stats.unexpected + stats.flaky + (status !== 0 && stats.unexpected === 0 ? 1 : 0);
  return { passed: stats.expected, failed, skipped: stats.skipped };
}

/** Two servers behind HAProxy and PgBouncer (scripts/test/cluster.ts), on the build the end-to-end tests made. */
function cluster(): Tally {
  const report = path.join(RESULTS, "cluster.json");
  rmSync(report, { force: true });
  const ok = run(bin("tsx"), [path.join(ROOT, "scripts/test/cluster.ts")]);
  if (!existsSync(report)) return { passed: 0, failed: 1, skipped: 0 };
  const json = JSON.parse(readFileSync(report, "utf8")) as { passed: number; failed: number };
  return { passed: json.passed, failed: json.failed + (ok || json.failed > 0 ? 0 : 1), skipped: 0 };
}

const line = ({ passed, failed, skipped }: Tally) => `${passed} passed, ${failed} failed${skipped ? `, ${skipped} skipped` : ""}`;

mkdirSync(RESULTS, { recursive: true });
const started = Date.now();
const layers: [string, () => Tally | Promise<Tally>][] = [
  ["lint", () => check("lint", run(bin("eslint"), ["--max-warnings=0", "."]))],
  ["typecheck", () => check("typecheck", run(bin("next"), ["typegen"]) && run(bin("tsc"), ["--noEmit"]))],
  ["unit", () => vitest("unit")],
  ["integration", () => vitest("integration")],
  ["e2e", e2e],
  ["cluster", cluster],
];
const tallies: [string, Tally][] = [];
for (const [name, layer] of layers) {
  console.log(`\n━━ ${name} ━━`);
  tallies.push([name, await layer()]);
}

console.log(`\n━━ summary (${Math.round((Date.now() - started) / 1000)} s) ━━`);
for (const [name, tally] of tallies) console.log(`${name}: ${line(tally)}`);
const total = tallies.reduce((sum, [, t]) => ({ passed: sum.passed + t.passed, failed: sum.failed + t.failed, skipped: sum.skipped + t.skipped }), { passed: 0, failed: 0, skipped: 0 });
console.log(line(total));
// The schema engine leaves a timer behind in this process; exit explicitly.
process.exit(total.failed === 0 ? 0 : 1);

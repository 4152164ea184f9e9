import { spawn } from "node:child_process";
import { once } from "node:events";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";

const PRIMARY = path.join(import.meta.dirname, "cluster.mjs");
const dir = mkdtempSync(path.join(tmpdir(), "zt-primary-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
/** A server that listens, then crashes at once, as a copy whose app fails right after the start would. */
const CRASHING_SERVER = path.join(dir, "crashing-server.mjs");
writeFileSync(CRASHING_SERVER, `import http from "node:http";\nconsole.log("copy started");\nhttp.createServer().listen(0, "127.0.0.1", () => setTimeout(() => process.exit(3), 20));\n`);
const PRELOAD = path.join(dir, "preload.mjs");
writeFileSync(PRELOAD, "");

function startPrimary() {
  const child = spawn(process.execPath, [PRIMARY, "1", CRASHING_SERVER, PRELOAD], { env: { PATH: process.env.PATH, NODE_ENV: "test" } });
  let output = "";
  child.stdout.on("data", (chunk: Buffer) => (output += chunk.toString()));
  child.stderr.on("data", (chunk: Buffer) => (output += chunk.toString()));
  const exited = once(child, "exit").then(([code]) => code as number | null);
  const printed = async (text: string) => {
    while (!output.includes(text)) await once(child.stderr, "data");
  };
  return { child, exited, output: () => output, printed };
}

const lines = (output: string, pattern: RegExp) => output.split("\n").filter((line) => pattern.test(line));

describe("the primary of npm start's server processes", () => {
  it("replaces a copy that keeps dying right after it listens after a doubling wait, and stops with exit 1 after five in a row", async () => {
    const started = Date.now();
    const primary = startPrimary();
    expect(await primary.exited).toBe(1);
    const elapsed = Date.now() - started;
    const output = primary.output();
    expect(lines(output, /is serving\.$/)).toHaveLength(5);
    expect(lines(output, /ended \(exit code 3\)/).map((line) => line.replace(/^Server process \d+ /, ""))).toEqual([
      "ended (exit code 3); starting another.",
      "ended (exit code 3), 2 in a row within 60 s of serving; starting another in 500 ms.",
      "ended (exit code 3), 3 in a row within 60 s of serving; starting another in 1000 ms.",
      "ended (exit code 3), 4 in a row within 60 s of serving; starting another in 2000 ms.",
      "ended (exit code 3), the 5th in a row within 60 s of serving; stopping.",
    ]);
    // The waits happened: 3.5 s in all, not five forks back to back.
    expect(elapsed).toBeGreaterThanOrEqual(3_500);
  });

  it("stops at once on SIGTERM while it waits to replace a copy, starting no other", async () => {
    const primary = startPrimary();
    await primary.printed("starting another in 1000 ms.");
    primary.child.kill("SIGTERM");
    expect(await primary.exited).toBe(0);
    expect(lines(primary.output(), /^copy started$/)).toHaveLength(3);
  });
});

/** Builds the production app when its sources changed, and runs the standalone server. */
import { type ChildProcess, spawn, spawnSync } from "node:child_process";
import { cpSync, existsSync, readdirSync, rmSync, statSync, utimesSync, writeFileSync } from "node:fs";
import path from "node:path";
import { pathToFileURL } from "node:url";
import { ROOT } from "./db/schema-engine";

// Written last by buildApp, so an interrupted or hand-run `next build` counts as stale.
const BUILD_STAMP = path.join(ROOT, ".next/standalone/.build-complete");
const SOURCES = ["app", "components", "lib", "public", "generated", "scripts/server", "proxy.ts", "instrumentation.ts", "next.config.ts", "package-lock.json", "prisma/migrations", "postcss.config.mjs", "tsconfig.json"];

function newestMtime(entry: string): number {
  if (!existsSync(entry)) return 0;
  const stat = statSync(entry);
  if (!stat.isDirectory()) return stat.mtimeMs;
  return readdirSync(entry).reduce((newest, child) => Math.max(newest, newestMtime(path.join(entry, child))), stat.mtimeMs);
}

export function buildIsStale(): boolean {
  if (!existsSync(BUILD_STAMP)) return true;
  const built = statSync(BUILD_STAMP).mtimeMs;
  return SOURCES.some((source) => newestMtime(path.join(ROOT, source)) > built);
}

/** `next build`, then the static files copied beside the standalone server, as Next's docs ask. */
export function buildApp(env: NodeJS.ProcessEnv = process.env): void {
  const started = new Date();
  const result = spawnSync(path.join(ROOT, "node_modules/.bin/next"), ["build"], {
    cwd: ROOT,
    stdio: "inherit",
    env: { ...env, NEXT_TELEMETRY_DISABLED: "1" },
  });
  if (result.status !== 0) throw new Error("next build failed");
  const standalone = path.join(ROOT, ".next/standalone");
  rmSync(path.join(standalone, ".next/static"), { recursive: true, force: true });
  cpSync(path.join(ROOT, ".next/static"), path.join(standalone, ".next/static"), { recursive: true });
  cpSync(path.join(ROOT, "public"), path.join(standalone, "public"), { recursive: true });
  // The readiness check compares the database with the migrations of this build (lib/server/readiness.ts).
  rmSync(path.join(standalone, "prisma/migrations"), { recursive: true, force: true });
  cpSync(path.join(ROOT, "prisma/migrations"), path.join(standalone, "prisma/migrations"), { recursive: true });
  // Dated when the build started: a source saved while it ran is newer, so the next start rebuilds.
  writeFileSync(BUILD_STAMP, started.toISOString());
  utimesSync(BUILD_STAMP, started, started);
}

export interface AppServerOptions {
  port: number;
  host: string;
  env: NodeJS.ProcessEnv;
}

/** The request guards (client address, API checks and headers, canonical host) and graceful shutdown, before Next reads a request. */
const CLIENT_ADDRESS_PRELOAD = pathToFileURL(path.join(ROOT, "scripts/server/preload.mjs")).href;

/** The same request guards for `next dev`, which keeps its own signal handling. */
const DEV_PRELOAD = pathToFileURL(path.join(ROOT, "scripts/server/dev-preload.mjs")).href;

const STANDALONE_SERVER = path.join(ROOT, ".next/standalone/server.js");
const CLUSTER_PRIMARY = path.join(ROOT, "scripts/server/cluster.mjs");

function serverEnv({ port, host, env }: AppServerOptions): NodeJS.ProcessEnv {
  // Idle keep-alive connections last 30 s rather than Node's 5: a client (a browser, a test's
  // request context, a load balancer's pool) reusing one after a pause otherwise races the
  // server closing it and gets ECONNRESET, as an e2e run did. Below Node's 60 s headersTimeout.
  return { KEEP_ALIVE_TIMEOUT: "30000", ...env, PORT: String(port), HOSTNAME: host, NODE_ENV: "production", NEXT_TELEMETRY_DISABLED: "1" };
}

/**
 * `next dev` with the production server's request guards preloaded: Next hands NODE_OPTIONS on
 * to the process that serves, so the API's refusals hold in development too.
 */
export function devServerEnv(env: NodeJS.ProcessEnv): NodeJS.ProcessEnv {
  return { ...env, NODE_OPTIONS: [env.NODE_OPTIONS, `--import=${DEV_PRELOAD}`].filter(Boolean).join(" ") };
}

/** One server process, as the tests and benchmarks measure it. */
export function startAppServer(options: AppServerOptions): ChildProcess {
  return spawn(process.execPath, ["--import", CLIENT_ADDRESS_PRELOAD, STANDALONE_SERVER], {
    cwd: ROOT,
    stdio: ["ignore", "inherit", "inherit"],
    env: serverEnv(options),
  });
}

/** `npm start`'s servers: `workers` processes sharing the port, each replaced when it dies (scripts/server/cluster.mjs). */
export function startAppCluster(options: AppServerOptions & { workers: number }): ChildProcess {
  return spawn(process.execPath, [CLUSTER_PRIMARY, String(options.workers), STANDALONE_SERVER, CLIENT_ADDRESS_PRELOAD], {
    cwd: ROOT,
    stdio: ["ignore", "inherit", "inherit"],
    env: serverEnv(options),
  });
}

/** Whether a child process has ended, by exit or by signal. */
export const hasExited = (child: ChildProcess) => child.exitCode !== null || child.signalCode !== null;

/**
 * Resolves once `server` answers at `url`; rejects if it stops first (a taken port, say: another
 * server may then be the one answering there) or after `timeoutMs`.
 */
export async function waitForServer(url: string, server: ChildProcess, timeoutMs = 60_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (hasExited(server)) throw new Error(`The server stopped (${server.exitCode ?? server.signalCode}) before ${url} answered`);
    try {
      // Bounded by the deadline: whatever holds the port (when the server could not take it) may never answer.
      const response = await fetch(url, { redirect: "manual", signal: AbortSignal.timeout(Math.max(1, deadline - Date.now())) });
      if (response.status < 500) return;
    } catch {
      // Not listening yet, or no answer before the deadline.
    }
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  throw new Error(`${url} did not answer within ${timeoutMs / 1000} s`);
}

// `npm run build`: the build `npm start` would make, ahead of time (as the Dockerfile does).
if (import.meta.filename === process.argv[1]) buildApp();

/**
 * For benchmarks: a throwaway database on the local PostgreSQL server (or TEST_DATABASE_URL /
 * DATABASE_URL), the demo data, and the production build serving it on BENCH_PORT.
 */
import { randomBytes } from "node:crypto";
import { buildApp, buildIsStale, startAppServer, waitForServer } from "../app-server";
import { DEMO_LOGIN, seedDemoData } from "../db/seed";
import { benchPort, createBenchDatabase } from "./bench-database";

export interface AppUnderTest {
  baseUrl: string;
  databaseUrl: string;
  serverPid: number;
  /** The demo user's session cookie, for pages. */
  cookie: string;
}

/** Runs `prepare` on the seeded database before the server starts, then `run` against the server. */
export async function withAppUnderTest<T>(prepare: (databaseUrl: string) => Promise<void>, run: (app: AppUnderTest) => Promise<T>): Promise<T> {
  const port = await benchPort();
  const database = await createBenchDatabase(`npm run ${process.env.npm_lifecycle_event ?? "bench"}`);
  const baseUrl = `http://127.0.0.1:${port}`;
  const env = { ...process.env, DATABASE_URL: database.url, DATABASE_POOL_SIZE: "10", BETTER_AUTH_URL: baseUrl, BETTER_AUTH_SECRET: randomBytes(32).toString("base64url") };
  try {
    await seedDemoData(database.url);
    await prepare(database.url);
    if (buildIsStale()) buildApp(env);
    const server = startAppServer({ port, host: "127.0.0.1", env });
    try {
      await waitForServer(`${baseUrl}/sign-in`, server);
      const signIn = await fetch(`${baseUrl}/api/auth/sign-in/email`, {
        method: "POST",
        headers: { "content-type": "application/json", origin: baseUrl },
        body: JSON.stringify({ email: DEMO_LOGIN.email, password: DEMO_LOGIN.password }),
      });
      if (!signIn.ok) throw new Error(`demo sign-in failed: ${signIn.status}`);
      const cookie = signIn.headers.getSetCookie().map((header) => header.split(";")[0]).join("; ");
      return await run({ baseUrl, databaseUrl: database.url, serverPid: server.pid!, cookie });
    } finally {
      server.kill("SIGTERM");
    }
  } finally {
    await database.drop();
  }
}

export function percentile(sortedMs: readonly number[], share: number): number {
  return sortedMs[Math.max(0, Math.ceil(share * sortedMs.length) - 1)] ?? Number.NaN;
}

/** Times `count` sequential GETs after `warmUp` unmeasured ones; throws on any non-200. */
export async function timeGets(url: string, cookie: string, count: number, warmUp = 5): Promise<number[]> {
  const times: number[] = [];
  for (let index = 0; index < warmUp + count; index += 1) {
    const started = performance.now();
    const response = await fetch(url, { headers: { cookie } });
    await response.arrayBuffer();
    if (response.status !== 200) throw new Error(`GET ${url} answered ${response.status}`);
    if (index >= warmUp) times.push(performance.now() - started);
  }
  return times.sort((a, b) => a - b);
}

/** Peak resident memory of a process so far, in MB (Linux). */
export async function peakRssMb(pid: number): Promise<number> {
  const { readFile } = await import("node:fs/promises");
  const status = await readFile(`/proc/${pid}/status`, "utf8");
  const kb = Number(/VmHWM:\s+(\d+)/.exec(status)?.[1] ?? Number.NaN);
  return kb / 1024;
}

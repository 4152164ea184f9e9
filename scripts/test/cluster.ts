/**
 * `npm run test:cluster`: two production servers on one PostgreSQL database, reached through
 * PgBouncer (transaction mode) and behind HAProxy, all started by the test on loopback and torn
 * down after it. Scenarios: both servers starting at once on an empty database; a session used
 * on both; a version conflict and the sign-in lockout across servers; `kill -9` of a server
 * while clients save; a rolling restart while clients save; two processes of one server.
 *
 * Needs a PostgreSQL server (TEST_DATABASE_URL, DATABASE_URL, or postgres at 127.0.0.1:5432)
 * where it may create a throwaway database, and Debian's haproxy and pgbouncer (installed as
 * root when missing, as .ci/run does). Ports: free ones, or CLUSTER_APP_PORT (three in a row),
 * CLUSTER_POOLER_PORT and CLUSTER_BALANCER_PORT. The last line totals the scenarios, which
 * test-results/cluster.json holds too.
 */
import { randomBytes } from "node:crypto";
import { chmodSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import pg from "pg";
import { LATEST_FRAMEWORK } from "../../lib/framework/index";
import { STAGES, type Stage } from "../../lib/framework/types";
import { buildApp, buildIsStale } from "../app-server";
import { readMigrations, ROOT } from "../db/schema-engine";
import { DEMO_LOGIN, seedDemoData } from "../db/seed";
import { createTemporaryDatabase } from "../db/temporary-database";
import { portForLater, stopWith } from "../ports";
import { requireTools } from "../require-tools";
import { type AppServer, killServer, type Logged, logTails, serverIsReady, startHaproxy, startPgBouncer, startServer, stillRunning, stop, stopAll, until } from "./cluster-infra";

const LOCAL_SERVER = "postgresql://postgres@127.0.0.1:5432/postgres";
/** The totals, for `npm test`. */
const CLUSTER_REPORT = path.join(ROOT, "test-results/cluster.json");
const CLIENTS = 8;
/** How long the servers wait, once told to stop, for HAProxy to see them not ready (three failed checks, 500 ms apart). */
const DRAIN_MS = 3_000;
const QUESTION_IDS = LATEST_FRAMEWORK.questions.map((question) => question.id);

requireTools([
  { command: "haproxy", aptPackage: "haproxy" },
  { command: "pgbouncer", aptPackage: "pgbouncer" },
]);

/** Ports already chosen: each is free only until its process binds it, so the next choice must avoid it. */
const chosenPorts = new Set<number>();

async function port(variable: string, offset = 0): Promise<number> {
  const set = process.env[variable];
  const chosen = set ? Number(set) + offset : await portForLater("127.0.0.1", chosenPorts);
  chosenPorts.add(chosen);
  return chosen;
}

const serverUrl = process.env.TEST_DATABASE_URL?.trim() || process.env.DATABASE_URL?.trim() || LOCAL_SERVER;
// PgBouncer needs a real server (the embedded database has one session). Asked before anything
// is made or built (minutes); without one, one line rather than a stack trace.
const probe = new pg.Client({ connectionString: serverUrl, connectionTimeoutMillis: 5_000 });
await probe
  .connect()
  .then(() => probe.end())
  .catch((error: Error) =>
    stopWith(
      `The cluster test needs a PostgreSQL server where it may create a throwaway database, and none answered at ${new URL(serverUrl).host} (${error.message}). Start one (Debian: apt-get install -y postgresql, then pg_ctlcluster <version> main start, as .ci/run does) or set TEST_DATABASE_URL.`,
    ),
  );

const dir = mkdtempSync(path.join(tmpdir(), "zt-cluster-"));
// PgBouncer, started as an unprivileged user when this runs as root, reads its configuration here.
chmodSync(dir, 0o755);
const ports = {
  a: await port("CLUSTER_APP_PORT"),
  b: await port("CLUSTER_APP_PORT", 1),
  c: await port("CLUSTER_APP_PORT", 2),
  pooler: await port("CLUSTER_POOLER_PORT"),
  balancer: await port("CLUSTER_BALANCER_PORT"),
};
const balancer = `http://127.0.0.1:${ports.balancer}`;

if (buildIsStale()) {
  console.log("Building the app…");
  buildApp();
}

const database = await createTemporaryDatabase(serverUrl, "zt_cluster");
const db = new pg.Client({ connectionString: database.url });
// The servers run in process groups of their own, which Ctrl+C does not reach: an interrupted run
// stops them and drops its database before it leaves, or they would hold their ports.
let interrupted = false;
for (const signal of ["SIGINT", "SIGTERM"] as const) {
  process.once(signal, () => {
    interrupted = true;
    console.log(`\n${signal}: stopping the cluster. Logs: ${dir}`);
    void stopAll()
      .then(() => db.end().catch(() => undefined))
      .then(() => database.drop())
      .finally(() => process.exit(1));
  });
}
let serverEnv!: NodeJS.ProcessEnv;
let servers!: Record<"a" | "b", AppServer>;
let haproxy!: Logged;

/** PgBouncer, HAProxy and both servers, started at once on the empty database as a deployment would. */
async function startCluster(): Promise<void> {
  await db.connect();
  const pooler = await startPgBouncer(dir, ports.pooler, database.url);
  haproxy = await startHaproxy(dir, ports.balancer, { a: ports.a, b: ports.b });
  // As `npm start` runs in production: the app through PgBouncer, migrations straight to PostgreSQL.
  serverEnv = {
    NODE_ENV: "production",
    DATABASE_URL: pooler.url,
    MIGRATION_DATABASE_URL: database.url,
    DATABASE_POOL_SIZE: "10",
    WEB_CONCURRENCY: "1",
    BETTER_AUTH_URL: balancer,
    BETTER_AUTH_SECRET: randomBytes(32).toString("base64url"),
    SEED_DEMO_DATA: "false",
    SHUTDOWN_DRAIN_MS: String(DRAIN_MS),
    SHUTDOWN_TIMEOUT_MS: "15000",
    CHECKPOINT_DISABLE: "1",
  };
  servers = { a: startServer(dir, "server-a", ports.a, serverEnv), b: startServer(dir, "server-b", ports.b, serverEnv) };
}

// ── HTTP through the balancer ────────────────────────────────────────────────────────────

interface Answer {
  status: number;
  body: Record<string, unknown>;
  servedBy: string;
}

let cookie = "";

async function call(method: string, pathname: string, body?: unknown, headers: Record<string, string> = {}): Promise<Answer> {
  const response = await fetch(`${balancer}${pathname}`, {
    method,
    headers: { origin: balancer, cookie, ...(body === undefined ? {} : { "content-type": "application/json" }), ...headers },
    body: body === undefined ? undefined : JSON.stringify(body),
    redirect: "manual",
  });
  const text = await response.text();
  let parsed: Record<string, unknown> = {};
  try {
    parsed = JSON.parse(text) as Record<string, unknown>;
  } catch {
    parsed = { text: text.slice(0, 200) };
  }
  return { status: response.status, body: parsed, servedBy: response.headers.get("x-served-by") ?? "?" };
}

function expect(condition: boolean, message: string): asserts condition {
  if (!condition) throw new Error(message);
}

/** Until both servers have answered through the balancer (HAProxy has seen them ready). */
async function balancerUsesBoth(): Promise<void> {
  const seen = new Set<string>();
  await until("HAProxy sends to both servers", async () => {
    await Promise.all([haproxy, ...Object.values(servers)].map(stillRunning));
    seen.add((await call("GET", "/api/health")).servedBy);
    return seen.has("a") && seen.has("b");
  });
}

async function signIn(email: string, password: string): Promise<Answer & { cookie: string; retryAfter: number }> {
  const response = await fetch(`${balancer}/api/auth/sign-in/email`, {
    method: "POST",
    headers: { "content-type": "application/json", origin: balancer },
    body: JSON.stringify({ email, password }),
  });
  const body = (await response.json().catch(() => ({}))) as Record<string, unknown>;
  const setCookie = response.headers.getSetCookie().map((header) => header.split(";")[0]).join("; ");
  // The app's throttle says Retry-After; better-auth's own limiter X-Retry-After.
  const retryAfter = Number(response.headers.get("retry-after") ?? response.headers.get("x-retry-after") ?? 0);
  return { status: response.status, body, servedBy: response.headers.get("x-served-by") ?? "?", cookie: setCookie, retryAfter };
}

async function createAssessment(name: string): Promise<string> {
  const created = await call("POST", "/api/v1/assessments", { name });
  expect(created.status === 201, `creating an assessment answered ${created.status}: ${JSON.stringify(created.body)}`);
  return (created.body.assessment as { id: string }).id;
}

const saveBody = (questionId: string, value: Stage, expectedVersion: number) => ({ answers: [{ questionId, value, note: "", evidence: [], expectedVersion }] });

// ── Clients saving answers ───────────────────────────────────────────────────────────────

interface Acknowledged {
  assessmentId: string;
  questionId: string;
  version: number;
  value: Stage;
}

interface SaveTally {
  acknowledged: Acknowledged[];
  /** Requests that failed, by status (0: no answer), each followed by a retry. */
  failures: Record<string, number>;
  /** Saves that succeeded after at least one failure, by the server that answered the retry. */
  retriedBy: Record<string, number>;
  /** Saves whose failed request had reached the database after all, found when re-reading. */
  appliedUnacknowledged: number;
  answeredBy: Record<string, number>;
}

const newTally = (): SaveTally => ({ acknowledged: [], failures: {}, retriedBy: {}, appliedUnacknowledged: 0, answeredBy: {} });

/** The stored answer, read back through the balancer, to learn where a failed save left it. */
async function storedAnswer(assessmentId: string, questionId: string): Promise<{ version: number; value: string } | null> {
  const read = await call("GET", `/api/v1/assessments/${assessmentId}/answers`);
  expect(read.status === 200, `reading answers answered ${read.status}`);
  const answers = read.body.answers as { questionId: string; version: number; value: string }[];
  return answers.find((answer) => answer.questionId === questionId) ?? null;
}

/**
 * One client: saves its assessment's questions in turn, naming the version it last got back,
 * until `keepGoing` says stop. With `retry`, a failed request is retried (up to 50 times, 100 ms
 * apart) after re-reading the answer: a save that had reached the database is not sent twice.
 */
async function saveLoop(assessmentId: string, tally: SaveTally, keepGoing: () => boolean, retry: boolean): Promise<void> {
  const versions = new Map<string, number>();
  for (let index = 0; keepGoing(); index += 1) {
    const questionId = QUESTION_IDS[index % QUESTION_IDS.length]!;
    const value = STAGES[(index + Math.floor(index / QUESTION_IDS.length)) % STAGES.length]!;
    let failed = false;
    for (let attempt = 0; ; attempt += 1) {
      const expectedVersion = versions.get(questionId) ?? 0;
      const answer: Answer = await call("PUT", `/api/v1/assessments/${assessmentId}/answers`, saveBody(questionId, value, expectedVersion)).catch(
        (error: unknown) => ({ status: 0, body: { error: String(error) }, servedBy: "?" }),
      );
      if (answer.status === 200) {
        const version = (answer.body.answers as { version: number }[])[0]!.version;
        versions.set(questionId, version);
        tally.acknowledged.push({ assessmentId, questionId, version, value });
        tally.answeredBy[answer.servedBy] = (tally.answeredBy[answer.servedBy] ?? 0) + 1;
        if (failed) tally.retriedBy[answer.servedBy] = (tally.retriedBy[answer.servedBy] ?? 0) + 1;
        break;
      }
      const serverFailure = answer.status === 0 || answer.status >= 500;
      expect(serverFailure || (failed && answer.status === 409), `a save answered ${answer.status}: ${JSON.stringify(answer.body)}`);
      if (!retry) throw new Error(`a save failed (${answer.status}, from ${answer.servedBy}): ${JSON.stringify(answer.body)}`);
      if (answer.status !== 409) tally.failures[answer.status] = (tally.failures[answer.status] ?? 0) + 1;
      failed = true;
      expect(attempt < 50, "a save still failed after 50 retries");
      await new Promise((resolve) => setTimeout(resolve, 100));
      const stored = await storedAnswer(assessmentId, questionId).catch(() => undefined);
      if (stored === undefined) continue;
      if (stored && stored.version > expectedVersion && stored.value === value) {
        // The failed request reached the database before its answer was lost: nothing to resend.
        versions.set(questionId, stored.version);
        tally.appliedUnacknowledged += 1;
        break;
      }
      versions.set(questionId, stored?.version ?? 0);
    }
  }
}

/** Acknowledged saves the database does not hold: each row must be at that version with that value, or later. */
async function missingSaves(acknowledged: Acknowledged[]): Promise<Acknowledged[]> {
  const ids = [...new Set(acknowledged.map((save) => save.assessmentId))];
  const { rows } = await db.query<{ assessmentId: string; questionId: string; level: string; version: number }>(
    `SELECT "assessmentId", "questionId", level, version FROM answers WHERE "assessmentId" = ANY($1)`,
    [ids],
  );
  const stored = new Map(rows.map((row) => [`${row.assessmentId}/${row.questionId}`, row]));
  return acknowledged.filter((save) => {
    const row = stored.get(`${save.assessmentId}/${save.questionId}`);
    return !row || row.version < save.version || (row.version === save.version && row.level !== save.value);
  });
}

const count = (byServer: Record<string, number>) =>
  Object.entries(byServer)
    .sort()
    .map(([server, n]) => `${server}: ${n}`)
    .join(", ") || "none";

// ── Scenarios ────────────────────────────────────────────────────────────────────────────

async function bothStartAtOnce(): Promise<string> {
  await until(
    "both servers ready",
    async () => {
      // Both checked before either is asked: a refused request to one would skip the other's check.
      await Promise.all(Object.values(servers).map(stillRunning));
      return (await serverIsReady(servers.a)) && (await serverIsReady(servers.b));
    },
    180_000,
  );
  const expected = (await readMigrations()).migrationDirectories.map((directory) => directory.path);
  const { rows } = await db.query<{ migration_name: string; times: number }>(
    "SELECT migration_name, count(*)::int AS times FROM _prisma_migrations WHERE finished_at IS NOT NULL GROUP BY 1 ORDER BY 1",
  );
  expect(JSON.stringify(rows) === JSON.stringify(expected.map((name) => ({ migration_name: name, times: 1 }))), `migrations table: ${JSON.stringify(rows)}`);
  const appliers = Object.values(servers).filter((server) => server.output().includes("Applied migrations:"));
  expect(appliers.length === 1, `servers that applied migrations: ${appliers.map((server) => server.name).join(", ") || "none"}`);
  await seedDemoData(database.url);
  await balancerUsesBoth();
  return `${expected.length} migrations, each applied once (by ${appliers[0]!.name}; the other found none to apply)`;
}

async function sessionOnBoth(): Promise<string> {
  const signedIn = await signIn(DEMO_LOGIN.email, DEMO_LOGIN.password);
  expect(signedIn.status === 200 && signedIn.cookie !== "", `sign-in answered ${signedIn.status}`);
  cookie = signedIn.cookie;
  const servedBy: string[] = [];
  for (let request = 0; request < 6; request += 1) {
    const answer = await call("GET", "/api/v1/assessments");
    expect(answer.status === 200, `request ${request + 1} with the session answered ${answer.status} (from ${answer.servedBy})`);
    servedBy.push(answer.servedBy);
  }
  expect(servedBy.every((server, index) => index === 0 || server !== servedBy[index - 1]), `requests did not alternate: ${servedBy.join(" ")}`);
  return `signed in through ${signedIn.servedBy}; 6 requests with the session alternated ${servedBy.join(" ")}, all 200`;
}

async function conflictAcrossServers(): Promise<string> {
  const assessmentId = await createAssessment("Cluster conflict");
  const questionId = QUESTION_IDS[0]!;
  const first = await call("PUT", `/api/v1/assessments/${assessmentId}/answers`, saveBody(questionId, "initial", 0));
  expect(first.status === 200, `first save answered ${first.status}`);
  // Round-robin sends the next request elsewhere, unless another request (HAProxy counts them all) came between.
  // Each stale save changes the answer: one that sends the stored content again is a retry, answered 200.
  const changes = STAGES.filter((stage) => stage !== "initial");
  const stale: Answer[] = [];
  while (stale.length < 6 && !stale.some((answer) => answer.servedBy !== first.servedBy)) {
    stale.push(await call("PUT", `/api/v1/assessments/${assessmentId}/answers`, saveBody(questionId, changes[stale.length % changes.length]!, 0)));
  }
  expect(stale.every((answer) => answer.status === 409), `stale saves answered ${stale.map((answer) => answer.status).join(", ")}`);
  expect(stale.some((answer) => answer.servedBy !== first.servedBy), `no stale save reached the other server (${stale.map((answer) => answer.servedBy).join(", ")})`);
  const stored = await storedAnswer(assessmentId, questionId);
  expect(stored?.version === 1 && stored.value === "initial", `stored answer: ${JSON.stringify(stored)}`);
  return `saved on ${first.servedBy} (version 1); the same stale version refused with 409 on ${stale.map((answer) => answer.servedBy).join(" and ")}`;
}

async function lockoutAcrossServers(): Promise<string> {
  const email = `nobody-${randomBytes(4).toString("hex")}@example.com`;
  const tries: string[] = [];
  const attempt = async () => {
    const answer = await signIn(email, "wrong-password");
    tries.push(`${answer.servedBy}:${answer.status}${answer.status === 429 ? `/${String(answer.body.code ?? "rate limit")}` : ""}`);
    return answer;
  };
  for (let failure = 1; failure <= 3; failure += 1) expect((await attempt()).status === 401, `failure ${failure}: ${tries.join(" ")}`);
  const slowed = await attempt();
  expect(slowed.status === 429 && slowed.body.code === "SIGN_IN_SLOWED", `after 3 failures: ${tries.join(" ")}`);
  const servedFailures = new Set(tries.slice(0, 3).map((entry) => entry.split(":")[0]));
  expect(servedFailures.size === 2, `the failures did not alternate between servers: ${tries.join(" ")}`);
  // Two more failures lock the account+source, each after the wait the server asks for.
  let wait = slowed.retryAfter;
  for (let failure = 4; failure <= 5; ) {
    expect(wait <= 15, `a wait of ${wait} s asked for: ${tries.join(" ")}`);
    await new Promise((resolve) => setTimeout(resolve, wait * 1000));
    const answer = await attempt();
    if (answer.status === 401) failure += 1;
    else expect(answer.status === 429 && answer.retryAfter > 0, `failure ${failure}: ${tries.join(" ")}`);
    wait = answer.retryAfter;
  }
  const locked = [await attempt(), await attempt()];
  expect(locked.every((answer) => answer.status === 429 && answer.body.code === "SIGN_IN_LOCKED"), `after 5 failures: ${tries.join(" ")}`);
  expect(new Set(locked.map((answer) => answer.servedBy)).size === 2, `the lock was not seen on both servers: ${tries.join(" ")}`);
  return `tries (server:status): ${tries.join(" ")}`;
}

async function clientAssessments(label: string): Promise<string[]> {
  const ids: string[] = [];
  for (let client = 1; client <= CLIENTS; client += 1) ids.push(await createAssessment(`${label} ${client}`));
  return ids;
}

async function killOneServer(): Promise<string> {
  const ids = await clientAssessments("Cluster kill");
  const tally = newTally();
  let killed = false;
  let afterKill = 0;
  const keepGoing = () => !killed || afterKill < 25;
  const clients = Promise.all(ids.map((id) => saveLoop(id, tally, () => keepGoing(), true)));
  clients.catch(() => undefined);
  await until("saves acknowledged before the kill", async () => tally.acknowledged.length >= 40, 60_000);
  await killServer(servers.a);
  killed = true;
  const before = tally.acknowledged.length;
  const counter = setInterval(() => (afterKill = (tally.acknowledged.length - before) / CLIENTS), 50);
  try {
    await clients;
  } finally {
    clearInterval(counter);
  }
  const missing = await missingSaves(tally.acknowledged);
  expect(missing.length === 0, `${missing.length} acknowledged saves are not in the database: ${JSON.stringify(missing.slice(0, 3))}`);
  expect(Object.keys(tally.retriedBy).every((server) => server === "b"), `retries answered by ${count(tally.retriedBy)}, not only the other server`);
  servers.a = startServer(dir, "server-a", ports.a, serverEnv);
  await until("server a ready again", () => serverIsReady(servers.a), 120_000);
  await balancerUsesBoth();
  return `${CLIENTS} clients: ${tally.acknowledged.length} saves acknowledged (${count(tally.answeredBy)}), all in the database; failed requests by status ${count(tally.failures)}, each retried until saved (retries answered by ${count(tally.retriedBy)}; ${tally.appliedUnacknowledged} had reached the database)`;
}

async function rollingRestart(): Promise<string> {
  const ids = await clientAssessments("Cluster restart");
  const tally = newTally();
  let restarting = true;
  const clients = Promise.all(ids.map((id) => saveLoop(id, tally, () => restarting, false)));
  // A failed save ends the scenario once the restarts are over; until then it is only kept.
  clients.catch(() => undefined);
  const exits: string[] = [];
  try {
    for (const name of ["a", "b"] as const) {
      const stopping = Date.now();
      const code = await stop(servers[name]);
      exits.push(`${name} stopped with ${code} in ${((Date.now() - stopping) / 1000).toFixed(1)} s`);
      expect(code === 0, `server ${name} exited with ${code} on SIGTERM`);
      servers[name] = startServer(dir, `server-${name}`, ports[name], serverEnv);
      await until(`server ${name} ready again`, () => serverIsReady(servers[name]), 120_000);
      await balancerUsesBoth();
    }
  } finally {
    restarting = false;
  }
  await clients;
  const missing = await missingSaves(tally.acknowledged);
  expect(missing.length === 0, `${missing.length} acknowledged saves are not in the database`);
  return `${CLIENTS} clients: ${tally.acknowledged.length} saves acknowledged (${count(tally.answeredBy)}), 0 failed, all in the database; ${exits.join("; ")}`;
}

/** Summed user and system CPU ticks of a process (Linux). */
function cpuTicks(pid: number): number {
  const fields = readFileSync(`/proc/${pid}/stat`, "utf8").split(") ")[1]!.split(" ");
  return Number(fields[11]) + Number(fields[12]);
}

async function twoProcessesServe(): Promise<string> {
  const server = startServer(dir, "server-c", ports.c, { ...serverEnv, WEB_CONCURRENCY: "2" });
  await until(
    "both processes of server c serving",
    async () => {
      await stillRunning(server);
      return server.workerPids().length === 2;
    },
    120_000,
  );
  await until("server c ready", () => serverIsReady(server));
  const pids = server.workerPids();
  const before = pids.map(cpuTicks);
  // New connections each time: the primary hands each to the next process in turn.
  for (let request = 0; request < 200; request += 1) {
    const response = await fetch(`http://127.0.0.1:${ports.c}/api/ready`, { headers: { connection: "close" } });
    expect(response.status === 200, `request ${request + 1} answered ${response.status}`);
    await response.arrayBuffer();
  }
  const used = pids.map((pid, index) => cpuTicks(pid) - before[index]!);
  const total = used.reduce((sum, ticks) => sum + ticks, 0);
  expect(used.every((ticks) => ticks >= total * 0.2), `CPU ticks per process over 200 requests: ${used.join(", ")}`);
  process.kill(pids[0]!, "SIGKILL");
  await until("the killed process replaced", async () => {
    await stillRunning(server);
    return server.workerPids().length === 3;
  });
  await until("server c ready", () => serverIsReady(server));
  expect(server.output().includes(`Server process ${pids[0]} ended (signal SIGKILL); starting another.`), "the primary did not log the replacement");
  const code = await stop(server);
  expect(code === 0, `server c exited with ${code} on SIGTERM`);
  return `WEB_CONCURRENCY=2: CPU ticks over 200 requests ${used.join(" and ")}; process ${pids[0]} killed and replaced by ${server.workerPids()[2]}; SIGTERM exit 0`;
}

const scenarios: [string, () => Promise<string>][] = [
  ["both servers started at once on an empty database apply each migration once", bothStartAtOnce],
  ["signed in through the balancer, the session holds on both servers", sessionOnBoth],
  ["a version conflict is detected across servers", conflictAcrossServers],
  ["kill -9 of a server while 8 clients save: acknowledged saves kept, retries succeed", killOneServer],
  ["rolling restart of both servers while 8 clients save: zero failed requests", rollingRestart],
  ["one server, two processes: both serve, a killed one is replaced", twoProcessesServe],
  ["the sign-in lockout counts across servers", lockoutAcrossServers],
];

const started = Date.now();
let passed = 0;
let failed = 0;
try {
  await startCluster();
  for (const [name, run] of scenarios) {
    const scenarioStarted = Date.now();
    try {
      const figures = await run();
      if (interrupted) break;
      passed += 1;
      console.log(`✓ ${name} (${((Date.now() - scenarioStarted) / 1000).toFixed(1)} s)\n    ${figures}`);
    } catch (error) {
      // Interrupted: the servers were stopped under it, which says nothing of the scenario.
      if (interrupted) break;
      failed += 1;
      console.log(`✗ ${name} (${((Date.now() - scenarioStarted) / 1000).toFixed(1)} s)\n    ${(error as Error).message}`);
    }
  }
  if (interrupted) failed += 1;
} catch (error) {
  failed += 1;
  console.log(`✗ starting the cluster\n    ${(error as Error).message}`);
} finally {
  await stopAll();
  await db.end().catch(() => undefined);
  await database.drop();
  if (failed === 0) rmSync(dir, { recursive: true, force: true });
  else {
    console.log(`Logs of the servers, PgBouncer and HAProxy: ${dir}`);
    try {
      console.log(`Their last lines:\n${logTails()}`);
    } catch (error) {
      console.log(`Their last lines could not be read: ${(error as Error).message}`);
    }
  }
}
mkdirSync(path.dirname(CLUSTER_REPORT), { recursive: true });
writeFileSync(CLUSTER_REPORT, JSON.stringify({ passed, failed }));
console.log(`\ncluster: ${passed} passed, ${failed} failed (${Math.round((Date.now() - started) / 1000)} s)`);
// The schema engine leaves a timer behind; exit with the result.
process.exit(failed === 0 ? 0 : 1);

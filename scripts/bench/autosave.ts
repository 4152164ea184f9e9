/**
 * `npm run bench:autosave -- [--concurrency 32] [--rounds 3]`: how fast answers autosave through
 * the whole app, measured against what PostgreSQL alone does with the same rows.
 *
 * A throwaway database is made on the PostgreSQL server of TEST_DATABASE_URL or DATABASE_URL
 * (the local one on 127.0.0.1:5432 when neither is set), seeded with the demo login, and the
 * production build is started on it. Each of N clients owns one assessment and saves one answer
 * at a time with PUT /api/v1/assessments/{id}/answers, naming the version it last got back, for
 * every question of the framework: one unmeasured warm-up round of first answers, then `rounds`
 * measured rounds of updates. Every acknowledged save is then looked up in the database. Before
 * the saves, the same clients make as many calls of GET /api/v1/me, which authenticates as the
 * save does and reads nothing more: the floor any route of this app stands on, on this machine.
 * After them, N pg connections upsert the same rows the same number of times, with the same warm-up.
 * The server's CPU time (its process and children, from /proc) is read around each measured phase,
 * and PostgreSQL's (every process named postgres) when it runs on this machine.
 *
 * The last line is machine-readable: `concurrency=… app_per_s=… raw_per_s=… ratio=…
 * floor_per_s=… floor_ratio=… cpu_ms_per_save=… p50_ms=… p99_ms=… errors=… missing=…`
 * (p50/p99 are the saves'; ratio is saves ÷ raw upserts, floor_ratio saves ÷ floor calls). It
 * exits non-zero only when it could not run, a call failed or an acknowledged save is missing,
 * never for speed.
 */
import { createHash, randomBytes, randomUUID } from "node:crypto";
import { readdirSync, readFileSync } from "node:fs";
import http from "node:http";
import { availableParallelism } from "node:os";
import { parseArgs } from "node:util";
import pg from "pg";
import { LATEST_FRAMEWORK } from "../../lib/framework/index";
import { STAGES, type Stage } from "../../lib/framework/types";
import { buildApp, buildIsStale, startAppServer, waitForServer } from "../app-server";
import { DEMO_LOGIN, seedDemoData } from "../db/seed";
import { benchPort, createBenchDatabase } from "./bench-database";

const QUESTION_IDS = LATEST_FRAMEWORK.questions.map((question) => question.id);
const WARM_UP_ROUND = 0;

interface Options {
  concurrency: number;
  rounds: number;
}

function readOptions(): Options {
  const { values } = parseArgs({ options: { concurrency: { type: "string", default: "32" }, rounds: { type: "string", default: "3" } } });
  const concurrency = Number(values.concurrency);
  const rounds = Number(values.rounds);
  if (!Number.isInteger(concurrency) || concurrency < 1 || !Number.isInteger(rounds) || rounds < 1) {
    throw new Error("--concurrency and --rounds must be positive integers");
  }
  return { concurrency, rounds };
}

/** Every round gives every question a different level from the round before, so each save is a real change. */
const levelFor = (round: number, questionIndex: number): Stage => STAGES[(round + questionIndex) % STAGES.length]!;

interface Phase {
  saves: number;
  errors: number;
  latenciesMs: number[];
  seconds: number;
}

type Save = (client: number, questionIndex: number, round: number) => Promise<boolean>;

/** All clients at once, each saving every question of each round in turn, one request at a time. */
async function runPhase(concurrency: number, rounds: number[], save: Save): Promise<Phase> {
  const latenciesMs: number[] = [];
  let errors = 0;
  const start = performance.now();
  await Promise.all(
    Array.from({ length: concurrency }, async (_, client) => {
      for (const round of rounds) {
        for (let questionIndex = 0; questionIndex < QUESTION_IDS.length; questionIndex++) {
          const sent = performance.now();
          if (await save(client, questionIndex, round)) latenciesMs.push(performance.now() - sent);
          else errors++;
        }
      }
    }),
  );
  return { saves: latenciesMs.length, errors, latenciesMs, seconds: (performance.now() - start) / 1000 };
}

const measuredRounds = (rounds: number) => Array.from({ length: rounds }, (_, index) => WARM_UP_ROUND + 1 + index);

/** Nearest-rank percentile. */
function percentile(sortedMs: number[], share: number): number {
  if (sortedMs.length === 0) return Number.NaN;
  return sortedMs[Math.max(0, Math.ceil(share * sortedMs.length) - 1)]!;
}

/**
 * One API token per client, for the demo user, made the way lib/server/api-tokens.ts makes them
 * (only the SHA-256 is stored). Separate tokens, like separate users, do not queue on one token row.
 */
async function createApiTokens(db: pg.Client, count: number): Promise<string[]> {
  const { rows } = await db.query<{ userId: string; organizationId: string }>(
    `SELECT m."userId", m."organizationId" FROM memberships m JOIN users u ON u.id = m."userId" WHERE u.email = $1`,
    [DEMO_LOGIN.email],
  );
  const member = rows[0];
  if (!member) throw new Error("the demo user was not seeded");
  const tokens = Array.from({ length: count }, () => `ztr_${randomBytes(32).toString("base64url")}`);
  for (const token of tokens) {
    await db.query(
      `INSERT INTO api_tokens (id, "userId", "organizationId", name, prefix, "secretHash", scopes, "expiresAt")
       VALUES ($1, $2, $3, 'autosave bench', $4, $5, $6, now() + interval '1 day')`,
      [randomUUID(), member.userId, member.organizationId, token.slice(0, 12), createHash("sha256").update(token).digest("hex"), ["assessment.read", "assessment.write"]],
    );
  }
  return tokens;
}

interface HttpResult {
  status: number;
  body: unknown;
}

/** A keep-alive JSON client; node:http costs the load generator less CPU than fetch on a small machine. */
function jsonClient(baseUrl: string, sockets: number) {
  const agent = new http.Agent({ keepAlive: true, maxSockets: sockets });
  const request = (token: string, method: string, path: string, payload: unknown) =>
    new Promise<HttpResult>((resolve, reject) => {
      const body = payload === undefined ? "" : JSON.stringify(payload);
      const outgoing = http.request(
        new URL(path, baseUrl),
        { method, agent, headers: { authorization: `Bearer ${token}`, "content-type": "application/json", "content-length": Buffer.byteLength(body) } },
        (response) => {
          const chunks: Buffer[] = [];
          response.on("data", (chunk: Buffer) => chunks.push(chunk));
          response.on("end", () => {
            try {
              resolve({ status: response.statusCode ?? 0, body: JSON.parse(Buffer.concat(chunks).toString("utf8")) });
            } catch (error) {
              reject(error);
            }
          });
          response.on("error", reject);
        },
      );
      outgoing.on("error", reject);
      outgoing.end(body);
    });
  return { request, close: () => agent.destroy() };
}

type JsonClient = ReturnType<typeof jsonClient>;

async function createAssessments(api: JsonClient, tokens: string[]): Promise<string[]> {
  const ids: string[] = [];
  for (const [index, token] of tokens.entries()) {
    const { status, body } = await api.request(token, "POST", "/api/v1/assessments", { name: `Autosave bench ${index + 1}` });
    if (status !== 201) throw new Error(`creating an assessment answered ${status}: ${JSON.stringify(body)}`);
    ids.push((body as { assessment: { id: string } }).assessment.id);
  }
  return ids;
}

interface Acknowledged {
  assessmentId: string;
  questionId: string;
  version: number;
  value: Stage;
}

/** Why saves failed, counted, to print when any did. */
type Failures = Map<string, number>;

const countFailure = (failures: Failures, reason: string) => failures.set(reason, (failures.get(reason) ?? 0) + 1);

/** Saves through the app; each client remembers the version of each answer it last got back. */
function appSaver(api: JsonClient, tokens: string[], assessmentIds: string[], acknowledged: Acknowledged[], failures: Failures): Save {
  const versions = assessmentIds.map(() => new Map<string, number>());
  return async (client, questionIndex, round) => {
    const assessmentId = assessmentIds[client]!;
    const questionId = QUESTION_IDS[questionIndex]!;
    const value = levelFor(round, questionIndex);
    const answer = { questionId, value, note: "", evidence: [], expectedVersion: versions[client]!.get(questionId) ?? 0 };
    try {
      const { status, body } = await api.request(tokens[client]!, "PUT", `/api/v1/assessments/${assessmentId}/answers`, { answers: [answer] });
      if (status !== 200) {
        countFailure(failures, `HTTP ${status} ${(body as { code?: string }).code ?? ""}`.trim());
        return false;
      }
      const { version } = (body as { answers: { version: number }[] }).answers[0]!;
      versions[client]!.set(questionId, version);
      acknowledged.push({ assessmentId, questionId, version, value });
      return true;
    } catch (error) {
      countFailure(failures, error instanceof Error ? error.message : String(error));
      return false;
    }
  };
}

/** The floor: an authenticated call that reads nothing beyond the caller, as many as the saves. */
function floorCaller(api: JsonClient, tokens: string[], failures: Failures): Save {
  return async (client) => {
    try {
      const { status, body } = await api.request(tokens[client]!, "GET", "/api/v1/me", undefined);
      if (status === 200) return true;
      countFailure(failures, `floor: HTTP ${status} ${(body as { code?: string }).code ?? ""}`.trim());
    } catch (error) {
      countFailure(failures, `floor: ${error instanceof Error ? error.message : String(error)}`);
    }
    return false;
  };
}

/** Linux's USER_HZ: /proc counts CPU time in these ticks. */
const TICKS_PER_SECOND = 100;

/** CPU time (user + system) in ticks of one process, read from /proc; 0 once it has ended. */
function processTicks(pid: number): number {
  try {
    // The command name (field 2) may hold spaces: fields are counted after its closing parenthesis.
    const stat = readFileSync(`/proc/${pid}/stat`, "utf8");
    const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
    return Number(fields[11]) + Number(fields[12]);
  } catch {
    // The process ended between reads: its time is no longer counted anywhere, nor should it be.
    return 0;
  }
}

/** CPU time (user + system) in ms of a process and its descendants. */
function processTreeCpuMs(pid: number): number {
  let ticks = 0;
  const pending = [pid];
  while (pending.length > 0) {
    const current = pending.pop()!;
    ticks += processTicks(current);
    try {
      for (const task of readFileSync(`/proc/${current}/task/${current}/children`, "utf8").split(" ")) if (task.trim()) pending.push(Number(task));
    } catch {
      // Ended: no children to count.
    }
  }
  return (ticks * 1000) / TICKS_PER_SECOND;
}

/** CPU time in ms of every process named postgres on this machine: the server, its backends and workers. */
function postgresCpuMs(): number {
  let ticks = 0;
  for (const entry of readdirSync("/proc")) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      if (readFileSync(`/proc/${entry}/comm`, "utf8").trim() === "postgres") ticks += processTicks(Number(entry));
    } catch {
      // Ended between reads.
    }
  }
  return (ticks * 1000) / TICKS_PER_SECOND;
}

type Measured = Phase & { cpuMs: number; databaseCpuMs: number | null };

/**
 * Runs a phase and the server's CPU time it took, and PostgreSQL's when it runs here (null
 * otherwise): a save costs the database more than an authentication, so the two together say
 * what the phase cost the machine, which the other processes sharing it do not blur.
 */
async function measured(pid: number, localDatabase: boolean, run: () => Promise<Phase>): Promise<Measured> {
  const before = processTreeCpuMs(pid);
  const databaseBefore = localDatabase ? postgresCpuMs() : 0;
  const phase = await run();
  return { ...phase, cpuMs: processTreeCpuMs(pid) - before, databaseCpuMs: localDatabase ? postgresCpuMs() - databaseBefore : null };
}

/** Acknowledged saves the database does not hold: the row must be at that version with that level, or later. */
async function countMissing(db: pg.Client, acknowledged: Acknowledged[]): Promise<number> {
  const { rows } = await db.query<{ assessmentId: string; questionId: string; level: string; version: number }>(
    `SELECT "assessmentId", "questionId", level, version FROM answers WHERE "assessmentId" = ANY($1)`,
    [[...new Set(acknowledged.map((save) => save.assessmentId))]],
  );
  const stored = new Map(rows.map((row) => [`${row.assessmentId}/${row.questionId}`, row]));
  return acknowledged.filter((save) => {
    const row = stored.get(`${save.assessmentId}/${save.questionId}`);
    return !row || row.version < save.version || (row.version === save.version && row.level !== save.value);
  }).length;
}

const UPSERT = `
  INSERT INTO answers (id, "assessmentId", "questionId", level, "updatedAt") VALUES ($1, $2, $3, $4, now())
  ON CONFLICT ("assessmentId", "questionId") DO UPDATE SET level = EXCLUDED.level, version = answers.version + 1, "updatedAt" = now()
  RETURNING version`;

/** The same rows written by plain upserts, one pg connection per client. */
async function runRawPhase(url: string, assessmentIds: string[], rounds: number): Promise<Phase> {
  const connections = await Promise.all(
    assessmentIds.map(async () => {
      const connection = new pg.Client({ connectionString: url });
      await connection.connect();
      return connection;
    }),
  );
  try {
    const save: Save = async (client, questionIndex, round) => {
      try {
        await connections[client]!.query(UPSERT, [randomUUID(), assessmentIds[client], QUESTION_IDS[questionIndex], levelFor(round, questionIndex)]);
        return true;
      } catch {
        return false;
      }
    };
    await runPhase(assessmentIds.length, [WARM_UP_ROUND], save);
    return await runPhase(assessmentIds.length, measuredRounds(rounds), save);
  } finally {
    await Promise.all(connections.map((connection) => connection.end()));
  }
}

/** Whether the database server runs on this machine, where /proc shows its processes. */
const isLoopback = (url: string) => ["127.0.0.1", "localhost", "[::1]"].includes(new URL(url).hostname);

function describeDatabase(url: string): string {
  const { host, pathname } = new URL(url);
  return `PostgreSQL at ${host}, throwaway database ${pathname.slice(1)}`;
}

function summarize(phase: Phase) {
  const sorted = [...phase.latenciesMs].sort((a, b) => a - b);
  const ms = (share: number) => percentile(sorted, share).toFixed(1);
  return { perSecond: phase.saves / phase.seconds, p50: ms(0.5), p99: ms(0.99), max: ms(1) };
}

interface Outcome {
  app: Measured;
  floor: Measured;
  raw: Phase;
  /** Failed app saves, warm-up included. */
  errors: number;
  failures: Failures;
  acknowledged: number;
  missing: number;
}

function report(options: Options, { app, floor, raw, errors, failures, acknowledged, missing }: Outcome): void {
  const appStats = summarize(app);
  const floorStats = summarize(floor);
  const rawStats = summarize(raw);
  const ratio = (appStats.perSecond / rawStats.perSecond).toFixed(3);
  const floorRatio = (appStats.perSecond / floorStats.perSecond).toFixed(3);
  const appPerSecond = appStats.perSecond.toFixed(0);
  const floorPerSecond = floorStats.perSecond.toFixed(0);
  const rawPerSecond = rawStats.perSecond.toFixed(0);
  const cpuPerSave = (app.cpuMs / Math.max(1, app.saves)).toFixed(2);
  const cpuPerFloorCall = (floor.cpuMs / Math.max(1, floor.saves)).toFixed(2);
  console.log(`\n${options.concurrency} clients, ${QUESTION_IDS.length} questions, ${options.rounds} measured rounds after one warm-up round, ${availableParallelism()} CPUs`);
  console.log(`app: ${app.saves} saves in ${app.seconds.toFixed(2)} s = ${appPerSecond} saves/s, p50 ${appStats.p50} ms, p99 ${appStats.p99} ms, max ${appStats.max} ms, errors ${errors}`);
  for (const [reason, count] of failures) console.log(`  failed: ${reason} ×${count}`);
  console.log(`floor (GET /api/v1/me): ${floor.saves} calls in ${floor.seconds.toFixed(2)} s = ${floorPerSecond} calls/s, p50 ${floorStats.p50} ms, p99 ${floorStats.p99} ms, errors ${floor.errors}`);
  console.log(`server CPU: ${cpuPerSave} ms per save, ${cpuPerFloorCall} ms per floor call; saves ÷ floor = ${floorRatio}`);
  if (app.databaseCpuMs !== null && floor.databaseCpuMs !== null) {
    const perSave = app.databaseCpuMs / Math.max(1, app.saves);
    const perFloorCall = floor.databaseCpuMs / Math.max(1, floor.saves);
    const both = (app.cpuMs / Math.max(1, app.saves) + perSave) / (floor.cpuMs / Math.max(1, floor.saves) + perFloorCall);
    console.log(`PostgreSQL CPU (all its processes here): ${perSave.toFixed(2)} ms per save, ${perFloorCall.toFixed(2)} ms per floor call; server and PostgreSQL, a save costs ${both.toFixed(2)} floor calls`);
  }
  console.log(`raw: ${raw.saves} upserts in ${raw.seconds.toFixed(2)} s = ${rawPerSecond} upserts/s, p50 ${rawStats.p50} ms, p99 ${rawStats.p99} ms, errors ${raw.errors}`);
  console.log(`app ÷ raw = ${ratio}; ${acknowledged - missing} of ${acknowledged} acknowledged saves found in the database`);
  console.log(
    `concurrency=${options.concurrency} app_per_s=${appPerSecond} raw_per_s=${rawPerSecond} ratio=${ratio} floor_per_s=${floorPerSecond} floor_ratio=${floorRatio} cpu_ms_per_save=${cpuPerSave} p50_ms=${appStats.p50} p99_ms=${appStats.p99} errors=${errors} missing=${missing}`,
  );
}

async function main(): Promise<number> {
  const options = readOptions();
  const port = await benchPort();
  const database = await createBenchDatabase("npm run bench:autosave");
  console.log(`database: ${describeDatabase(database.url)}`);
  const db = new pg.Client({ connectionString: database.url });
  const baseUrl = `http://127.0.0.1:${port}`;
  const env = {
    ...process.env,
    DATABASE_URL: database.url,
    DATABASE_POOL_SIZE: process.env.DATABASE_POOL_SIZE ?? "10",
    BETTER_AUTH_URL: baseUrl,
    BETTER_AUTH_SECRET: randomBytes(32).toString("base64url"),
  };
  try {
    await seedDemoData(database.url);
    await db.connect();
    const tokens = await createApiTokens(db, options.concurrency);
    if (buildIsStale()) buildApp(env);
    const server = startAppServer({ port, host: "127.0.0.1", env });
    const api = jsonClient(baseUrl, options.concurrency);
    try {
      await waitForServer(`${baseUrl}/sign-in`, server);
      console.log(`app: production build on ${baseUrl}, database pool of ${env.DATABASE_POOL_SIZE}`);
      const assessmentIds = await createAssessments(api, tokens);
      const acknowledged: Acknowledged[] = [];
      const failures: Failures = new Map();
      const save = appSaver(api, tokens, assessmentIds, acknowledged, failures);
      const floorCall = floorCaller(api, tokens, failures);
      const warmUp = await runPhase(options.concurrency, [WARM_UP_ROUND], save);
      const floorWarmUp = await runPhase(options.concurrency, [WARM_UP_ROUND], floorCall);
      const pid = server.pid!;
      const localDatabase = isLoopback(database.url);
      const floor = await measured(pid, localDatabase, () => runPhase(options.concurrency, measuredRounds(options.rounds), floorCall));
      const app = await measured(pid, localDatabase, () => runPhase(options.concurrency, measuredRounds(options.rounds), save));
      // Checked before the raw upserts move the same rows on.
      const missing = await countMissing(db, acknowledged);
      const raw = await runRawPhase(database.url, assessmentIds, options.rounds);
      const errors = warmUp.errors + app.errors + floorWarmUp.errors + floor.errors;
      report(options, { app, floor, raw, errors, failures, acknowledged: acknowledged.length, missing });
      return errors + raw.errors + missing > 0 ? 1 : 0;
    } finally {
      api.close();
      server.kill("SIGTERM");
    }
  } finally {
    await db.end().catch(() => undefined);
    await database.drop();
  }
}

if (import.meta.filename === process.argv[1]) {
  const status = await main().catch((error: unknown) => {
    console.error(error);
    return 1;
  });
  // The schema engine leaves a timer behind.
  process.exit(status);
}

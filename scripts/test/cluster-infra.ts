/**
 * What the cluster test starts on loopback: PgBouncer in transaction mode, HAProxy balancing
 * round-robin with health checks on /api/ready, and app servers as `npm start` runs them.
 * Every process logs into the run's temporary folder (a file per process, lines timed), which
 * is kept when the test fails.
 */
import { type ChildProcess, spawn } from "node:child_process";
import { createWriteStream, readFileSync, writeFileSync } from "node:fs";
import { connect } from "node:net";
import path from "node:path";
import pg from "pg";
import { hasExited } from "../app-server";
import { ROOT } from "../db/schema-engine";

/** Thrown by a `ready` check when waiting longer cannot help: the process it waits for has ended. */
export class StopWaiting extends Error {}

/**
 * Polls `ready` every 100 ms until it holds, or fails naming `what` after `timeoutMs`. A check
 * that throws counts as not ready (a refused connection, say), and a timeout repeats the last
 * such error; StopWaiting ends the wait at once.
 */
export async function until(what: string, ready: () => Promise<boolean>, timeoutMs = 60_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  let lastError = "";
  const check = () =>
    ready().then(
      (holds) => {
        lastError = "";
        return holds;
      },
      (error: Error) => {
        if (error instanceof StopWaiting) throw new StopWaiting(`${what}: ${error.message}`);
        lastError = error.message;
        return false;
      },
    );
  while (!(await check())) {
    if (Date.now() > deadline) throw new Error(`${what}: not within ${timeoutMs / 1000} s${lastError ? ` (last: ${lastError})` : ""}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

/** The last `count` lines of `text`, each cut to a readable length, indented for a report. */
function tail(text: string, count: number): string[] {
  const lines = text.trimEnd().split("\n").slice(-count);
  return lines.length === 1 && lines[0] === "" ? ["      (no output)"] : lines.map((line) => `      ${line.slice(0, 400)}`);
}

const ended = ({ exitCode, signalCode }: ChildProcess) => (signalCode ? `signal ${signalCode}` : `exit code ${exitCode}`);

/**
 * Its output closed after its exit, or 2 s passed: a process it started that lives on (a server
 * whose `npm start` died) holds the pipes open, and the lines so far are what there is.
 */
const outputClosed = (logged: Logged) => Promise.race([logged.closed, new Promise<void>((resolve) => setTimeout(resolve, 2_000).unref())]);

/** Ends a wait (StopWaiting) once `logged` has exited, with its last lines, read once its output closed. */
export async function stillRunning(logged: Logged): Promise<void> {
  if (!hasExited(logged.child)) return;
  await outputClosed(logged);
  throw new StopWaiting([`${logged.name} ended (${ended(logged.child)}); its last lines:`, ...tail(logged.output(), 10)].join("\n"));
}

const listening = (port: number) =>
  new Promise<boolean>((resolve) => {
    const socket = connect(port, "127.0.0.1", () => {
      socket.end();
      resolve(true);
    });
    socket.on("error", () => resolve(false));
  });

/**
 * A process whose output goes to `<dir>/<name>-<pid>.log`, each line stamped with the time it
 * arrived, and is kept in memory (unstamped) for the test to read. A server started again gets a
 * new file: one start's lines are never read as another's.
 */
export interface Logged {
  name: string;
  file: string;
  child: ChildProcess;
  output(): string;
  exited: Promise<number | null>;
  /** After the exit, once its output has ended (every process holding its pipes ended) and its log file is written. */
  closed: Promise<void>;
}

/** Every process started here, so a run stops them all however it ends. */
const started: Logged[] = [];

/** Stops every process started here, the last started first, and waits for their logs. */
export async function stopAll(): Promise<void> {
  for (const logged of [...started].reverse()) {
    await stop(logged);
    await outputClosed(logged);
  }
}

/**
 * The last lines of every process's log, in the order they started, for a failed run's report:
 * a CI run keeps what the test printed, not the folder.
 */
export function logTails(count = 15): string {
  return started.map((logged) => [`── ${path.basename(logged.file)}`, ...tail(readFileSync(logged.file, "utf8"), count)].join("\n")).join("\n");
}

function startLogged(dir: string, name: string, command: string, args: string[], env: NodeJS.ProcessEnv = process.env, detached = false): Logged {
  const child = spawn(command, args, { cwd: ROOT, env, stdio: ["ignore", "pipe", "pipe"], detached });
  const logFile = path.join(dir, `${name}-${child.pid}.log`);
  const file = createWriteStream(logFile);
  const stamped = (line: string) => file.write(`${new Date().toISOString()} ${line}\n`);
  stamped(`started pid ${child.pid}${detached ? ` in process group ${child.pid}` : ""}: ${command} ${args.join(" ")}`);
  let output = "";
  // A chunk may end mid-line: the rest waits for that stream's next chunk, or the exit.
  const partial = { stdout: "", stderr: "" };
  const keep = (stream: keyof typeof partial) => (chunk: Buffer) => {
    const text = chunk.toString();
    output += text;
    const lines = (partial[stream] + text).split("\n");
    partial[stream] = lines.pop()!;
    lines.forEach(stamped);
  };
  child.stdout!.on("data", keep("stdout"));
  child.stderr!.on("data", keep("stderr"));
  const exited = new Promise<number | null>((resolve) => child.on("exit", (code) => resolve(code)));
  // After the exit and the last output, which may come in either order.
  const closed = new Promise<void>((resolve) =>
    child.on("close", () => {
      Object.values(partial).filter(Boolean).forEach(stamped);
      stamped(`pid ${child.pid} ended (${ended(child)})`);
      file.end(resolve);
    }),
  );
  const logged = { name, file: logFile, child, output: () => output, exited, closed };
  started.push(logged);
  return logged;
}

/** Stops a process with SIGTERM, and SIGKILL after `graceMs`; its exit code (null when killed). */
export async function stop(process: Logged, graceMs = 30_000): Promise<number | null> {
  if (hasExited(process.child)) return process.exited;
  process.child.kill("SIGTERM");
  const timer = setTimeout(() => process.child.kill("SIGKILL"), graceMs);
  try {
    return await process.exited;
  } finally {
    clearTimeout(timer);
  }
}

/**
 * PgBouncer in transaction mode before `databaseUrl`'s database. The app's queries pass: the pg
 * adapter sends unnamed statements (parse, bind, execute in one round trip), which any server
 * connection can take; it never names a prepared statement unless configured to.
 */
export async function startPgBouncer(dir: string, port: number, databaseUrl: string): Promise<{ url: string; process: Logged }> {
  const target = new URL(databaseUrl);
  const database = target.pathname.slice(1);
  const server = [`host=${target.hostname}`, `port=${target.port || 5432}`, `dbname=${database}`, `user=${decodeURIComponent(target.username)}`];
  if (target.password) server.push(`password=${decodeURIComponent(target.password)}`);
  const config = path.join(dir, "pgbouncer.ini");
  writeFileSync(
    config,
    [
      "[databases]",
      `${database} = ${server.join(" ")}`,
      "[pgbouncer]",
      "listen_addr = 127.0.0.1",
      `listen_port = ${port}`,
      "unix_socket_dir =",
      // Loopback only, and the connection to PostgreSQL is the one configured above.
      "auth_type = any",
      "pool_mode = transaction",
      "max_client_conn = 500",
      "default_pool_size = 20",
      "ignore_startup_parameters = extra_float_digits,options",
    ].join("\n"),
    { mode: 0o644 },
  );
  // PgBouncer refuses to run as root; as root it is told to switch to an unprivileged user.
  const args = process.getuid?.() === 0 ? ["-u", "nobody", config] : [config];
  const bouncer = startLogged(dir, "pgbouncer", "pgbouncer", args);
  const url = new URL(databaseUrl);
  url.port = String(port);
  url.hostname = "127.0.0.1";
  url.password = "";
  await until("PgBouncer answers", async () => {
    await stillRunning(bouncer);
    const client = new pg.Client({ connectionString: url.toString() });
    await client.connect();
    try {
      await client.query("SELECT 1");
      return true;
    } finally {
      await client.end();
    }
  });
  return { url: url.toString(), process: bouncer };
}

/**
 * HAProxy before `servers` (name → port): round-robin, a server taken out after three failed
 * checks of /api/ready (every 500 ms) and back after two good ones; a request that could not
 * connect is retried on another server. Each answer names its server in X-Served-By.
 */
export async function startHaproxy(dir: string, port: number, servers: Record<string, number>): Promise<Logged> {
  const config = path.join(dir, "haproxy.cfg");
  writeFileSync(
    config,
    [
      "global",
      "  maxconn 1000",
      "defaults",
      "  mode http",
      "  timeout connect 1s",
      "  timeout client 30s",
      "  timeout server 30s",
      // A check answered later than this counts as failed: generous, as the one server left
      // during a restart carries all the load on a small, busy machine.
      "  timeout check 5s",
      "  retries 3",
      "  option redispatch 1",
      "frontend app",
      `  bind 127.0.0.1:${port}`,
      "  default_backend servers",
      "backend servers",
      "  balance roundrobin",
      "  option httpchk GET /api/ready",
      "  http-check expect status 200",
      "  default-server inter 500ms fall 3 rise 2",
      "  http-response set-header X-Served-By %[srv_name]",
      ...Object.entries(servers).map(([name, serverPort]) => `  server ${name} 127.0.0.1:${serverPort} check`),
    ].join("\n") + "\n",
  );
  const haproxy = startLogged(dir, "haproxy", "haproxy", ["-db", "-f", config]);
  await until("HAProxy listens", async () => {
    await stillRunning(haproxy);
    return listening(port);
  });
  return haproxy;
}

export interface AppServer extends Logged {
  port: number;
  /** Pids of its server processes that said they serve, oldest first. */
  workerPids(): number[];
}

/** `npm start` (production, built already) on `port`, with the settings given, in a process group of its own. */
export function startServer(dir: string, name: string, port: number, env: NodeJS.ProcessEnv): AppServer {
  const server = startLogged(
    dir,
    name,
    process.execPath,
    ["--import", "tsx", path.join(ROOT, "scripts/start.ts")],
    { ...process.env, ...env, PORT: String(port), HOST: "127.0.0.1" },
    true,
  );
  return {
    ...server,
    port,
    workerPids: () => [...server.output().matchAll(/Server process (\d+) is serving\./g)].map((match) => Number(match[1])),
  };
}

/** `kill -9` of the whole server: `npm start`, its primary and its server processes at once, as when its machine dies. */
export async function killServer(server: AppServer): Promise<void> {
  process.kill(-server.child.pid!, "SIGKILL");
  await server.exited;
}

/**
 * True once the server itself (not the balancer) answers /api/ready with 200; else throws what it
 * answered, for `until` to report, and ends the wait if the server has exited.
 */
export async function serverIsReady(server: AppServer): Promise<boolean> {
  await stillRunning(server);
  // Bounded: whatever holds the port when the server could not take it may never answer.
  const response = await fetch(`http://127.0.0.1:${server.port}/api/ready`, { signal: AbortSignal.timeout(5_000) });
  const body = await response.text();
  if (response.status !== 200) throw new Error(`${server.name}'s /api/ready answered ${response.status} ${body.slice(0, 200)}`);
  return true;
}

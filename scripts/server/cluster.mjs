/**
 * The primary of `npm start`'s server processes (node:cluster): `node cluster.mjs <workers>
 * <server.js> <preload>` forks that many copies of Next's standalone server, which share the
 * port. A copy that dies is replaced; one that dies before it ever listened stops them all, as
 * a broken start would only repeat. SIGTERM or SIGINT passes to every copy, which finishes its
 * requests (graceful-shutdown.mjs); the primary exits when they have.
 */
import cluster from "node:cluster";

const [workersArg, serverScript, preload] = process.argv.slice(2);
const workers = Number(workersArg);
if (!Number.isInteger(workers) || workers < 1 || !serverScript || !preload) {
  console.error("usage: node cluster.mjs <workers> <server.js> <preload>");
  process.exit(2);
}

cluster.setupPrimary({ exec: serverScript, execArgv: ["--import", preload] });

const listened = new WeakSet();
let stopping = false;

function fork() {
  const worker = cluster.fork();
  worker.once("listening", () => {
    listened.add(worker);
    console.log(`Server process ${worker.process.pid} is serving.`);
  });
}

cluster.on("exit", (worker, code, signal) => {
  if (stopping) {
    if (code !== 0) process.exitCode = 1;
    if (Object.keys(cluster.workers ?? {}).length === 0) process.exit();
    return;
  }
  const how = signal ? `signal ${signal}` : `exit code ${code}`;
  if (!listened.has(worker)) {
    console.error(`Server process ${worker.process.pid} ended (${how}) before it listened; stopping.`);
    stop("SIGTERM", 1);
    return;
  }
  console.error(`Server process ${worker.process.pid} ended (${how}); starting another.`);
  fork();
});

function stop(signal, code = 0) {
  stopping = true;
  if (code !== 0) process.exitCode = code;
  const running = Object.values(cluster.workers ?? {});
  if (running.length === 0) process.exit();
  for (const worker of running) worker?.process.kill(signal);
}

process.on("SIGTERM", () => stop("SIGTERM"));
// Ctrl+C reaches the copies too, as they share the terminal's process group.
process.on("SIGINT", () => stop("SIGINT"));

for (let index = 0; index < workers; index += 1) fork();

/**
 * The primary of `npm start`'s server processes (node:cluster): `node cluster.mjs <workers>
 * <server.js> <preload>` forks that many copies of Next's standalone server, which share the
 * port. A copy that dies is replaced: at once if it had served a while, else after a wait that
 * doubles with each quick death in a row, and after five of those the primary stops them all, as
 * a copy that keeps dying would only burn the CPU its neighbours serve with. One that dies before
 * it ever listened stops them all at once, as a broken start would only repeat. SIGTERM or SIGINT
 * passes to every copy, which finishes its requests (graceful-shutdown.mjs); the primary exits
 * when they have.
 */
import cluster from "node:cluster";

/** A copy that served this long had started well: its death is not counted against its place. */
const STEADY_MS = 60_000;
/** Quick deaths in a row, in one place, after which the primary gives up. */
const MAX_QUICK_DEATHS = 5;
/** The wait before the second quick death's replacement; it doubles for each one after. */
const FIRST_WAIT_MS = 500;

const [workersArg, serverScript, preload] = process.argv.slice(2);
const workers = Number(workersArg);
if (!Number.isInteger(workers) || workers < 1 || !serverScript || !preload) {
  console.error("usage: node cluster.mjs <workers> <server.js> <preload>");
  process.exit(2);
}

cluster.setupPrimary({ exec: serverScript, execArgv: ["--import", preload] });

/**
 * Each of the `workers` places: when its current copy began listening (undefined until it has),
 * and how many of its copies in a row died within STEADY_MS of that.
 */
const places = new Map();
let stopping = false;

function fork(place) {
  const worker = cluster.fork();
  place.listeningSince = undefined;
  places.set(worker, place);
  worker.once("listening", () => {
    place.listeningSince = Date.now();
    console.log(`Server process ${worker.process.pid} is serving.`);
  });
}

cluster.on("exit", (worker, code, signal) => {
  if (stopping) {
    if (code !== 0) process.exitCode = 1;
    if (Object.keys(cluster.workers ?? {}).length === 0) process.exit();
    return;
  }
  const place = places.get(worker);
  places.delete(worker);
  const how = signal ? `signal ${signal}` : `exit code ${code}`;
  if (place.listeningSince === undefined) {
    console.error(`Server process ${worker.process.pid} ended (${how}) before it listened; stopping.`);
    stop("SIGTERM", 1);
    return;
  }
  place.quickDeaths = Date.now() - place.listeningSince < STEADY_MS ? place.quickDeaths + 1 : 1;
  if (place.quickDeaths >= MAX_QUICK_DEATHS) {
    console.error(`Server process ${worker.process.pid} ended (${how}), the ${MAX_QUICK_DEATHS}th in a row within ${STEADY_MS / 1000} s of serving; stopping.`);
    stop("SIGTERM", 1);
    return;
  }
  if (place.quickDeaths === 1) {
    console.error(`Server process ${worker.process.pid} ended (${how}); starting another.`);
    fork(place);
    return;
  }
  const wait = FIRST_WAIT_MS * 2 ** (place.quickDeaths - 2);
  console.error(`Server process ${worker.process.pid} ended (${how}), ${place.quickDeaths} in a row within ${STEADY_MS / 1000} s of serving; starting another in ${wait} ms.`);
  setTimeout(() => stopping || fork(place), wait);
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

for (let index = 0; index < workers; index += 1) fork({ listeningSince: undefined, quickDeaths: 0 });

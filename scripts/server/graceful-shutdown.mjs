/**
 * SIGTERM (or SIGINT) in an app server process: readiness answers 503 at once, so balancers stop
 * sending; after SHUTDOWN_DRAIN_MS the server stops accepting, finishes the requests in flight,
 * closes the database pool and exits 0. What is still open after SHUTDOWN_TIMEOUT_MS more is cut
 * and the process exits 1. Next's own handler would exit at once (143), dropping requests in flight.
 */

/** Read by lib/server/readiness.ts. */
const SHUTTING_DOWN = Symbol.for("zero-trust-readiness.shutting-down");
/** A keep-alive connection turns idle when its response ends: closed within this, not after KEEP_ALIVE_TIMEOUT. */
const IDLE_SWEEP_MS = 50;

/** A duration setting in milliseconds: a whole number from 0 to 10 minutes, else a clear error. */
export function millisecondsSetting(env, name, fallback) {
  const raw = env[name];
  if (raw === undefined || raw === "") return fallback;
  const value = Number(raw);
  if (!Number.isInteger(value) || value < 0 || value > 600_000) throw new Error(`${name}=${raw}: a duration in milliseconds, a whole number from 0 to 600000.`);
  return value;
}

export function shutdownSettings(env) {
  return { drainMs: millisecondsSetting(env, "SHUTDOWN_DRAIN_MS", 0), timeoutMs: millisecondsSetting(env, "SHUTDOWN_TIMEOUT_MS", 20_000) };
}

function closeServer(server) {
  return new Promise((resolve) => {
    const sweep = setInterval(() => server.closeIdleConnections(), IDLE_SWEEP_MS);
    server.close(() => {
      clearInterval(sweep);
      resolve();
    });
    server.closeIdleConnections();
  });
}

/**
 * Shuts `servers` down gracefully on the first SIGTERM or SIGINT; `closeResources` then closes
 * what the app holds (the database pool).
 */
export function closeGracefullyOnSignal(servers, { drainMs, timeoutMs }, closeResources) {
  let closing = false;
  const shutDown = async (signal) => {
    if (closing) return;
    closing = true;
    globalThis[SHUTTING_DOWN] = true;
    console.log(`Server process ${process.pid}: ${signal}, finishing requests in flight.`);
    setTimeout(() => {
      console.error(`Server process ${process.pid}: requests still open after ${timeoutMs} ms, closing them.`);
      for (const server of servers) server.closeAllConnections();
      process.exit(1);
    }, drainMs + timeoutMs).unref();
    await new Promise((resolve) => setTimeout(resolve, drainMs));
    await Promise.all([...servers].map(closeServer));
    await closeResources();
    process.exit(0);
  };
  process.on("SIGTERM", () => void shutDown("SIGTERM"));
  process.on("SIGINT", () => void shutDown("SIGINT"));
}

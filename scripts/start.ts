/**
 * `npm start`: the app on the embedded database (or DATABASE_URL), migrated, seeded on
 * first start, built when sources changed, in WEB_CONCURRENCY server processes sharing the
 * port. `npm run dev` runs `next dev` the same way.
 */
import { spawn } from "node:child_process";
import path from "node:path";
import { buildApp, buildIsStale, devServerEnv, startAppCluster, waitForServer } from "./app-server";
import { configuredDatabaseUrl, configuredMigrationUrl, EMBEDDED_DATA_DIR, EMBEDDED_PORT, embeddedPassword } from "./db/database-url";
import { EMBEDDED_POOL_SIZE, startEmbeddedPostgres } from "./db/embedded-postgres";
import { prepareDatabase } from "./db/prepare";
import { ROOT } from "./db/schema-engine";
import { readOrCreateSecret } from "./db/secret-file";
import { DEMO_LOGIN } from "./db/seed";
import { orStopIfPortTaken, portSetting, probePort, stopWith } from "./ports";
import { poolSizePerProcess, webConcurrency } from "./web-concurrency";
import { SETUP_CODE_TTL_MINUTES } from "../lib/setup-code";

/** A setting's value, or the command stops with the setting's own message. */
function settingOrStop<T>(read: () => T): T {
  try {
    return read();
  } catch (error) {
    stopWith((error as Error).message);
  }
}

function countSetting(variable: string, fallback: number): number {
  const raw = process.env[variable];
  const value = Number(raw ?? fallback);
  if (!Number.isInteger(value) || value < 1) stopWith(`${variable}=${raw}: a whole number, 1 or more.`);
  return value;
}

const dev = process.argv.includes("--dev");
const port = portSetting("PORT", 3000);
const host = process.env.HOST ?? "localhost";
const appUrl = process.env.BETTER_AUTH_URL ?? `http://${host}:${port}`;
// Checked before the database starts and the app builds, which can take minutes.
await orStopIfPortTaken("PORT", () => probePort(host, port));

/** A signing secret kept under .data/ (owner-only) so sessions survive restarts; BETTER_AUTH_SECRET wins. */
const authSecret = () => process.env.BETTER_AUTH_SECRET || readOrCreateSecret(path.join(ROOT, ".data/auth-secret"));

const serverUrl = configuredDatabaseUrl();
const workers = dev ? 1 : settingOrStop(() => webConcurrency(process.env.WEB_CONCURRENCY, !serverUrl));
const poolSize = countSetting("DATABASE_POOL_SIZE", serverUrl ? 10 : Number(EMBEDDED_POOL_SIZE));
// The default port may be taken (by another checkout's database, say): any free one will do, as
// the app is handed the address. A port the user chose is kept to, or start stops and says so.
const embeddedPortChosen = process.env.EMBEDDED_DB_PORT !== undefined;
const embeddedPort = portSetting("EMBEDDED_DB_PORT", EMBEDDED_PORT);
const embedded = serverUrl
  ? undefined
  : await orStopIfPortTaken("EMBEDDED_DB_PORT", () =>
      startEmbeddedPostgres({ dataDir: EMBEDDED_DATA_DIR, port: embeddedPort, password: embeddedPassword(), ifPortTaken: embeddedPortChosen ? "fail" : "any-free-port" }),
    );
if (embedded && embedded.port !== embeddedPort) {
  console.log(`Port ${embeddedPort} on 127.0.0.1 is taken: the embedded database listens on 127.0.0.1:${embedded.port} instead (EMBEDDED_DB_PORT chooses the port).`);
}
const databaseUrl = serverUrl ?? embedded!.url;

const prepared = await prepareDatabase({
  url: databaseUrl,
  migrationUrl: serverUrl ? configuredMigrationUrl()! : databaseUrl,
  embedded: Boolean(embedded),
  seedDemoData: process.env.SEED_DEMO_DATA,
});
if (prepared.applied.length) console.log(`Applied migrations: ${prepared.applied.join(", ")}`);

const env: NodeJS.ProcessEnv = {
  ...process.env,
  DATABASE_URL: databaseUrl,
  DATABASE_POOL_SIZE: String(poolSizePerProcess(poolSize, workers)),
  BETTER_AUTH_SECRET: authSecret(),
  BETTER_AUTH_URL: appUrl,
};

if (!dev && buildIsStale()) {
  console.log("Building the app (first start, or sources changed)…");
  buildApp(env);
}
const app = dev
  ? spawn(path.join(ROOT, "node_modules/.bin/next"), ["dev", "-p", String(port), "-H", host], { cwd: ROOT, stdio: "inherit", env: devServerEnv(env) })
  : startAppCluster({ port, host, env, workers });
// The servers finish their requests first (scripts/server/graceful-shutdown.mjs); the embedded database closes after them.
process.on("SIGINT", () => app.kill("SIGTERM"));
process.on("SIGTERM", () => app.kill("SIGTERM"));
app.on("exit", (code) => {
  void (embedded?.stop() ?? Promise.resolve()).then(() => process.exit(code ?? 1));
});

await waitForServer(`${appUrl}/sign-in`, app, 120_000);
const firstRun = prepared.setupCode
  ? `First run: the database has no users. Create the first owner at ${appUrl}/setup
  with the one-time setup code  ${prepared.setupCode}  (valid ${SETUP_CODE_TTL_MINUTES} minutes; each start prints a new one),
  or offline: npm run create-owner -- --email you@example.com --name "Your Name"`
  : prepared.demo === "off"
    ? "Demo data: not seeded (SEED_DEMO_DATA=true adds it to an empty database)."
    : prepared.demo === "absent"
      ? "Demo data: not added, the database already had users."
      : `Demo login (created on first start): ${DEMO_LOGIN.email} / ${DEMO_LOGIN.password}`;
console.log(`
  Zero Trust Readiness is running at ${appUrl}${dev ? "" : ` (${workers} server process${workers === 1 ? "" : "es"})`}
  ${firstRun}
  Database: ${embedded ? `embedded PostgreSQL (PGlite) on 127.0.0.1:${embedded.port}, password in .data/embedded-db-password, data in ${path.relative(ROOT, EMBEDDED_DATA_DIR)}/` : "DATABASE_URL"}
  Press Ctrl+C to stop.
`);

/**
 * `npm start`: the app on the embedded database (or DATABASE_URL), migrated, seeded on
 * first start, built when sources changed. `npm run dev` runs `next dev` the same way.
 */
import { spawn } from "node:child_process";
import { randomBytes } from "node:crypto";
import { chmodSync, existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { buildApp, buildIsStale, startAppServer, waitForServer } from "./app-server";
import { configuredDatabaseUrl, EMBEDDED_DATA_DIR, EMBEDDED_PORT } from "./db/database-url";
import { EMBEDDED_POOL_SIZE, startEmbeddedPostgres } from "./db/embedded-postgres";
import { applyMigrations, ROOT } from "./db/schema-engine";
import { DEMO_LOGIN, seedDemoData } from "./db/seed";

const dev = process.argv.includes("--dev");
const port = Number(process.env.PORT ?? 3000);
const host = process.env.HOST ?? "localhost";
const appUrl = process.env.BETTER_AUTH_URL ?? `http://${host}:${port}`;

/** A signing secret kept under .data/ so sessions survive restarts; BETTER_AUTH_SECRET wins. */
function authSecret(): string {
  if (process.env.BETTER_AUTH_SECRET) return process.env.BETTER_AUTH_SECRET;
  const file = path.join(ROOT, ".data/auth-secret");
  if (!existsSync(file)) {
    mkdirSync(path.dirname(file), { recursive: true });
    writeFileSync(file, randomBytes(32).toString("base64url"));
    chmodSync(file, 0o600);
  }
  return readFileSync(file, "utf8").trim();
}

const serverUrl = configuredDatabaseUrl();
const embedded = serverUrl ? undefined : await startEmbeddedPostgres({ dataDir: EMBEDDED_DATA_DIR, port: EMBEDDED_PORT });
const databaseUrl = serverUrl ?? embedded!.url;

const applied = await applyMigrations(databaseUrl);
if (applied.length) console.log(`Applied migrations: ${applied.join(", ")}`);
const seeded = process.env.SEED_DEMO_DATA === "false" ? "skipped" : await seedDemoData(databaseUrl);

const env: NodeJS.ProcessEnv = { ...process.env, DATABASE_URL: databaseUrl, BETTER_AUTH_SECRET: authSecret(), BETTER_AUTH_URL: appUrl };
if (embedded) env.DATABASE_POOL_SIZE ??= EMBEDDED_POOL_SIZE;

if (!dev && buildIsStale()) {
  console.log("Building the app (first start, or sources changed)…");
  buildApp(env);
}
const app = dev
  ? spawn(path.join(ROOT, "node_modules/.bin/next"), ["dev", "-p", String(port), "-H", host], { cwd: ROOT, stdio: "inherit", env })
  : startAppServer({ port, host, env });

async function shutdown(code: number): Promise<never> {
  app.kill("SIGTERM");
  await embedded?.stop();
  process.exit(code);
}
process.on("SIGINT", () => void shutdown(0));
process.on("SIGTERM", () => void shutdown(0));
app.on("exit", (code) => void shutdown(code ?? 1));

await waitForServer(`${appUrl}/sign-in`, 120_000);
console.log(`
  Zero Trust Readiness is running at ${appUrl}
  ${seeded === "skipped" ? "Demo data: not seeded (SEED_DEMO_DATA=false)." : `Demo login (created on first start): ${DEMO_LOGIN.email} / ${DEMO_LOGIN.password}`}
  Database: ${embedded ? `embedded PostgreSQL (PGlite), data in ${path.relative(ROOT, EMBEDDED_DATA_DIR)}/` : "DATABASE_URL"}
  Press Ctrl+C to stop.
`);

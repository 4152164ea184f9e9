import "server-only";
import { readdir } from "node:fs/promises";
import path from "node:path";
import { prisma } from "./db";

/**
 * Whether this server should get traffic: it is not shutting down, it has this build's migrations
 * folder, and its database answers and holds every migration in it. Unauthenticated (load
 * balancers and probes call it), so it says only which of these failed.
 */
export type Readiness = { ready: true } | { ready: false; reason: "shutting_down" | "migrations_missing" | "database_unreachable" | "migrations_pending" };

/** Set by scripts/server/graceful-shutdown.mjs on SIGTERM, so balancers stop sending before the server closes. */
const SHUTTING_DOWN = Symbol.for("zero-trust-readiness.shutting-down");

/**
 * The migrations folder beside the running server: the checkout's in development and tests, the
 * copy in .next/standalone (scripts/app-server.ts, Dockerfile) in production.
 */
export const MIGRATIONS_DIR = path.join(process.cwd(), "prisma/migrations");

/** Once current, always current: new migrations come with a new build, which is a new process. */
let migrationsCurrent = false;

/**
 * The migrations of this build, or null when its folder is missing, unreadable or empty (a
 * deployment that left it out): every build has migrations, and with none every database
 * would look current.
 */
async function expectedMigrations(migrationsDir: string): Promise<string[] | null> {
  try {
    const entries = await readdir(migrationsDir, { withFileTypes: true });
    const names = entries.filter((entry) => entry.isDirectory()).map((entry) => entry.name);
    if (names.length > 0) return names;
    console.error(`Readiness check: the migrations folder ${migrationsDir} holds no migrations.`);
  } catch (error) {
    console.error(`Readiness check: cannot read the migrations folder ${migrationsDir}.`, error);
  }
  return null;
}

async function appliedMigrations(): Promise<Set<string>> {
  const [table] = await prisma.$queryRaw<{ present: boolean }[]>`SELECT to_regclass('_prisma_migrations') IS NOT NULL AS present`;
  if (!table?.present) return new Set();
  const rows = await prisma.$queryRaw<{ migration_name: string }[]>`
    SELECT migration_name FROM _prisma_migrations WHERE finished_at IS NOT NULL AND rolled_back_at IS NULL`;
  return new Set(rows.map((row) => row.migration_name));
}

/** `migrationsDir` is for tests; the server reads the folder beside it. */
export async function readiness(migrationsDir = MIGRATIONS_DIR): Promise<Readiness> {
  if ((globalThis as Record<symbol, unknown>)[SHUTTING_DOWN]) return { ready: false, reason: "shutting_down" };
  // Checked before the database: a missing folder is this server's fault, not the database's.
  const expected = migrationsCurrent ? [] : await expectedMigrations(migrationsDir);
  if (expected === null) return { ready: false, reason: "migrations_missing" };
  try {
    if (migrationsCurrent) {
      await prisma.$queryRaw`SELECT 1`;
      return { ready: true };
    }
    const applied = await appliedMigrations();
    migrationsCurrent = expected.every((name) => applied.has(name));
    return migrationsCurrent ? { ready: true } : { ready: false, reason: "migrations_pending" };
  } catch (error) {
    console.error("Readiness check: the database did not answer.", error);
    return { ready: false, reason: "database_unreachable" };
  }
}

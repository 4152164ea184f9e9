import "server-only";
import { readdir } from "node:fs/promises";
import path from "node:path";
import { prisma } from "./db";

/**
 * Whether this server should get traffic: it is not shutting down, its database answers and
 * holds every migration of this build. Unauthenticated (load balancers and probes call it), so
 * it says only which of the three failed.
 */
export type Readiness = { ready: true } | { ready: false; reason: "shutting_down" | "database_unreachable" | "migrations_pending" };

/** Set by scripts/server/graceful-shutdown.mjs on SIGTERM, so balancers stop sending before the server closes. */
const SHUTTING_DOWN = Symbol.for("zero-trust-readiness.shutting-down");

/**
 * The migrations folder beside the running server: the checkout's in development and tests, the
 * copy in .next/standalone (scripts/app-server.ts, Dockerfile) in production.
 */
export const MIGRATIONS_DIR = path.join(process.cwd(), "prisma/migrations");

/** Once current, always current: new migrations come with a new build, which is a new process. */
let migrationsCurrent = false;

async function expectedMigrations(): Promise<string[]> {
  const entries = await readdir(MIGRATIONS_DIR, { withFileTypes: true });
  return entries.filter((entry) => entry.isDirectory()).map((entry) => entry.name);
}

async function appliedMigrations(): Promise<Set<string>> {
  const [table] = await prisma.$queryRaw<{ present: boolean }[]>`SELECT to_regclass('_prisma_migrations') IS NOT NULL AS present`;
  if (!table?.present) return new Set();
  const rows = await prisma.$queryRaw<{ migration_name: string }[]>`
    SELECT migration_name FROM _prisma_migrations WHERE finished_at IS NOT NULL AND rolled_back_at IS NULL`;
  return new Set(rows.map((row) => row.migration_name));
}

export async function readiness(): Promise<Readiness> {
  if ((globalThis as Record<symbol, unknown>)[SHUTTING_DOWN]) return { ready: false, reason: "shutting_down" };
  try {
    if (migrationsCurrent) {
      await prisma.$queryRaw`SELECT 1`;
      return { ready: true };
    }
    const applied = await appliedMigrations();
    migrationsCurrent = (await expectedMigrations()).every((name) => applied.has(name));
    return migrationsCurrent ? { ready: true } : { ready: false, reason: "migrations_pending" };
  } catch (error) {
    console.error("Readiness check: the database did not answer.", error);
    return { ready: false, reason: "database_unreachable" };
  }
}

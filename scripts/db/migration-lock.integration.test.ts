import { spawn } from "node:child_process";
import path from "node:path";
import pg from "pg";
import { afterEach, describe, expect, inject, it } from "vitest";
import { applyMigrations, MIGRATION_LOCK, readMigrations, ROOT } from "./schema-engine";
import { createTemporaryDatabase } from "./temporary-database";
import type { ShadowDatabase } from "./schema-engine";

/** Two processes need a real server: the embedded database is one process's, and one session for all. */
const LOCAL_SERVER = "postgresql://postgres@127.0.0.1:5432/postgres";

let database: ShadowDatabase | undefined;
afterEach(async () => {
  await database?.drop();
  database = undefined;
});

/** `npm run db:migrate` in a process of its own. */
function migrate(url: string): Promise<{ code: number | null; output: string }> {
  const child = spawn(process.execPath, ["--import", "tsx", path.join(ROOT, "scripts/db/migrate.ts")], {
    cwd: ROOT,
    env: { PATH: process.env.PATH, HOME: process.env.HOME, NODE_ENV: "production", DATABASE_URL: url },
  });
  let output = "";
  child.stdout.on("data", (chunk: Buffer) => (output += chunk.toString()));
  child.stderr.on("data", (chunk: Buffer) => (output += chunk.toString()));
  return new Promise((resolve) => child.on("exit", (code) => resolve({ code, output })));
}

async function waitersForMigrationLock(client: pg.Client): Promise<number> {
  const { rows } = await client.query<{ waiting: number }>(
    "SELECT count(*)::int AS waiting FROM pg_locks WHERE locktype = 'advisory' AND objid = $1 AND NOT granted",
    [MIGRATION_LOCK],
  );
  return rows[0]!.waiting;
}

describe("migrations started by two processes at once", () => {
  it("wait for the migration lock, then apply each migration once: one process applies them all, the other finds nothing to do", async () => {
    database = await createTemporaryDatabase(inject("databaseServerUrl") ?? LOCAL_SERVER, "zt_migration_lock");
    const expected = (await readMigrations()).migrationDirectories.map((directory) => directory.path);
    // Held here first, as by a third server migrating, so both processes are seen waiting for it.
    const holder = new pg.Client({ connectionString: database.url });
    await holder.connect();
    try {
      await holder.query("SELECT pg_advisory_lock($1)", [MIGRATION_LOCK]);
      const running = Promise.all([migrate(database.url), migrate(database.url)]);
      while ((await waitersForMigrationLock(holder)) < 2) await new Promise((resolve) => setTimeout(resolve, 100));
      expect((await holder.query("SELECT to_regclass('_prisma_migrations') AS tracked")).rows).toEqual([{ tracked: null }]);
      await holder.query("SELECT pg_advisory_unlock($1)", [MIGRATION_LOCK]);
      const runs = await running;

      expect(runs.map((run) => run.code), runs.map((run) => run.output).join("\n")).toEqual([0, 0]);
      expect(runs.map((run) => run.output.trim()).sort()).toEqual([`Applied ${expected.length} migration(s): ${expected.join(", ")}`, "Database is up to date."]);
      const { rows } = await holder.query<{ migration_name: string; times: number }>(
        "SELECT migration_name, count(*)::int AS times FROM _prisma_migrations WHERE finished_at IS NOT NULL GROUP BY migration_name ORDER BY migration_name",
      );
      expect(rows).toEqual(expected.map((name) => ({ migration_name: name, times: 1 })));
    } finally {
      await holder.end();
    }
  });
});

describe("the migration lock", () => {
  it("gives up waiting after the lock timeout, naming the session that holds the lock, and applies nothing", async () => {
    database = await createTemporaryDatabase(inject("databaseServerUrl") ?? LOCAL_SERVER, "zt_migration_lock");
    const holder = new pg.Client({ connectionString: database.url, application_name: "stuck-migration" });
    await holder.connect();
    try {
      await holder.query("SELECT pg_advisory_lock($1)", [MIGRATION_LOCK]);
      const holderPid = (await holder.query<{ pid: number }>("SELECT pg_backend_pid() AS pid")).rows[0]!.pid;
      const started = Date.now();
      await expect(applyMigrations(database.url, { lockTimeoutMs: 500 })).rejects.toThrow(
        new RegExp(`^Waited 0\\.5 s for the migration lock \\(advisory lock ${MIGRATION_LOCK}\\), held by PostgreSQL session ${holderPid} \\(stuck-migration, `),
      );
      expect(Date.now() - started).toBeLessThan(10_000);
      expect((await holder.query("SELECT to_regclass('_prisma_migrations') AS tracked")).rows).toEqual([{ tracked: null }]);
      // Its wait left no lock behind: once the holder lets go, the next start migrates.
      await holder.query("SELECT pg_advisory_unlock($1)", [MIGRATION_LOCK]);
      expect((await applyMigrations(database.url, { lockTimeoutMs: 500 })).length).toBe((await readMigrations()).migrationDirectories.length);
    } finally {
      await holder.end();
    }
  });
});

import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import pg from "pg";
import { afterAll, describe, expect, inject, it } from "vitest";
import { startEmbeddedPostgres } from "@/scripts/db/embedded-postgres";
import { applyMigrations, readMigrations } from "@/scripts/db/schema-engine";
import { createTemporaryDatabase } from "@/scripts/db/temporary-database";

// A database of its own, empty at first: the app's one Prisma client is pointed at it before it loads.
const serverUrl = inject("databaseServerUrl");
const database = serverUrl
  ? await createTemporaryDatabase(serverUrl, "zt_readiness")
  : await startEmbeddedPostgres({ port: 0 }).then((embedded) => ({ url: embedded.url, drop: () => embedded.stop() }));
process.env.DATABASE_URL = database.url;
process.env.DATABASE_POOL_SIZE = "1";
const health = await import("@/app/api/health/route");
const ready = await import("@/app/api/ready/route");
const { readiness: readinessOf } = await import("@/lib/server/readiness");

let dropped = false;
afterAll(async () => {
  if (!dropped) await database.drop();
});

async function sql(query: string, values: unknown[] = []): Promise<pg.QueryResult> {
  const client = new pg.Client({ connectionString: database.url });
  await client.connect();
  try {
    return await client.query(query, values);
  } finally {
    await client.end();
  }
}

async function readiness(): Promise<{ status: number; body: unknown; cacheControl: string | null }> {
  const response = await ready.GET();
  return { status: response.status, body: await response.json(), cacheControl: response.headers.get("cache-control") };
}

describe("GET /api/health", () => {
  it("answers while the process runs, whatever the database's state", async () => {
    const response = health.GET();
    expect(response.status).toBe(200);
    expect(response.headers.get("cache-control")).toBe("no-store");
    expect(await response.json()).toEqual({ status: "ok" });
  });
});

describe("GET /api/ready", () => {
  it("is 503 until every migration of this build is applied, then 200 (503 too without the build's migrations); 503 again when shutting down or when the database is gone", async () => {
    expect(await readiness()).toEqual({ status: 503, body: { status: "not_ready", reason: "migrations_pending" }, cacheControl: "no-store" });
    // A deployment that left the build's migrations folder out, or copied it empty, is told apart.
    const emptyFolder = mkdtempSync(path.join(tmpdir(), "zt-migrations-"));
    try {
      expect(await readinessOf(path.join(emptyFolder, "absent"))).toEqual({ ready: false, reason: "migrations_missing" });
      expect(await readinessOf(emptyFolder)).toEqual({ ready: false, reason: "migrations_missing" });
    } finally {
      rmSync(emptyFolder, { recursive: true, force: true });
    }

    await applyMigrations(database.url);
    const newest = (await readMigrations()).migrationDirectories.at(-1)!.path;
    const row = (await sql("SELECT * FROM _prisma_migrations WHERE migration_name = $1", [newest])).rows[0] as Record<string, unknown>;
    await sql("DELETE FROM _prisma_migrations WHERE migration_name = $1", [newest]);
    expect(await readiness(), "the build has a migration the database lacks").toMatchObject({ status: 503, body: { reason: "migrations_pending" } });

    const columns = Object.keys(row);
    await sql(`INSERT INTO _prisma_migrations (${columns.join(", ")}) VALUES (${columns.map((_, index) => `$${index + 1}`).join(", ")})`, Object.values(row));
    expect(await readiness()).toEqual({ status: 200, body: { status: "ready" }, cacheControl: "no-store" });

    const shuttingDown = Symbol.for("zero-trust-readiness.shutting-down");
    (globalThis as Record<symbol, unknown>)[shuttingDown] = true;
    try {
      expect(await readiness()).toMatchObject({ status: 503, body: { reason: "shutting_down" } });
    } finally {
      delete (globalThis as Record<symbol, unknown>)[shuttingDown];
    }

    await database.drop();
    dropped = true;
    expect(await readiness()).toMatchObject({ status: 503, body: { reason: "database_unreachable" } });
  });
});

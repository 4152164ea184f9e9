import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import pg from "pg";
import { afterAll, describe, expect, it } from "vitest";
import { startEmbeddedPostgres } from "./embedded-postgres";
import { applyMigrations, readMigrations } from "./schema-engine";

const dataDir = mkdtempSync(path.join(tmpdir(), "zt-pglite-"));
afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

async function query<T>(url: string, sql: string, values: unknown[] = []): Promise<T[]> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return (await client.query(sql, values)).rows as T[];
  } finally {
    await client.end();
  }
}

describe("embedded database", () => {
  it("keeps migrated schema and data across a restart", async () => {
    const first = await startEmbeddedPostgres({ dataDir, port: 0 });
    try {
      const { migrationDirectories } = await readMigrations();
      expect(await applyMigrations(first.url)).toEqual(migrationDirectories.map((directory) => directory.path));
      await query(first.url, `INSERT INTO organizations (id, name, slug, "updatedAt") VALUES ($1, $2, $3, now())`, ["org1", "Survivor", "survivor"]);
    } finally {
      await first.stop();
    }

    const second = await startEmbeddedPostgres({ dataDir, port: 0 });
    try {
      expect(await applyMigrations(second.url)).toEqual([]);
      expect(await query<{ name: string }>(second.url, "SELECT name FROM organizations")).toEqual([{ name: "Survivor" }]);
    } finally {
      await second.stop();
    }
  });
});

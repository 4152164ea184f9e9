import { mkdtempSync, rmSync } from "node:fs";
import { connect } from "node:net";
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

/** The startup message a client sends first, then a query it sends without waiting to be let in. */
function startupThenQuery(): Buffer {
  const parameters = Buffer.from("user\0postgres\0database\0postgres\0\0");
  const startup = Buffer.alloc(8);
  startup.writeInt32BE(8 + parameters.length, 0);
  startup.writeInt32BE(196608, 4);
  const sql = Buffer.from("SELECT 'leaked'\0");
  const query = Buffer.alloc(5);
  query.write("Q", 0);
  query.writeInt32BE(4 + sql.length, 1);
  return Buffer.concat([startup, parameters, query, sql]);
}

describe("embedded database access", () => {
  it("listens on 127.0.0.1 only and lets in only clients that know its password", async () => {
    const embedded = await startEmbeddedPostgres({ port: 0, password: "correct horse battery" });
    try {
      const url = new URL(embedded.url);
      expect(url.hostname).toBe("127.0.0.1");
      expect(await query<{ ok: number }>(embedded.url, "SELECT 1 AS ok")).toEqual([{ ok: 1 }]);

      url.password = "wrong";
      await expect(query(url.toString(), "SELECT 1")).rejects.toMatchObject({ code: "28P01" });
      url.password = "";
      await expect(query(url.toString(), "SELECT 1")).rejects.toThrow();

      // A client that skips authentication gets a password challenge, then is cut off: never a result.
      const received = await new Promise<Buffer>((resolve) => {
        const chunks: Buffer[] = [];
        const socket = connect(Number(url.port), "127.0.0.1", () => socket.write(startupThenQuery()));
        socket.on("data", (chunk) => chunks.push(chunk));
        socket.on("close", () => resolve(Buffer.concat(chunks)));
      });
      expect(String.fromCharCode(received[0]!)).toBe("R");
      expect(received.readInt32BE(5)).toBe(10); // AuthenticationSASL
      expect(received.toString("latin1")).not.toContain("leaked");
    } finally {
      await embedded.stop();
    }
  });
});

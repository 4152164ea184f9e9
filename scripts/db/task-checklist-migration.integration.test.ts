/**
 * The migration that turned a next step's free-text tasks into a checklist rewrites existing
 * rows: run its SQL on a copy of the old table, in a schema of its own, and read the result.
 */
import { randomBytes } from "node:crypto";
import { readFileSync } from "node:fs";
import path from "node:path";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { ROOT } from "./schema-engine";

const MIGRATION = path.join(ROOT, "prisma/migrations/20261206005107_next_step_task_checklist/migration.sql");
const schema = `task_migration_${randomBytes(4).toString("hex")}`;
const client = new pg.Client({ connectionString: inject("databaseUrl") });

beforeAll(async () => {
  await client.connect();
  await client.query(`CREATE SCHEMA ${schema}`);
  await client.query(`SET search_path TO ${schema}`);
  // The table as the migration found it: tasks as one text.
  await client.query(`CREATE TABLE next_steps (id text PRIMARY KEY, tasks text NOT NULL DEFAULT '')`);
});

afterAll(async () => {
  await client.query(`DROP SCHEMA ${schema} CASCADE`);
  await client.end();
});

describe("migration 20261206005107_next_step_task_checklist", () => {
  it("turns each non-blank line into an open task, in order, within the limits", async () => {
    const rows: [string, string][] = [
      ["lines", "Enrol laptops\r\n\n  Enrol phones  \nReport coverage"],
      ["empty", ""],
      ["blank", " \n\t\n"],
      ["control", "Tab\there\u0007bell"],
      ["long", "x".repeat(600)],
      ["many", Array.from({ length: 60 }, (_, index) => `Task ${index + 1}`).join("\n")],
    ];
    for (const [id, tasks] of rows) await client.query("INSERT INTO next_steps (id, tasks) VALUES ($1, $2)", [id, tasks]);

    await client.query(readFileSync(MIGRATION, "utf8"));

    const { rows: result } = await client.query<{ id: string; tasks: { text: string; done: boolean }[] }>("SELECT id, tasks FROM next_steps");
    const tasks = Object.fromEntries(result.map((row) => [row.id, row.tasks]));
    expect(tasks.lines).toEqual([
      { text: "Enrol laptops", done: false },
      { text: "Enrol phones", done: false },
      { text: "Report coverage", done: false },
    ]);
    expect(tasks.empty).toEqual([]);
    expect(tasks.blank).toEqual([]);
    expect(tasks.control).toEqual([{ text: "Tab here bell", done: false }]);
    expect(tasks.long).toEqual([{ text: "x".repeat(500), done: false }]);
    expect(tasks.many).toHaveLength(50);
    expect(tasks.many!.at(-1)).toEqual({ text: "Task 50", done: false });
  });
});

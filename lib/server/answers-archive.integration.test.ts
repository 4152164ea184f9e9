/**
 * A save races the archiving of its assessment, or its move to another framework version: it has
 * read the assessment as editable (and checked the answer against its version), and the other
 * change commits before its write. The write must not land on the archived or moved assessment.
 */
import pg from "pg";
import { afterAll, describe, expect, inject, it } from "vitest";
import { LATEST_FRAMEWORK } from "@/lib/framework/index";
import { applyMigrations } from "@/scripts/db/schema-engine";
import { createTemporaryDatabase } from "@/scripts/db/temporary-database";

// Two sessions holding row locks against each other need a PostgreSQL server: the embedded
// database is one session for all its connections.
const LOCAL_SERVER = "postgresql://postgres@127.0.0.1:5432/postgres";
const database = await createTemporaryDatabase(inject("databaseServerUrl") ?? LOCAL_SERVER, "zt_archive_race");
await applyMigrations(database.url);
process.env.DATABASE_URL = database.url;
process.env.DATABASE_POOL_SIZE = "4";
const { prisma } = await import("./db");
const { saveAnswers } = await import("./answers");
const { createAssessment } = await import("./assessments");
const { AppError } = await import("./errors");
const { newOrganization } = await import("@/scripts/test/org-fixtures");
const { ZCreateAssessment, ZSaveAnswer } = await import("@/lib/validation/assessment");

afterAll(async () => {
  await prisma.$disconnect();
  await database.drop();
});

const [Q1, Q2] = LATEST_FRAMEWORK.questions.filter((question) => question.detail?.naAllowed !== false).map((question) => question.id) as [string, string];

type SaveInput = Parameters<typeof ZSaveAnswer.parse>[0];

/** Whether another session waits for a lock that session `pid` holds. */
async function someoneWaitsFor(client: pg.Client, pid: number): Promise<boolean> {
  const { rows } = await client.query<{ waiting: boolean }>("SELECT EXISTS (SELECT 1 FROM pg_stat_activity WHERE $1 = ANY(pg_blocking_pids(pid))) AS waiting", [pid]);
  return rows[0]!.waiting;
}

const ARCHIVE = "UPDATE assessments SET status = 'archived' WHERE id = $1";
/** The assessment row's part of a framework move (framework-move.ts), which also replaces the answers. */
const MOVE = `UPDATE assessments SET "frameworkVersion" = 'zt-2026.1' WHERE id = $1`;

/**
 * Runs `save` while another session has changed the assessment (`change`) but not committed: the
 * save reads it unchanged. The change commits once the save waits for it, or once the save has
 * finished without waiting (then it was written before the change committed, which the test refuses).
 */
async function saveWhileChanging(assessmentId: string, change: string, save: () => Promise<unknown>): Promise<unknown> {
  const changer = new pg.Client({ connectionString: database.url });
  await changer.connect();
  try {
    await changer.query("BEGIN");
    await changer.query(change, [assessmentId]);
    const { rows } = await changer.query<{ pid: number }>("SELECT pg_backend_pid() AS pid");
    let settled = false;
    const outcome = save().then(
      (result) => result,
      (error: unknown) => error,
    );
    void outcome.finally(() => (settled = true));
    while (!settled && !(await someoneWaitsFor(changer, rows[0]!.pid))) await new Promise((resolve) => setTimeout(resolve, 20));
    await changer.query("COMMIT");
    return await outcome;
  } finally {
    await changer.end();
  }
}

const cases: { name: string; before: SaveInput[]; racing: SaveInput[] }[] = [
  // saveLevel's one statement (answer_save_level).
  { name: "a level over a level", before: [{ questionId: Q1, value: "initial", expectedVersion: 0 }], racing: [{ questionId: Q1, value: "advanced", expectedVersion: 1 }] },
  { name: "a first answer", before: [{ questionId: Q1, value: "initial", expectedVersion: 0 }], racing: [{ questionId: Q2, value: "advanced", expectedVersion: 0 }] },
  // A read, then writeAnswer's statement.
  { name: "an answer with a note stored", before: [{ questionId: Q1, value: "initial", note: "kept", expectedVersion: 0 }], racing: [{ questionId: Q1, value: "advanced", note: "kept", expectedVersion: 1 }] },
  { name: "an N/A", before: [{ questionId: Q1, value: "initial", expectedVersion: 0 }], racing: [{ questionId: Q1, value: "not_applicable", naReason: "Outsourced", expectedVersion: 1 }] },
  // A read, then a transaction.
  {
    name: "a batch",
    before: [{ questionId: Q1, value: "initial", expectedVersion: 0 }],
    racing: [
      { questionId: Q1, value: "advanced", expectedVersion: 1 },
      { questionId: Q2, value: "advanced", expectedVersion: 0 },
    ],
  },
];

const parse = (saves: SaveInput[]) => saves.map((save) => ZSaveAnswer.parse(save));

/**
 * Saves `before` to a new assessment, then `racing` while another session makes `change`; the
 * outcome, and whether the answers and their audit events are as they were before the race.
 */
async function race(before: SaveInput[], racing: SaveInput[], change: string) {
  const { organizationId, owner } = await newOrganization();
  const { id } = await createAssessment(owner, ZCreateAssessment.parse({ name: "Racing" }));
  expect((await saveAnswers(owner, id, parse(before))).ok).toBe(true);
  const answersOf = () => prisma.answer.findMany({ where: { assessmentId: id }, orderBy: { questionId: "asc" } });
  const eventsOf = () => prisma.auditEvent.count({ where: { organizationId, action: "answer.saved" } });
  const answersBefore = await answersOf();
  const eventsBefore = await eventsOf();
  const outcome = await saveWhileChanging(id, change, () => saveAnswers(owner, id, parse(racing)));
  expect(await answersOf()).toEqual(answersBefore);
  expect(await eventsOf()).toBe(eventsBefore);
  return { id, outcome };
}

describe("a save racing the archiving of its assessment", () => {
  for (const { name, before, racing } of cases) {
    it(`is refused as archived and writes nothing: ${name}`, async () => {
      const { id, outcome } = await race(before, racing, ARCHIVE);
      expect(outcome).toBeInstanceOf(AppError);
      expect(outcome).toMatchObject({ code: "conflict", message: expect.stringContaining("archived") });
      expect((await prisma.assessment.findUniqueOrThrow({ where: { id } })).status).toBe("archived");
    });
  }
});

describe("a save racing a move of its assessment to another framework version", () => {
  // The one statement pins the latest version itself; these read first and check the answer against the version read.
  for (const { name, before, racing } of cases.slice(2)) {
    it(`is a conflict and writes nothing: ${name}`, async () => {
      const { outcome } = await race(before, racing, MOVE);
      expect(outcome).toMatchObject({ ok: false, conflicts: expect.arrayContaining([expect.objectContaining({ questionId: parse(racing)[0]!.questionId })]) });
    });
  }
});

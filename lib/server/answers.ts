import "server-only";
import { randomUUID } from "node:crypto";
import type { ActiveMembership, Actor } from "@/lib/actor";
import { answerProblem, criteriaOf } from "@/lib/assessment/criteria";
import { defaultReviewDate, isoDay, reviewDateProblem } from "@/lib/assessment/na-review";
import { LATEST_FRAMEWORK } from "@/lib/framework/index";
import { can } from "@/lib/policy";
import type { AssessmentStatus, TAnswerContent, TSaveAnswer } from "@/lib/validation/assessment";
import { Prisma } from "@/generated/prisma/client";
import { ANSWER_INCLUDE, toStoredAnswer, type AnswerRow, type StoredAnswer } from "./answer-rows";
import { assertEditable, findAssessment, frameworkOf } from "./assessments";
import { audited, auditActor, auditInsertFrom, auditValues, type AuditEntry, type RecordAudit } from "./audit";
import { authorize } from "./authorize";
import { pool, prisma } from "./db";
import { AppError } from "./errors";
import { requestContext, type RequestContext } from "./request-context";

/** Someone else saved this answer since the caller read it: both values, for the caller to choose. */
export interface AnswerConflict {
  questionId: string;
  /** What is stored now; null when the answer the caller read has been removed, or when the caller may not read answers. */
  current: StoredAnswer | null;
  mine: TAnswerContent;
}

export type SaveAnswersResult = { ok: true; answers: StoredAnswer[] } | { ok: false; conflicts: AnswerConflict[] };

type Db = Pick<Prisma.TransactionClient, "$queryRaw">;

const content = (answer: TAnswerContent) => ({
  value: answer.value,
  naReason: answer.value === "not_applicable" ? (answer.naReason ?? null) : null,
  note: answer.note,
  evidence: answer.evidence,
  criteriaMet: answer.criteriaMet ?? [],
  // Only an N/A has a review date.
  ...(answer.value === "not_applicable" ? { naReviewDate: answer.naReviewDate ?? null } : {}),
});

/**
 * Every N/A carries a review date: the one sent, else the one already stored on an N/A, else a
 * year from today. A date the assessor changes must lie within the allowed range.
 */
function withReviewDate(save: TSaveAnswer, stored: StoredAnswer | null, today: string): TSaveAnswer {
  if (save.value !== "not_applicable") return { ...save, naReviewDate: null };
  const kept = stored?.value === "not_applicable" ? stored.naReviewDate : null;
  const naReviewDate = save.naReviewDate ?? kept ?? defaultReviewDate(today);
  const problem = naReviewDate === kept ? null : reviewDateProblem(naReviewDate, today);
  if (problem) throw new AppError("invalid_input", `${save.questionId}: ${problem}`, { naReviewDate: problem });
  return { ...save, naReviewDate };
}

/** An approval (or rejection) is of an N/A and its reason: changing either asks again. */
const decisionStands = (stored: StoredAnswer, save: TSaveAnswer) =>
  stored.value === "not_applicable" && save.value === "not_applicable" && stored.naReason === (save.naReason ?? null);

const mine = (save: TSaveAnswer): TAnswerContent => ({
  questionId: save.questionId,
  value: save.value,
  naReason: save.naReason,
  note: save.note,
  evidence: save.evidence,
  criteriaMet: save.criteriaMet ?? [],
  naReviewDate: save.naReviewDate,
});

const sameContent = (stored: StoredAnswer, save: TAnswerContent) => JSON.stringify(content(stored)) === JSON.stringify(content(save));

/** Raised inside the transaction so a batch with any conflict saves nothing. */
class ConflictSignal extends Error {
  constructor(readonly conflicts: AnswerConflict[]) {
    super("conflict");
  }
}


// ─── The save's reads and writes: raw statements, as every autosave pays for them ──────────────
// (docs/decisions/0017-the-request-path.md: the common save is one statement; any other is one
// read, then one statement per answer that writes it and its audit event together. Prisma's model
// queries cost the server several times as much.)

/** The columns toStoredAnswer reads of a row of `answers` aliased `ans`, then of its three users. */
const ROW_COLUMNS = Prisma.sql`ans."questionId", ans.level::text AS level, ans."criteriaMet", ans."carriedFrom", ans."naReason", ans.note, ans.evidence,
  ans.version, ans."updatedAt", ans."naReviewDate", ans."naApprovedAt", ans."naRejectedAt", ans."naRejectionNote"`;
const ANSWER_COLUMNS = Prisma.sql`${ROW_COLUMNS}, updater.name AS "updatedByName", approver.name AS "naApprovedByName", rejecter.name AS "naRejectedByName"`;

const ANSWER_USERS = Prisma.sql`LEFT JOIN users updater ON updater.id = ans."updatedById"
  LEFT JOIN users approver ON approver.id = ans."naApprovedById"
  LEFT JOIN users rejecter ON rejecter.id = ans."naRejectedById"`;

type RawAnswer = Omit<AnswerRow, "updatedBy" | "naApprovedBy" | "naRejectedBy"> & { updatedByName: string | null; naApprovedByName: string | null; naRejectedByName: string | null };

/**
 * A time for a `timestamp(3)` column as Prisma writes one: UTC wall-clock time. Sent as text with
 * its zone, which the cast drops, so the server's TimeZone setting cannot shift it.
 */
const utc = (date: Date) => Prisma.sql`${date.toISOString()}::timestamp(3)`;

const named = (name: string | null) => (name === null ? null : { name });

function fromRaw({ updatedByName, naApprovedByName, naRejectedByName, ...row }: RawAnswer): StoredAnswer {
  return toStoredAnswer({ ...row, level: row.level as AnswerRow["level"], updatedBy: named(updatedByName), naApprovedBy: named(naApprovedByName), naRejectedBy: named(naRejectedByName) });
}

type AssessmentForSave = { id: string; status: AssessmentStatus; frameworkVersion: string };
type ReadRow = AssessmentForSave & Partial<RawAnswer> & { questionId: string | null };

/** The assessment and the stored answers of readForSave's rows; none is not found, as findAssessment answers. */
function readOf(rows: ReadRow[]) {
  const first = rows[0];
  if (!first) throw new AppError("not_found", "That assessment was not found.");
  const stored = new Map<string, StoredAnswer>();
  for (const row of rows) if (row.questionId !== null) stored.set(row.questionId, fromRaw(row as RawAnswer));
  return { assessment: { id: first.id, status: first.status, frameworkVersion: first.frameworkVersion }, stored };
}

type ReadForSave = ReturnType<typeof readOf>;

/**
 * The assessment, if it is in the membership's organisation (else not found, as findAssessment
 * answers), and the stored answers to the questions named, in one round trip.
 */
async function readForSave(db: Db, { organizationId }: ActiveMembership, assessmentId: string, questionIds: string[]): Promise<ReadForSave> {
  return readOf(
    await db.$queryRaw<ReadRow[]>`
    SELECT a.id, a.status::text AS status, a."frameworkVersion", ${ANSWER_COLUMNS}
    FROM assessments a
    LEFT JOIN answers ans ON ans."assessmentId" = a.id AND ans."questionId" = ANY(${questionIds}::text[])
    ${ANSWER_USERS}
    WHERE a.id = ${assessmentId} AND a."organizationId" = ${organizationId}`,
  );
}

/** Who saves what, from where, when: the same for every answer of a request. */
interface SaveContext {
  assessmentId: string;
  organizationId: string;
  actor: Actor;
  request: RequestContext;
  now: Date;
}

/** One answer to write: as sent (with the ticks its level implies), as it will be stored, what it replaces. */
interface Write {
  sent: TSaveAnswer;
  save: TSaveAnswer;
  stored: StoredAnswer | null;
  /** Whether the N/A decision (approval or rejection) on the stored answer still stands. */
  keepsDecision: boolean;
}

/**
 * The columns an update of answer row `ans` sets: the content, the writer, a new version, and a
 * confirmation of an answer carried over. A decision on an N/A is cleared unless it still stands.
 */
function answerUpdate(save: TSaveAnswer, actor: Actor, now: Date, keepsDecision: boolean): Prisma.Sql {
  const values = content(save);
  return Prisma.sql`level = ${values.value}::"AnswerLevel", "naReason" = ${values.naReason}, note = ${values.note}, evidence = ${values.evidence}::text[],
    "criteriaMet" = ${values.criteriaMet}::text[], "naReviewDate" = ${values.naReviewDate ?? null}::date, "carriedFrom" = NULL, "updatedById" = ${actor.userId},
    "updatedAt" = ${utc(now)}, version = ans.version + 1
    ${keepsDecision ? Prisma.empty : Prisma.sql`, "naApprovedById" = NULL, "naApprovedAt" = NULL, "naRejectedById" = NULL, "naRejectedAt" = NULL, "naRejectionNote" = NULL`}`;
}

/** The audit event of one answer written. */
function answerEvent(context: SaveContext, { save, stored }: Write): AuditEntry {
  return {
    actor: auditActor(context.actor),
    organizationId: context.organizationId,
    action: "answer.saved",
    targetType: "assessment",
    targetId: context.assessmentId,
    // carriedFrom shows when a save also confirmed an answer carried over from an earlier version.
    before: stored && { questionId: stored.questionId, ...content(stored), carriedFrom: stored.carriedFrom },
    after: { questionId: save.questionId, ...content(save), version: save.expectedVersion + 1 },
  };
}

/**
 * The assessment's row if it may still be written (not archived, and `also`), share-locked to the
 * end of the transaction: archiving (an update of the row) waits for the save, or the save for it
 * and then finds it archived. Concurrent saves' share locks do not wait for one another.
 */
const lockEditable = (assessmentId: string, also: Prisma.Sql = Prisma.empty) =>
  Prisma.sql`SELECT id FROM assessments WHERE id = ${assessmentId} AND status <> 'archived' ${also} FOR SHARE`;

/**
 * Writes one answer if the stored version is still the one read: an insert that finds the row
 * taken, or an update that finds the version moved, writes nothing and answers null. With
 * `record` absent the audit event goes in the same statement (the one-answer path); inside
 * `audited` it is recorded, to be written when the transaction ends.
 */
async function writeAnswer(db: Db, context: SaveContext, frameworkVersion: string, write: Write, record?: RecordAudit): Promise<StoredAnswer | null> {
  const { save, stored, keepsDecision } = write;
  const { assessmentId, organizationId, actor, now } = context;
  const values = content(save);
  const level = Prisma.sql`${values.value}::"AnswerLevel"`;
  const reviewDate = Prisma.sql`${values.naReviewDate ?? null}::date`;
  // The assessment was read editable, and the answer checked against its framework version, but
  // it may have been archived or moved to another version since: the write checks both again,
  // under a share lock, so an archiving or a move in flight waits for it or it for them.
  const editable = Prisma.sql`EXISTS (${lockEditable(assessmentId, Prisma.sql`AND "organizationId" = ${organizationId} AND "frameworkVersion" = ${frameworkVersion}`)})`;
  // Any save is a decision on the answer, so it also confirms one carried over from an earlier version.
  const change = stored
    ? Prisma.sql`UPDATE answers ans SET ${answerUpdate(save, actor, now, keepsDecision)}
      WHERE "assessmentId" = ${assessmentId} AND "questionId" = ${save.questionId} AND version = ${save.expectedVersion} AND ${editable}
      RETURNING *`
    : Prisma.sql`INSERT INTO answers (id, "assessmentId", "questionId", level, "naReason", note, evidence, "criteriaMet", "naReviewDate", "updatedById", "updatedAt")
      SELECT ${randomUUID()}, ${assessmentId}, ${save.questionId}, ${level}, ${values.naReason}, ${values.note}, ${values.evidence}::text[],
        ${values.criteriaMet}::text[], ${reviewDate}, ${actor.userId}, ${utc(now)}
      WHERE ${editable}
      ON CONFLICT ("assessmentId", "questionId") DO NOTHING
      RETURNING *`;
  const logged = record ? Prisma.empty : Prisma.sql`, logged AS (${auditInsertFrom("written", answerEvent(context, write), context.request, now)})`;
  const rows = await db.$queryRaw<Omit<RawAnswer, "updatedByName" | "naApprovedByName" | "naRejectedByName">[]>`
    WITH written AS (${change}) ${logged}
    SELECT ${ROW_COLUMNS} FROM written ans`;
  if (!rows[0]) return null;
  record?.(answerEvent(context, write));
  // The writer is the actor, and a decision on the N/A that stands keeps its approver's or
  // rejecter's name: named from memory rather than by joining the users table again.
  return fromRaw({
    ...rows[0],
    updatedByName: actor.name,
    naApprovedByName: keepsDecision ? (stored?.naApprovedBy ?? null) : null,
    naRejectedByName: keepsDecision ? (stored?.naRejectedBy ?? null) : null,
  });
}

/** The common save's one statement: the database function with its 24 parameters, in saveLevel's order. */
const SAVE_LEVEL = `SELECT * FROM answer_save_level(${Array.from({ length: 24 }, (_, index) => `$${index + 1}`).join(", ")})`;

/**
 * The save most autosaves are, in one statement rather than a read and then a write: one answer
 * set to a level (an N/A's review date and approval rules need the stored answer first), to an
 * assessment under way on the latest framework (checked against it already), replacing no answer
 * or one that holds no free text. The audit event's `before` is then built by the statement from
 * the row it replaces: identifiers and a level, which redaction leaves as they are (free text it
 * would have to see, lib/redact.ts). Whatever is not so (a draft, an archived assessment, another
 * framework, a note stored, another version, the same content again) writes nothing, and the
 * statement answers the assessment as it found it, before any change it waited for, for
 * saveAnswers to go on from. The statement is the database function answer_save_level
 * (migration 20261206194500), which PostgreSQL plans once per connection rather than on every
 * save (docs/decisions/0017-the-request-path.md); it reads back no answer, as the stored answer
 * and its people are needed only when it writes nothing.
 */
async function saveLevel(context: SaveContext, write: Write): Promise<{ saved: StoredAnswer } | { found: AssessmentForSave }> {
  const { assessmentId, organizationId, actor, now, request } = context;
  const { save } = write;
  const values = content(save);
  const event = auditValues(answerEvent(context, write), request);
  // Sent on the Prisma client's pool rather than through the client, whose raw-query path cost more CPU than the statement.
  const { rows } = await pool.query<AssessmentForSave & { version: number | null }>(SAVE_LEVEL, [
    assessmentId, organizationId, LATEST_FRAMEWORK.id, randomUUID(), save.questionId, save.expectedVersion,
    // The time as UTC text with its zone, which the function's `timestamp` parameter drops, as utc() does; the columns keep milliseconds.
    values.value, values.note, values.evidence, values.criteriaMet, actor.userId, now.toISOString(),
    randomUUID(), event.actorId, event.actorEmail, event.organizationId, event.action, event.targetType,
    event.targetId, event.outcome, event.ip, event.userAgent, event.requestId, event.after,
  ]);
  const [found] = rows;
  if (!found) throw new AppError("not_found", "That assessment was not found.");
  if (found.version === null) return { found: { id: found.id, status: found.status, frameworkVersion: found.frameworkVersion } };
  // What the function wrote: the content sent on the version after the one expected, by the
  // actor, now, with no N/A decision (an update clears one; it replaces no N/A) and nothing carried.
  const saved: StoredAnswer = { ...values, questionId: save.questionId, naReviewDate: null, carriedFrom: null, version: found.version, updatedAt: now,
    updatedBy: actor.name, naApprovedBy: null, naApprovedAt: null, naRejectedBy: null, naRejectedAt: null, naRejectionNote: null };
  return { saved };
}

/** The one answer to try saveLevel with: a level that the latest framework's question takes. */
function commonSave(saves: TSaveAnswer[], today: string): Write | null {
  const [asSent, ...more] = saves;
  if (!asSent || more.length > 0 || asSent.value === "not_applicable") return null;
  const question = LATEST_FRAMEWORK.questions.find((candidate) => candidate.id === asSent.questionId);
  if (!question || answerProblem(question, asSent)) return null;
  const sent = { ...asSent, criteriaMet: criteriaOf(question, asSent) };
  return { sent, save: withReviewDate(sent, null, today), stored: null, keepsDecision: false };
}

/**
 * The first saved answer moves a draft to In progress, recorded before the answers so the trail
 * reads "started", then the answers. The status in the filter makes it a compare-and-set: of two
 * first answers at once, one changes the status and audits it.
 */
async function startAssessment(db: Db, context: SaveContext, record: RecordAudit) {
  const started = await db.$queryRaw<{ id: string }[]>`
    UPDATE assessments SET status = 'in_progress', "updatedAt" = ${utc(context.now)} WHERE id = ${context.assessmentId} AND status = 'draft' RETURNING id`;
  if (started.length === 0) return;
  record({ actor: auditActor(context.actor), organizationId: context.organizationId, action: "assessment.updated", targetType: "assessment", targetId: context.assessmentId, before: { status: "draft" }, after: { status: "in_progress" } });
}

/**
 * Saves answers with optimistic concurrency: each names the version it read, and nothing is
 * overwritten silently. When any answer conflicts, none of the batch is saved. A save whose
 * content is already stored succeeds without a new version, so a retried save is harmless.
 */
export async function saveAnswers(actor: Actor, assessmentId: string, saves: TSaveAnswer[]): Promise<SaveAnswersResult> {
  const membership = await authorize(actor, "assessment.write");
  const context: SaveContext = { assessmentId, organizationId: membership.organizationId, actor, request: await requestContext(), now: new Date() };
  const today = isoDay(new Date());
  const common = commonSave(saves, today);
  const tried = common && (await saveLevel(context, common));
  if (tried && "saved" in tried) return { ok: true, answers: [tried.saved] };
  const read = await readForSave(prisma, membership, assessmentId, saves.map((save) => save.questionId));
  // As the one statement found it when it tried, before a change it waited for: the answer is
  // checked against that framework version and the write below pins it, so after a move the
  // save is a conflict rather than an answer checked against one version written under another.
  const assessment = tried ? tried.found : read.assessment;
  const { stored } = read;
  assertEditable(assessment);
  const questions = new Map(frameworkOf(assessment).questions.map((question) => [question.id, question]));
  const fields: Record<string, string> = {};
  saves.forEach((save, index) => {
    const question = questions.get(save.questionId);
    if (!question) return void (fields[`answers[${index}].questionId`] = `${assessment.frameworkVersion} has no question "${save.questionId}".`);
    // A value the question does not offer, or ticks that are not its criteria or contradict the level.
    const problem = answerProblem(question, save);
    if (problem) fields[`answers[${index}].${problem.field}`] = problem.message;
  });
  if (new Set(saves.map((save) => save.questionId)).size !== saves.length) fields.answers = "Each question may appear once per request.";
  if (Object.keys(fields).length > 0) throw new AppError("invalid_input", Object.values(fields)[0]!, fields);

  const unchanged = new Map<string, StoredAnswer>();
  const writes: Write[] = [];
  const conflicts: AnswerConflict[] = [];
  for (const asSent of saves) {
    const before = stored.get(asSent.questionId) ?? null;
    // A level sent without ticks (an API client, an older page) stores the ticks it implies.
    const sent = { ...asSent, criteriaMet: criteriaOf(questions.get(asSent.questionId)!, asSent) };
    const save = withReviewDate(sent, before, today);
    // Unchanged content is a harmless retry, unless the answer still awaits confirmation: then the save confirms it.
    if (before && sameContent(before, save) && before.carriedFrom === null) unchanged.set(sent.questionId, before);
    else if ((before?.version ?? 0) !== save.expectedVersion) conflicts.push({ questionId: sent.questionId, current: before, mine: mine(sent) });
    else writes.push({ sent, save, stored: before, keepsDecision: before !== null && decisionStands(before, save) });
  }
  const refused = (found: AnswerConflict[]): SaveAnswersResult => ({
    ok: false,
    // A write-only token learns of a conflict, not what is stored.
    conflicts: can(actor, "assessment.read") ? found : found.map((conflict) => ({ ...conflict, current: null })),
  });
  if (conflicts.length > 0) return refused(conflicts);

  /**
   * Writes each answer. One that lost a race since the read is reported with what won, unless
   * what won is this very content (a retry racing its original): that is saved, as intended.
   */
  const writeAll = async (db: Db, record?: RecordAudit) => {
    const written = new Map<string, StoredAnswer>();
    const lost: AnswerConflict[] = [];
    for (const write of writes) {
      const answer = await writeAnswer(db, context, assessment.frameworkVersion, write, record);
      if (answer) written.set(answer.questionId, answer);
      else {
        const latest = await readForSave(db, membership, assessment.id, [write.sent.questionId]);
        // Archived since the read: refused as any save to an archived assessment is, not as a conflict.
        assertEditable(latest.assessment);
        const current = latest.stored.get(write.sent.questionId) ?? null;
        if (current && sameContent(current, write.save) && current.carriedFrom === null) written.set(current.questionId, current);
        else lost.push({ questionId: write.sent.questionId, current, mine: mine(write.sent) });
      }
    }
    if (lost.length > 0) throw new ConflictSignal(lost);
    return written;
  };
  const start = assessment.status === "draft";
  let written: Map<string, StoredAnswer>;
  try {
    if (writes.length === 0) written = new Map();
    // One answer of an assessment under way is one statement with its event. More, or a draft's
    // first, are one transaction whose events `audited` writes last: the chain's lock is then
    // taken after the answers' rows, in the order every other writer takes them. Answers go in
    // question order, so two batches over the same rows lock them alike.
    else if (!start && writes.length === 1) written = await writeAll(prisma);
    else {
      writes.sort((a, b) => a.save.questionId.localeCompare(b.save.questionId));
      written = await audited(
        async (db, record) => {
          if (start) await startAssessment(db, context, record);
          return writeAll(db, record);
        },
        { maxWait: 10_000, timeout: 30_000 },
      );
    }
  } catch (error) {
    if (error instanceof ConflictSignal) return refused(error.conflicts);
    throw error;
  }
  return { ok: true, answers: saves.map((save) => written.get(save.questionId) ?? unchanged.get(save.questionId)!) };
}

export async function listAnswers(actor: Actor, assessmentId: string): Promise<StoredAnswer[]> {
  const membership = await authorize(actor, "assessment.read");
  const assessment = await findAssessment(membership, assessmentId);
  const framework = frameworkOf(assessment);
  const order = new Map(framework.questions.map((question, index) => [question.id, index]));
  const rows = await prisma.answer.findMany({ where: { assessmentId: assessment.id }, include: ANSWER_INCLUDE });
  return rows.map(toStoredAnswer).sort((a, b) => (order.get(a.questionId) ?? 0) - (order.get(b.questionId) ?? 0));
}

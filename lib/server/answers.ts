import "server-only";
import { answerProblem, criteriaOf } from "@/lib/assessment/criteria";
import { defaultReviewDate, isoDay, reviewDateProblem } from "@/lib/assessment/na-review";
import { roleHasPermission } from "@/lib/permissions";
import type { TAnswerContent, TSaveAnswer } from "@/lib/validation/assessment";
import { Prisma } from "@/generated/prisma/client";
import { ANSWER_INCLUDE, toStoredAnswer, type StoredAnswer } from "./answer-rows";
import { assertEditable, findAssessment, frameworkOf } from "./assessments";
import { auditActor, recordStandaloneEvent } from "./audit";
import { authorize } from "./authorize";
import { prisma } from "./db";
import { AppError } from "./errors";
import type { ActiveMembership, Actor } from "./session";

/** Someone else saved this answer since the caller read it: both values, for the caller to choose. */
export interface AnswerConflict {
  questionId: string;
  /** What is stored now; null when the answer the caller read has been removed, or when the caller may not read answers. */
  current: StoredAnswer | null;
  mine: TAnswerContent;
}

export type SaveAnswersResult = { ok: true; answers: StoredAnswer[] } | { ok: false; conflicts: AnswerConflict[] };

type Db = Prisma.TransactionClient;
type Author = { userId: string; name: string };
type AnswerRow = Prisma.AnswerGetPayload<object>;

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

const NO_DECISION = { naApprovedById: null, naApprovedAt: null, naRejectedById: null, naRejectedAt: null, naRejectionNote: null };

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

const isUniqueViolation = (error: unknown) => error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002";
const isNotFound = (error: unknown) => error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2025";

/** Whether the actor could read answers anyway: a write-only token learns of a conflict, not what is stored. */
const mayReadAnswers = (actor: Actor, membership: ActiveMembership) =>
  roleHasPermission(membership.role, "assessment.read") && (!actor.tokenScopes || actor.tokenScopes.includes("assessment.read"));

type Written = { answer: StoredAnswer; before: StoredAnswer | null } | { conflict: AnswerConflict };

/**
 * Writes one answer if its stored version is still the one the caller read. A save whose
 * content is already stored succeeds without a new version, so a retried save is harmless.
 */
async function writeAnswer(db: Db, assessmentId: string, author: Author, sent: TSaveAnswer): Promise<Written> {
  const where = { assessmentId_questionId: { assessmentId, questionId: sent.questionId } };
  const row = await db.answer.findUnique({ where, include: ANSWER_INCLUDE });
  const stored = row && toStoredAnswer(row);
  const save = withReviewDate(sent, stored, isoDay(new Date()));
  // Unchanged content is a harmless retry, unless the answer still awaits confirmation: then the save confirms it.
  if (stored && sameContent(stored, save) && stored.carriedFrom === null) return { answer: stored, before: stored };
  // Any save is a decision on the answer, so it also confirms one carried over from an earlier version.
  const { value, naReviewDate, ...rest } = { naReviewDate: null, ...content(save) };
  const decision = stored && decisionStands(stored, save) ? {} : NO_DECISION;
  const data = { ...rest, ...decision, level: value, naReviewDate: naReviewDate === null ? null : new Date(naReviewDate), carriedFrom: null, updatedById: author.userId };
  // The writer is the actor: name them from memory rather than join the users table again; a
  // decision on the N/A that stands keeps its approver's or rejecter's name.
  const written = (row: AnswerRow) =>
    toStoredAnswer({
      ...row,
      updatedBy: { name: author.name },
      naApprovedBy: row.naApprovedById && stored?.naApprovedBy ? { name: stored.naApprovedBy } : null,
      naRejectedBy: row.naRejectedById && stored?.naRejectedBy ? { name: stored.naRejectedBy } : null,
    });
  const conflict = async () => {
    const now = await db.answer.findUnique({ where, include: ANSWER_INCLUDE });
    return { conflict: { questionId: save.questionId, current: now && toStoredAnswer(now), mine: mine(sent) } };
  };
  if ((stored?.version ?? 0) !== save.expectedVersion) return conflict();
  if (!stored) {
    const created = await db.answer.create({ data: { assessmentId, questionId: save.questionId, ...data } });
    return { answer: written(created), before: null };
  }
  try {
    // The version in the filter makes this a compare-and-set: a concurrent save makes it match nothing.
    const updated = await db.answer.update({ where: { ...where, version: save.expectedVersion }, data: { ...data, version: { increment: 1 } } });
    return { answer: written(updated), before: stored };
  } catch (error) {
    if (isNotFound(error)) return conflict();
    throw error;
  }
}

async function writeEach(db: Db, assessmentId: string, author: Author, saves: TSaveAnswer[]) {
  const written: Extract<Written, { answer: StoredAnswer }>[] = [];
  const conflicts: AnswerConflict[] = [];
  for (const save of saves) {
    const result = await writeAnswer(db, assessmentId, author, save);
    if ("conflict" in result) conflicts.push(result.conflict);
    else written.push(result);
  }
  if (conflicts.length > 0) throw new ConflictSignal(conflicts);
  return written;
}

/**
 * One answer needs no transaction: a read, then one compare-and-set write. A batch is all or
 * nothing, written in question order so two batches over the same rows lock them alike.
 */
function writeAll(assessmentId: string, author: Author, saves: TSaveAnswer[]) {
  if (saves.length === 1) return writeEach(prisma, assessmentId, author, saves);
  const ordered = [...saves].sort((a, b) => a.questionId.localeCompare(b.questionId));
  return prisma.$transaction((db) => writeEach(db, assessmentId, author, ordered), { maxWait: 10_000, timeout: 30_000 });
}

/**
 * Saves answers with optimistic concurrency: each names the version it read, and nothing is
 * overwritten silently. When any answer conflicts, none of the batch is saved.
 */
export async function saveAnswers(actor: Actor, assessmentId: string, saves: TSaveAnswer[]): Promise<SaveAnswersResult> {
  const membership = await authorize(actor, "assessment.write");
  const { organizationId } = membership;
  const assessment = await findAssessment(membership, assessmentId);
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
  // A level sent without ticks (an API client, an older page) stores the ticks it implies.
  const filled = saves.map((save) => ({ ...save, criteriaMet: criteriaOf(questions.get(save.questionId)!, save) }));

  let written;
  try {
    written = await writeAll(assessment.id, actor, filled).catch((error: unknown) => {
      // Another first answer to the same question won the race: run again, and the version
      // check reports exactly the answers that conflict.
      if (isUniqueViolation(error)) return writeAll(assessment.id, actor, filled);
      throw error;
    });
  } catch (error) {
    if (error instanceof ConflictSignal) {
      const conflicts = mayReadAnswers(actor, membership) ? error.conflicts : error.conflicts.map((conflict) => ({ ...conflict, current: null }));
      return { ok: false, conflicts };
    }
    throw error;
  }
  // The status change is audited first, so the trail reads "started", then the answers. Only a
  // draft can start: later saves skip the update.
  if (assessment.status === "draft" && written.some(({ answer, before }) => !before || before.version !== answer.version)) await startAssessment(actor, organizationId, assessment.id);
  for (const { answer, before } of written) {
    if (before && before.version === answer.version) continue;
    await recordStandaloneEvent({
      actor: auditActor(actor),
      organizationId,
      action: "answer.saved",
      targetType: "assessment",
      targetId: assessment.id,
      // carriedFrom shows when a save also confirmed an answer carried over from an earlier version.
      before: before && { questionId: before.questionId, ...content(before), carriedFrom: before.carriedFrom },
      after: { questionId: answer.questionId, ...content(answer), version: answer.version },
    });
  }
  return { ok: true, answers: written.map((entry) => entry.answer) };
}

/**
 * The first saved answer moves a draft to In progress. The status in the filter makes it a
 * compare-and-set: of two first answers at once, one changes the status and audits it.
 */
async function startAssessment(actor: Actor, organizationId: string, assessmentId: string) {
  const { count } = await prisma.assessment.updateMany({ where: { id: assessmentId, status: "draft" }, data: { status: "in_progress" } });
  if (count === 0) return;
  await recordStandaloneEvent({
    actor: auditActor(actor),
    organizationId,
    action: "assessment.updated",
    targetType: "assessment",
    targetId: assessmentId,
    before: { status: "draft" },
    after: { status: "in_progress" },
  });
}

export async function listAnswers(actor: Actor, assessmentId: string): Promise<StoredAnswer[]> {
  const membership = await authorize(actor, "assessment.read");
  const assessment = await findAssessment(membership, assessmentId);
  const framework = frameworkOf(assessment);
  const order = new Map(framework.questions.map((question, index) => [question.id, index]));
  const rows = await prisma.answer.findMany({ where: { assessmentId: assessment.id }, include: ANSWER_INCLUDE });
  return rows.map(toStoredAnswer).sort((a, b) => (order.get(a.questionId) ?? 0) - (order.get(b.questionId) ?? 0));
}

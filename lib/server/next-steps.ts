import "server-only";
import { NEXT_STEP_STATUS_LABELS } from "@/lib/assessment/labels";
import { toCsv } from "@/lib/csv";
import { FRAMEWORKS, pillarQuestionIds } from "@/lib/framework/index";
import { STAGE_LABELS, type PillarId, type Stage } from "@/lib/framework/types";
import type { NextStepItem } from "@/lib/scoring/types";
import { toAzureDevOpsCsv } from "@/lib/ticketing/azure-devops";
import { toJiraCsv } from "@/lib/ticketing/jira";
import type { TicketSource } from "@/lib/ticketing/source";
import {
  NEXT_STEPS_PAGE_SIZE,
  ZNextStepTasks,
  type NextStepStatus,
  type TBulkNextStepStatus,
  type TNextStepExportFormat,
  type TNextStepFilter,
  type TNextStepTask,
  type TUpdateNextStep,
} from "@/lib/validation/next-step";
import type { Prisma } from "@/generated/prisma/client";
import { assertMember, frameworkOf } from "./assessments";
import { audited, auditActor, recordStandaloneEvent } from "./audit";
import { authorize } from "./authorize";
import { prisma } from "./db";
import { AppError } from "./errors";
import { enqueueStatusChanges, nextStepLink, sendWebhooksSoon, type StatusChange } from "./webhooks";
import type { Actor } from "@/lib/actor";

/** Statuses that still need work; done and won't-do items are closed. */
export const OPEN: NextStepStatus[] = ["not_started", "in_progress", "blocked"];

export interface TrackedNextStep {
  id: string;
  assessment: { id: string; name: string };
  questionId: string;
  pillar: PillarId | null;
  title: string;
  objective: string;
  tasks: TNextStepTask[];
  stage: Stage;
  owner: { id: string; name: string } | null;
  status: NextStepStatus;
  dueDate: string | null;
  notes: string;
  closedReason: string | null;
  overdue: boolean;
  updatedAt: Date;
}

const today = () => new Date().toISOString().slice(0, 10);
const dateOnly = (value: Date | null) => (value ? value.toISOString().slice(0, 10) : null);

/**
 * Turns the prioritised next steps of a snapshot into tracked items. An item keeps its owner,
 * status, due date and notes when the recommendation moves; one whose gap is gone is closed
 * with the reason; one closed that way reopens if the gap comes back.
 */
export async function syncNextSteps(
  db: Prisma.TransactionClient,
  assessmentId: string,
  steps: readonly NextStepItem[],
  snapshot: { label: string | null; takenAt: Date },
  /**
   * Questions still below their target or with work the roadmap plans (an enabling step). Their
   * items stay open even when the next steps leave them out for now (a prerequisite unanswered):
   * only a closed gap closes an item.
   */
  stillOpen: ReadonlySet<string>,
): Promise<{ created: number; updated: number; closed: number }> {
  const existing = await db.nextStep.findMany({ where: { assessmentId } });
  const byQuestion = new Map(existing.map((item) => [item.questionId, item]));
  const current = new Set(steps.map((step) => step.questionId));
  const counts = { created: 0, updated: 0, closed: 0 };
  const statusChanges: Omit<StatusChange, "assessment">[] = [];
  for (const step of steps) {
    const tracked = byQuestion.get(step.questionId);
    const recommendation = { title: step.title, objective: step.action, stage: step.toStage };
    if (!tracked) {
      await db.nextStep.create({ data: { assessmentId, questionId: step.questionId, ...recommendation } });
      counts.created += 1;
      continue;
    }
    const reopen = tracked.status === "done" && tracked.closedReason !== null;
    const moved = tracked.title !== step.title || tracked.objective !== step.action || tracked.stage !== step.toStage;
    if (!moved && !reopen) continue;
    await db.nextStep.update({ where: { id: tracked.id }, data: { ...recommendation, ...(reopen ? { status: "not_started", closedReason: null, closedAt: null } : {}) } });
    if (reopen) statusChanges.push({ id: tracked.id, title: step.title, questionId: tracked.questionId, from: tracked.status, to: "not_started" });
    counts.updated += 1;
  }
  const when = `${snapshot.label ? `“${snapshot.label}”, ` : ""}${snapshot.takenAt.toISOString().slice(0, 10)}`;
  for (const item of existing) {
    if (current.has(item.questionId) || stillOpen.has(item.questionId) || !OPEN.includes(item.status)) continue;
    await db.nextStep.update({
      where: { id: item.id },
      data: { status: "done", closedAt: snapshot.takenAt, closedReason: `Gap closed: the answer reached its target in the snapshot of ${when}.` },
    });
    statusChanges.push({ id: item.id, title: item.title, questionId: item.questionId, from: item.status, to: "done" });
    counts.closed += 1;
  }
  if (statusChanges.length > 0) {
    // The snapshot's transaction: sent by the next sweep once it commits.
    const assessment = await db.assessment.findUniqueOrThrow({ where: { id: assessmentId }, select: { id: true, name: true, organizationId: true } });
    await enqueueStatusChanges(db, assessment.organizationId, statusChanges.map((change) => ({ ...change, assessment: { id: assessment.id, name: assessment.name } })), null);
  }
  return counts;
}

const ROW_INCLUDE = { assessment: { select: { id: true, name: true, frameworkVersion: true } }, owner: { select: { id: true, name: true } } } as const;
type Row = Prisma.NextStepGetPayload<{ include: typeof ROW_INCLUDE }>;

/** A stored checklist that does not match the schema (written by hand, say) shows as empty rather than failing the page. */
const parseTasks = (value: unknown): TNextStepTask[] => ZNextStepTasks.safeParse(value).data ?? [];

function toTracked(row: Row): TrackedNextStep {
  const dueDate = dateOnly(row.dueDate);
  const question = frameworkOf(row.assessment).questions.find((candidate) => candidate.id === row.questionId);
  return {
    id: row.id,
    assessment: { id: row.assessment.id, name: row.assessment.name },
    questionId: row.questionId,
    pillar: question?.pillar ?? null,
    title: row.title,
    objective: row.objective,
    tasks: parseTasks(row.tasks),
    stage: row.stage as Stage,
    owner: row.owner && { id: row.owner.id, name: row.owner.name },
    status: row.status,
    dueDate,
    notes: row.notes,
    closedReason: row.closedReason,
    overdue: dueDate !== null && dueDate < today() && OPEN.includes(row.status),
    updatedAt: row.updatedAt,
  };
}

export interface NextStepPage {
  items: TrackedNextStep[];
  /** Items matching the filters, over all pages. */
  total: number;
  page: number;
  pageSize: number;
  pageCount: number;
  /** Finished or closed items the filters match but hide because `closed` is off. */
  hiddenClosed: number;
  /** The organisation's assessments that have tracked items, for the assessment filter. */
  assessments: { id: string; name: string }[];
}

const startOfToday = () => new Date(`${today()}T00:00:00Z`);

/** The filters as a Prisma condition, all in the database; `closed` is applied separately. */
function whereOf(organizationId: string, filter: TNextStepFilter): Prisma.NextStepWhereInput {
  return {
    assessment: { organizationId, ...(filter.assessmentId ? { id: filter.assessmentId } : {}) },
    ...(filter.pillar ? { questionId: { in: pillarQuestionIds(filter.pillar) } } : {}),
    ...(filter.stage ? { stage: filter.stage } : {}),
    ...(filter.ownerId ? { ownerId: filter.ownerId === "none" ? null : filter.ownerId } : {}),
    ...(filter.overdue ? { dueDate: { lt: startOfToday() } } : {}),
    AND: [
      filter.status ? { status: filter.status } : {},
      // Overdue means open and past its date; without `closed` only open items show, unless a closed status is asked for.
      filter.overdue || (!filter.closed && !filter.status) ? { status: { in: OPEN } } : {},
    ],
  };
}

// Open items first, then the most recently closed; within each, the earliest due date first.
const ORDER: Prisma.NextStepOrderByWithRelationInput[] = [
  { closedAt: { sort: "desc", nulls: "first" } },
  { dueDate: { sort: "asc", nulls: "last" } },
  { createdAt: "asc" },
  { id: "asc" },
];

/** One page of the organisation's tracked next steps for the filters, with the counts the page needs. */
export async function listNextSteps(actor: Actor, filter: TNextStepFilter = {}, page = 1, pageSize = NEXT_STEPS_PAGE_SIZE): Promise<NextStepPage> {
  const { organizationId } = await authorize(actor, "assessment.read");
  const where = whereOf(organizationId, filter);
  const [total, withClosed, assessments] = await Promise.all([
    prisma.nextStep.count({ where }),
    filter.closed || filter.status || filter.overdue ? undefined : prisma.nextStep.count({ where: whereOf(organizationId, { ...filter, closed: true }) }),
    prisma.assessment.findMany({ where: { organizationId, nextSteps: { some: {} } }, select: { id: true, name: true }, orderBy: { name: "asc" } }),
  ]);
  const pageCount = Math.max(1, Math.ceil(total / pageSize));
  const current = Math.min(Math.max(1, page), pageCount);
  const rows = await prisma.nextStep.findMany({ where, include: ROW_INCLUDE, orderBy: ORDER, skip: (current - 1) * pageSize, take: pageSize });
  return { items: rows.map(toTracked), total, page: current, pageSize, pageCount, hiddenClosed: withClosed === undefined ? 0 : withClosed - total, assessments };
}

/** One tracked item of the organisation, for the side panel. */
export async function getNextStep(actor: Actor, id: string): Promise<TrackedNextStep> {
  const { organizationId } = await authorize(actor, "assessment.read");
  return toTracked(await findNextStep(organizationId, id));
}

export interface NextStepChange {
  field: string;
  before: string;
  after: string;
}
export interface NextStepHistoryEntry {
  id: string;
  at: Date;
  /** The member's name, or a neutral label when they have left or it was the system. */
  actor: string;
  changes: NextStepChange[];
}

const FIELD_LABELS: Record<string, string> = { ownerId: "Owner", status: "Status", dueDate: "Due date", tasks: "Tasks", notes: "Notes" };

/** "[x] Order keys; [ ] Enrol admins": a checklist on one line, for the history and the CSV. */
const tasksText = (tasks: readonly TNextStepTask[]) => tasks.map((task) => `[${task.done ? "x" : " "}] ${task.text}`).join("; ");

/**
 * The item's history from the audit trail (its `nextstep.*` events, bulk changes included):
 * who, when and "field: before → after" with names and labels, nothing more of the event.
 */
export async function getNextStepHistory(actor: Actor, id: string): Promise<NextStepHistoryEntry[]> {
  const { organizationId } = await authorize(actor, "assessment.read");
  await findNextStep(organizationId, id);
  const events = await prisma.auditEvent.findMany({
    where: {
      organizationId,
      outcome: "success",
      OR: [
        { action: "nextstep.updated", targetId: id },
        { action: "nextstep.bulk_status", after: { path: ["ids"], array_contains: [id] } },
      ],
    },
    select: { id: true, at: true, action: true, actorId: true, before: true, after: true },
    orderBy: { at: "desc" },
    take: 100,
  });
  const record = (value: unknown) => (value && typeof value === "object" && !Array.isArray(value) ? (value as Record<string, unknown>) : {});
  const userIds = new Set<string>();
  for (const event of events) {
    if (event.actorId) userIds.add(event.actorId);
    for (const side of [record(event.before), record(event.after)]) if (typeof side.ownerId === "string") userIds.add(side.ownerId);
  }
  // Names only of people in this organisation: someone who has left shows as a former member.
  const members = await prisma.membership.findMany({ where: { organizationId, userId: { in: [...userIds] } }, select: { user: { select: { id: true, name: true } } } });
  const names = new Map(members.map((member) => [member.user.id, member.user.name]));
  const show = (field: string, value: unknown): string => {
    if (value === null || value === undefined || value === "") return field === "ownerId" ? "Unassigned" : "none";
    if (field === "ownerId") return names.get(String(value)) ?? "a former member";
    if (field === "status") return NEXT_STEP_STATUS_LABELS[value as NextStepStatus] ?? String(value);
    // Events from before the checklist stored the tasks as one text.
    if (field === "tasks") return (typeof value === "string" ? value : tasksText(parseTasks(value))) || "none";
    return String(value);
  };
  return events.map((event) => {
    const before = record(event.before);
    const after = record(event.after);
    const changes =
      event.action === "nextstep.bulk_status"
        ? [{ field: "Status", before: show("status", before[id]), after: show("status", after.status) }]
        : // jsonb keeps its own key order, so the fields come in the form's order.
          Object.keys(FIELD_LABELS)
            .filter((field) => field in after)
            .map((field) => ({ field: FIELD_LABELS[field]!, before: show(field, before[field]), after: show(field, after[field]) }));
    return { id: event.id, at: event.at, actor: (event.actorId && names.get(event.actorId)) || "A former member", changes };
  });
}

const EXPORT_INCLUDE = { ...ROW_INCLUDE, owner: { select: { id: true, name: true, email: true } } } as const;

const EXPORT_FILES: Record<TNextStepExportFormat, string> = { csv: "next-steps.csv", jira: "next-steps-jira.csv", "azure-devops": "next-steps-azure-devops.csv" };

/**
 * Every item matching the filters (no paging) as CSV: the adoption tracker's columns with
 * readable labels, or laid out for Jira's or Azure Boards' CSV import (lib/ticketing).
 */
export async function exportNextStepsCsv(actor: Actor, filter: TNextStepFilter = {}, format: TNextStepExportFormat = "csv"): Promise<{ csv: string; filename: string }> {
  const { organizationId } = await authorize(actor, "report.export");
  const rows = await prisma.nextStep.findMany({ where: whereOf(organizationId, filter), include: EXPORT_INCLUDE, orderBy: ORDER });
  const steps = rows.map(toTracked);
  await recordStandaloneEvent({ actor: auditActor(actor), organizationId, action: "nextstep.exported", after: { format, filter, rows: steps.length } });
  const pillarNames = new Map(FRAMEWORKS.flatMap((framework) => framework.pillars.map((pillar) => [pillar.id, pillar.name] as const)));
  const pillarName = (step: TrackedNextStep) => (step.pillar ? (pillarNames.get(step.pillar) ?? step.pillar) : "");
  if (format !== "csv") {
    const sources = steps.map(
      (step, index): TicketSource => ({
        id: step.id,
        title: step.title,
        objective: step.objective,
        tasks: step.tasks,
        stage: step.stage,
        status: step.status,
        dueDate: step.dueDate,
        ownerEmail: rows[index]!.owner?.email ?? null,
        assessmentName: step.assessment.name,
        pillarId: step.pillar,
        pillarName: pillarName(step) || null,
        questionId: step.questionId,
        link: nextStepLink(step.id),
      }),
    );
    return { csv: format === "jira" ? toJiraCsv(sources) : toAzureDevOpsCsv(sources), filename: EXPORT_FILES[format] };
  }
  const csv = toCsv(steps, [
    { header: "Assessment", value: (step) => step.assessment.name },
    { header: "Pillar", value: pillarName },
    { header: "Question id", value: (step) => step.questionId },
    { header: "Next step", value: (step) => step.title },
    { header: "Stage", value: (step) => STAGE_LABELS[step.stage] ?? step.stage },
    { header: "Objective", value: (step) => step.objective },
    { header: "Tasks", value: (step) => tasksText(step.tasks) },
    { header: "Owner", value: (step) => step.owner?.name ?? "" },
    { header: "Status", value: (step) => NEXT_STEP_STATUS_LABELS[step.status] },
    { header: "Due date", value: (step) => step.dueDate ?? "" },
    { header: "Overdue", value: (step) => (step.overdue ? "Yes" : "") },
    { header: "Notes", value: (step) => step.notes },
    { header: "Closed because", value: (step) => step.closedReason ?? "" },
  ]);
  return { csv, filename: EXPORT_FILES.csv };
}

/** A stored item as a status change's "from" side, for the webhook. */
const changeOf = (row: Row): Omit<StatusChange, "to"> => ({ id: row.id, title: row.title, questionId: row.questionId, assessment: { id: row.assessment.id, name: row.assessment.name }, from: row.status });

async function findNextStep(organizationId: string, id: string, db: Prisma.TransactionClient = prisma): Promise<Row> {
  const row = await db.nextStep.findFirst({ where: { id, assessment: { organizationId } }, include: ROW_INCLUDE });
  if (!row) throw new AppError("not_found", "That next step was not found.");
  return row;
}

/**
 * Locks the organisation's items among `ids` until the transaction ends, in id order (two
 * batches cannot deadlock): a concurrent change waits, then reads what this one wrote, so each
 * reports its own "from" to the webhook and the audit trail.
 */
async function lockNextSteps(tx: Prisma.TransactionClient, organizationId: string, ids: readonly string[]): Promise<void> {
  await tx.$queryRaw`
    SELECT n.id FROM next_steps n JOIN assessments a ON a.id = n."assessmentId"
    WHERE n.id = ANY(${ids}::text[]) AND a."organizationId" = ${organizationId}
    ORDER BY n.id
    FOR UPDATE OF n`;
}

/** Owner, status, due date, tasks and notes; a closed item's reason goes when someone reopens it. */
export async function updateNextStep(actor: Actor, id: string, changes: TUpdateNextStep): Promise<TrackedNextStep> {
  const { organizationId } = await authorize(actor, "nextstep.write");
  const after = Object.fromEntries(Object.entries(changes).filter(([, value]) => value !== undefined));
  const { row, queued } = await audited(async (tx, record) => {
    await lockNextSteps(tx, organizationId, [id]);
    const current = await findNextStep(organizationId, id, tx);
    if (changes.ownerId) await assertMember(organizationId, changes.ownerId);
    const reopened = changes.status !== undefined && OPEN.includes(changes.status);
    const closing = changes.status !== undefined && !reopened && OPEN.includes(current.status);
    const data = {
      ownerId: changes.ownerId,
      status: changes.status,
      dueDate: changes.dueDate === undefined ? undefined : changes.dueDate && new Date(`${changes.dueDate}T00:00:00Z`),
      tasks: changes.tasks,
      notes: changes.notes,
      ...(reopened ? { closedReason: null, closedAt: null } : {}),
      ...(closing ? { closedAt: new Date() } : {}),
    };
    const before = Object.fromEntries(Object.keys(after).map((key) => [key, key === "dueDate" ? dateOnly(current.dueDate) : current[key as keyof typeof current]]));
    const row = await tx.nextStep.update({ where: { id: current.id }, data, include: ROW_INCLUDE });
    const queued = changes.status ? await enqueueStatusChanges(tx, organizationId, [{ ...changeOf(current), to: changes.status }], { id: actor.userId, name: actor.name }) : 0;
    record({ actor: auditActor(actor), organizationId, action: "nextstep.updated", targetType: "next_step", targetId: id, before, after });
    return { row, queued };
  });
  if (queued > 0) sendWebhooksSoon();
  return toTracked(row);
}

/** Moves several next steps to one status, all or none: any id not in the organisation refuses the batch. */
export async function setNextStepsStatus(actor: Actor, input: TBulkNextStepStatus): Promise<{ updated: number }> {
  const { organizationId } = await authorize(actor, "nextstep.write");
  const ids = [...new Set(input.ids)];
  const queued = await audited(async (tx, record) => {
    await lockNextSteps(tx, organizationId, ids);
    const found = await tx.nextStep.findMany({ where: { id: { in: ids }, assessment: { organizationId } }, include: ROW_INCLUDE });
    if (found.length !== ids.length) throw new AppError("not_found", "Some of those next steps were not found.");
    if (OPEN.includes(input.status)) {
      await tx.nextStep.updateMany({ where: { id: { in: ids } }, data: { status: input.status, closedReason: null, closedAt: null } });
    } else {
      // Items already closed keep the moment they closed; open ones close now.
      await tx.nextStep.updateMany({ where: { id: { in: ids }, status: { in: OPEN } }, data: { status: input.status, closedAt: new Date() } });
      await tx.nextStep.updateMany({ where: { id: { in: ids }, status: { notIn: OPEN } }, data: { status: input.status } });
    }
    const queued = await enqueueStatusChanges(tx, organizationId, found.map((item) => ({ ...changeOf(item), to: input.status })), { id: actor.userId, name: actor.name });
    record({
      actor: auditActor(actor),
      organizationId,
      action: "nextstep.bulk_status",
      targetType: "next_step",
      before: Object.fromEntries(found.map((item) => [item.id, item.status])),
      after: { status: input.status, ids },
    });
    return queued;
  });
  if (queued > 0) sendWebhooksSoon();
  return { updated: ids.length };
}

import "server-only";
import { toCsv } from "@/lib/csv";
import type { PillarId, Stage } from "@/lib/framework/types";
import type { NextStepItem } from "@/lib/scoring/types";
import type { NextStepStatus, TBulkNextStepStatus, TNextStepFilter, TUpdateNextStep } from "@/lib/validation/next-step";
import type { Prisma } from "@/generated/prisma/client";
import { assertMember, frameworkOf } from "./assessments";
import { auditActor, recordAuditEvent } from "./audit";
import { authorize } from "./authorize";
import { prisma } from "./db";
import { AppError } from "./errors";
import type { Actor } from "./session";

/** Statuses that still need work; done and won't-do items are closed. */
export const OPEN: NextStepStatus[] = ["not_started", "in_progress", "blocked"];

export interface TrackedNextStep {
  id: string;
  assessment: { id: string; name: string };
  questionId: string;
  pillar: PillarId | null;
  title: string;
  objective: string;
  tasks: string;
  stage: string;
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
): Promise<{ created: number; updated: number; closed: number }> {
  const existing = await db.nextStep.findMany({ where: { assessmentId } });
  const byQuestion = new Map(existing.map((item) => [item.questionId, item]));
  const current = new Set(steps.map((step) => step.questionId));
  const counts = { created: 0, updated: 0, closed: 0 };
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
    counts.updated += 1;
  }
  const when = `${snapshot.label ? `“${snapshot.label}”, ` : ""}${snapshot.takenAt.toISOString().slice(0, 10)}`;
  for (const item of existing) {
    if (current.has(item.questionId) || !OPEN.includes(item.status)) continue;
    await db.nextStep.update({
      where: { id: item.id },
      data: { status: "done", closedAt: snapshot.takenAt, closedReason: `Gap closed: the answer reached its target in the snapshot of ${when}.` },
    });
    counts.closed += 1;
  }
  return counts;
}

const ROW_INCLUDE = { assessment: { select: { id: true, name: true, frameworkVersion: true } }, owner: { select: { id: true, name: true } } } as const;
type Row = Prisma.NextStepGetPayload<{ include: typeof ROW_INCLUDE }>;

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
    tasks: row.tasks,
    stage: row.stage as Stage,
    owner: row.owner,
    status: row.status,
    dueDate,
    notes: row.notes,
    closedReason: row.closedReason,
    overdue: dueDate !== null && dueDate < today() && OPEN.includes(row.status),
    updatedAt: row.updatedAt,
  };
}

/** Every tracked next step of the organisation's assessments, open ones first. */
export async function listNextSteps(actor: Actor, filter: TNextStepFilter = {}): Promise<TrackedNextStep[]> {
  const { organizationId } = await authorize(actor, "assessment.read");
  return queryNextSteps(organizationId, filter);
}

/** The tracker as CSV with the adoption tracker's columns, for the same filters. */
export async function exportNextStepsCsv(actor: Actor, filter: TNextStepFilter = {}): Promise<string> {
  const { organizationId } = await authorize(actor, "report.export");
  const steps = await queryNextSteps(organizationId, filter);
  await recordAuditEvent({ actor: auditActor(actor), organizationId, action: "nextstep.exported", after: { format: "csv", filter, rows: steps.length } });
  return toCsv(steps, [
    { header: "Assessment", value: (step) => step.assessment.name },
    { header: "Pillar", value: (step) => step.pillar ?? "" },
    { header: "Question id", value: (step) => step.questionId },
    { header: "Stage", value: (step) => step.stage },
    { header: "Objective", value: (step) => step.objective },
    { header: "Tasks", value: (step) => step.tasks },
    { header: "Owner", value: (step) => step.owner?.name ?? "" },
    { header: "Status", value: (step) => step.status },
    { header: "Due date", value: (step) => step.dueDate ?? "" },
    { header: "Overdue", value: (step) => (step.overdue ? "yes" : "") },
    { header: "Notes", value: (step) => step.notes },
    { header: "Closed because", value: (step) => step.closedReason ?? "" },
  ]);
}

async function queryNextSteps(organizationId: string, filter: TNextStepFilter): Promise<TrackedNextStep[]> {
  const rows = await prisma.nextStep.findMany({
    where: {
      assessment: { organizationId, ...(filter.assessmentId ? { id: filter.assessmentId } : {}) },
      ...(filter.status ? { status: filter.status } : {}),
      ...(filter.ownerId ? { ownerId: filter.ownerId } : {}),
      ...(filter.overdue ? { dueDate: { lt: new Date(`${today()}T00:00:00Z`) }, status: { in: OPEN } } : {}),
    },
    include: ROW_INCLUDE,
    orderBy: [{ dueDate: { sort: "asc", nulls: "last" } }, { createdAt: "asc" }],
  });
  const open = (item: TrackedNextStep) => (OPEN.includes(item.status) ? 0 : 1);
  return rows.map(toTracked).sort((a, b) => open(a) - open(b));
}

async function findNextStep(organizationId: string, id: string): Promise<Row> {
  const row = await prisma.nextStep.findFirst({ where: { id, assessment: { organizationId } }, include: ROW_INCLUDE });
  if (!row) throw new AppError("not_found", "That next step was not found.");
  return row;
}

/** Owner, status, due date, tasks and notes; a closed item's reason goes when someone reopens it. */
export async function updateNextStep(actor: Actor, id: string, changes: TUpdateNextStep): Promise<TrackedNextStep> {
  const { organizationId } = await authorize(actor, "nextstep.write");
  const current = await findNextStep(organizationId, id);
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
  const row = await prisma.nextStep.update({ where: { id: current.id }, data, include: ROW_INCLUDE });
  const after = Object.fromEntries(Object.entries(changes).filter(([, value]) => value !== undefined));
  const before = Object.fromEntries(
    Object.keys(after).map((key) => [key, key === "dueDate" ? dateOnly(current.dueDate) : current[key as keyof typeof current]]),
  );
  await recordAuditEvent({ actor: auditActor(actor), organizationId, action: "nextstep.updated", targetType: "next_step", targetId: id, before, after });
  return toTracked(row);
}

/** Moves several next steps to one status, all or none: any id not in the organisation refuses the batch. */
export async function setNextStepsStatus(actor: Actor, input: TBulkNextStepStatus): Promise<{ updated: number }> {
  const { organizationId } = await authorize(actor, "nextstep.write");
  const ids = [...new Set(input.ids)];
  const found = await prisma.nextStep.findMany({ where: { id: { in: ids }, assessment: { organizationId } }, select: { id: true, status: true } });
  if (found.length !== ids.length) throw new AppError("not_found", "Some of those next steps were not found.");
  if (OPEN.includes(input.status)) {
    await prisma.nextStep.updateMany({ where: { id: { in: ids } }, data: { status: input.status, closedReason: null, closedAt: null } });
  } else {
    // Items already closed keep the moment they closed; open ones close now.
    await prisma.$transaction([
      prisma.nextStep.updateMany({ where: { id: { in: ids }, status: { in: OPEN } }, data: { status: input.status, closedAt: new Date() } }),
      prisma.nextStep.updateMany({ where: { id: { in: ids }, status: { notIn: OPEN } }, data: { status: input.status } }),
    ]);
  }
  await recordAuditEvent({
    actor: auditActor(actor),
    organizationId,
    action: "nextstep.bulk_status",
    targetType: "next_step",
    before: Object.fromEntries(found.map((item) => [item.id, item.status])),
    after: { status: input.status, ids },
  });
  return { updated: ids.length };
}

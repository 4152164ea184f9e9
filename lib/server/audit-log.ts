import "server-only";
import { auditChanges, type AuditChange } from "@/lib/audit/changes";
import { auditActionLabel, auditOutcomeLabel } from "@/lib/audit/labels";
import { csvHeader, csvRows, type CsvColumns } from "@/lib/csv";
import type { TAuditFilter } from "@/lib/validation/audit";
import type { AuditEvent, Prisma } from "@/generated/prisma/client";
import { auditActor, recordStandaloneEvent } from "./audit";
import { type AuditChainStatus, readAuditChainStatus } from "./audit-chain";
import { authorize } from "./authorize";
import { prisma } from "./db";
import type { Actor } from "@/lib/actor";

export const AUDIT_PAGE_SIZE = 50;
/** Characters of one recorded value sent to the page: the page stays small however large the entries; the CSV has them whole. */
export const AUDIT_VALUE_LIMIT = 300;
/** Characters of all the values of one event together: 50 events stay a few hundred kB whatever they hold. */
const AUDIT_EVENT_BUDGET = 1_200;
/** Fields of one event shown on the page; the rest are counted. */
const AUDIT_FIELD_LIMIT = 8;
/** Rows read per query while an export streams: memory stays flat however long the trail. */
const EXPORT_BATCH = 500;
/** People matched by name for the actor filter; a filter that matches more should be narrower. */
const ACTOR_MATCH_LIMIT = 500;

export interface AuditRow {
  id: string;
  seq: number;
  at: string;
  actor: { name: string; email: string | null } | null;
  action: string;
  actionLabel: string;
  outcome: string;
  outcomeLabel: string;
  /** What the event is about, by name: "FY27 baseline", "Pat Manager". */
  target: { type: string; name: string; href: string | null } | null;
  ip: string | null;
  changes: AuditChange[];
  /** Fields not shown on the page. */
  moreChanges: number;
}

export interface AuditPage {
  rows: AuditRow[];
  total: number;
  page: number;
  pageSize: number;
}

/** Escapes LIKE's wildcards, so a filter for "50%" means exactly that. */
const literal = (text: string) => text.replace(/[\\%_]/g, "\\$&");

async function where(organizationId: string, filter: TAuditFilter): Promise<Prisma.AuditEventWhereInput> {
  const to = filter.to ? new Date(`${filter.to}T00:00:00.000Z`) : undefined;
  if (to) to.setUTCDate(to.getUTCDate() + 1);
  // The actor filter matches the recorded e-mail address or the person's current name.
  const named = filter.actor
    ? await prisma.user.findMany({
        // Only this organisation's members: other tenants' names must not use up the limit.
        where: { name: { contains: literal(filter.actor), mode: "insensitive" }, memberships: { some: { organizationId } } },
        select: { id: true },
        take: ACTOR_MATCH_LIMIT,
      })
    : [];
  return {
    organizationId,
    ...(filter.actor
      ? { OR: [{ actorEmail: { contains: literal(filter.actor), mode: "insensitive" } }, { actorId: { in: named.map((user) => user.id) } }] }
      : {}),
    ...(filter.action ? { action: { startsWith: filter.action } } : {}),
    ...(filter.outcome ? { outcome: filter.outcome } : {}),
    ...(filter.from || to ? { at: { ...(filter.from ? { gte: new Date(`${filter.from}T00:00:00.000Z`) } : {}), ...(to ? { lt: to } : {}) } } : {}),
  };
}

const record = (value: unknown): Record<string, unknown> => (value && typeof value === "object" && !Array.isArray(value) ? (value as Record<string, unknown>) : {});
const text = (value: unknown) => (typeof value === "string" && value ? value : null);
/** Values in `before`/`after` that name a person. */
const PERSON_FIELDS = ["ownerId", "userId"];

/** A bulk status change records every item's id: the page says how many instead. */
function shownValues(event: AuditEvent): { before: unknown; after: unknown } {
  if (event.action === "nextstep.bulk_status") {
    const after = record(event.after);
    return { before: undefined, after: { status: after.status, nextSteps: Array.isArray(after.ids) ? after.ids.length : 0 } };
  }
  return { before: event.before ?? undefined, after: event.after ?? undefined };
}

/**
 * The people and assessments a page of events names, in two queries: people by id (actors,
 * owners) or by membership (member events), and assessments by id or by one of their next steps.
 */
async function resolveNames(organizationId: string, events: AuditEvent[]) {
  const userIds = new Set<string>();
  const membershipIds = new Set<string>();
  const objectIds = new Set<string>();
  for (const event of events) {
    if (event.actorId) userIds.add(event.actorId);
    for (const side of [record(event.before), record(event.after)]) for (const field of PERSON_FIELDS) if (text(side[field])) userIds.add(side[field] as string);
    if (event.targetId && event.targetType === "membership") membershipIds.add(event.targetId);
    if (event.targetId && (event.targetType === "assessment" || event.targetType === "next_step")) objectIds.add(event.targetId);
  }
  const [users, assessments] = await Promise.all([
    prisma.user.findMany({
      where: { OR: [{ id: { in: [...userIds] } }, { memberships: { some: { id: { in: [...membershipIds] } } } }] },
      select: { id: true, name: true, memberships: { where: { id: { in: [...membershipIds] } }, select: { id: true } } },
    }),
    prisma.assessment.findMany({
      where: { organizationId, OR: [{ id: { in: [...objectIds] } }, { nextSteps: { some: { id: { in: [...objectIds] } } } }] },
      select: { id: true, name: true, nextSteps: { where: { id: { in: [...objectIds] } }, select: { id: true, title: true } } },
    }),
  ]);
  return {
    people: new Map(users.map((user) => [user.id, user.name])),
    members: new Map(users.flatMap((user) => user.memberships.map((membership) => [membership.id, user.name] as const))),
    assessments: new Map(assessments.map((row) => [row.id, row.name])),
    steps: new Map(assessments.flatMap((row) => row.nextSteps.map((step) => [step.id, { title: step.title, assessmentName: row.name }] as const))),
  };
}
type Names = Awaited<ReturnType<typeof resolveNames>>;

function targetOf(event: AuditEvent, names: Names): AuditRow["target"] {
  const before = record(event.before);
  const after = record(event.after);
  const id = event.targetId;
  switch (event.targetType) {
    case "assessment": {
      const name = (id && names.assessments.get(id)) ?? text(before.name) ?? text(after.name);
      return { type: "Assessment", name: name ?? "(deleted)", href: id && names.assessments.has(id) ? `/assessments/${id}` : null };
    }
    case "next_step": {
      const step = id ? names.steps.get(id) : undefined;
      if (step) return { type: "Next step", name: `${step.title} (${step.assessmentName})`, href: `/next-steps?item=${id}` };
      return { type: "Next steps", name: event.action === "nextstep.bulk_status" ? "Several" : "(deleted)", href: null };
    }
    case "membership": {
      const name = (id && names.members.get(id)) ?? text(before.user) ?? text(after.user);
      return { type: "Member", name: name ?? "(removed)", href: null };
    }
    case null:
      return null;
    default:
      return { type: event.targetType.replaceAll("_", " ").replace(/^./, (first) => first.toUpperCase()), name: "", href: null };
  }
}

function toRow(event: AuditEvent, names: Names): AuditRow {
  const { before, after } = shownValues(event);
  const { changes, more } = auditChanges(before, after, { limit: AUDIT_VALUE_LIMIT, budget: AUDIT_EVENT_BUDGET, maxFields: AUDIT_FIELD_LIMIT, names: names.people });
  const actorName = event.actorId ? names.people.get(event.actorId) : undefined;
  return {
    id: event.id,
    seq: Number(event.seq),
    at: event.at.toISOString(),
    actor: actorName || event.actorEmail ? { name: actorName ?? event.actorEmail!, email: event.actorEmail } : null,
    action: event.action,
    actionLabel: auditActionLabel(event.action),
    outcome: event.outcome,
    outcomeLabel: auditOutcomeLabel(event.outcome),
    target: targetOf(event, names),
    ip: event.ip,
    changes,
    moreChanges: more,
  };
}

/** One page of the organisation's trail, newest first (chain order), with names instead of ids. */
export async function listAuditEvents(actor: Actor, filter: TAuditFilter, page = 1): Promise<AuditPage> {
  const { organizationId } = await authorize(actor, "audit.read");
  const match = await where(organizationId, filter);
  const [events, total] = await Promise.all([
    prisma.auditEvent.findMany({ where: match, orderBy: { seq: "desc" }, skip: (page - 1) * AUDIT_PAGE_SIZE, take: AUDIT_PAGE_SIZE }),
    prisma.auditEvent.count({ where: match }),
  ]);
  const names = await resolveNames(organizationId, events);
  return { rows: events.map((event) => toRow(event, names)), total, page, pageSize: AUDIT_PAGE_SIZE };
}

type CsvEvent = AuditEvent & { actorName: string | null };
const CSV_COLUMNS: CsvColumns<CsvEvent> = [
  { header: "Seq", value: (event) => Number(event.seq) },
  { header: "At (UTC)", value: (event) => event.at.toISOString() },
  { header: "Actor", value: (event) => event.actorName },
  { header: "Actor e-mail", value: (event) => event.actorEmail },
  { header: "Action", value: (event) => auditActionLabel(event.action) },
  { header: "Action code", value: (event) => event.action },
  { header: "Outcome", value: (event) => auditOutcomeLabel(event.outcome) },
  { header: "Target type", value: (event) => event.targetType },
  { header: "Target id", value: (event) => event.targetId },
  { header: "IP", value: (event) => event.ip },
  { header: "Request id", value: (event) => event.requestId },
  { header: "Before", value: (event) => (event.before === null ? "" : JSON.stringify(event.before)) },
  { header: "After", value: (event) => (event.after === null ? "" : JSON.stringify(event.after)) },
];

/**
 * Every matching event as CSV, newest first, streamed in batches, with every recorded value
 * whole. The file holds exactly the events recorded before the export started, as many as its
 * "audit.exported" event says.
 */
export async function exportAuditEventsCsv(actor: Actor, filter: TAuditFilter): Promise<ReadableStream<Uint8Array>> {
  const { organizationId } = await authorize(actor, "audit.read");
  const match = await where(organizationId, filter);
  const newest = await prisma.auditEvent.aggregate({ where: match, _max: { seq: true }, _count: { _all: true } });
  // Events recorded while the file streams (this export's own one first) wait for the next export.
  let below = (newest._max.seq ?? 0n) + 1n;
  await recordStandaloneEvent({ actor: auditActor(actor), organizationId, action: "audit.exported", after: { filter, rows: newest._count._all } });
  const encoder = new TextEncoder();
  return new ReadableStream<Uint8Array>({
    start(controller) {
      controller.enqueue(encoder.encode(csvHeader(CSV_COLUMNS)));
    },
    async pull(controller) {
      const batch = await prisma.auditEvent.findMany({ where: { AND: [match, { seq: { lt: below } }] }, orderBy: { seq: "desc" }, take: EXPORT_BATCH });
      const actorIds = [...new Set(batch.flatMap((event) => (event.actorId ? [event.actorId] : [])))];
      const users = await prisma.user.findMany({ where: { id: { in: actorIds } }, select: { id: true, name: true } });
      const names = new Map(users.map((user) => [user.id, user.name]));
      const rows = batch.map((event) => ({ ...event, actorName: (event.actorId && names.get(event.actorId)) || null }));
      if (rows.length) controller.enqueue(encoder.encode(csvRows(rows, CSV_COLUMNS)));
      if (batch.length < EXPORT_BATCH) controller.close();
      else below = batch.at(-1)!.seq!;
    },
  });
}

/**
 * Verifying reads every event (about 25 µs each on a busy two-core machine: 100,000 in 2.5 s),
 * so the page does it by itself only up to this many events, and on request beyond.
 */
export const AUTO_VERIFY_LIMIT = 10_000;

export type AuditChainView = AuditChainStatus | { events: number; verified: false };

/**
 * Whether the chain of all events verifies (when `requested`, or when it is small enough);
 * where it breaks is named only for this organisation's events.
 */
export async function verifyAuditChain(actor: Actor, requested: boolean): Promise<AuditChainView> {
  const { organizationId } = await authorize(actor, "audit.read");
  if (!requested) {
    const events = await prisma.auditEvent.count();
    if (events > AUTO_VERIFY_LIMIT) return { events, verified: false };
  }
  const status = await readAuditChainStatus();
  if (status.broken && status.broken.organizationId !== organizationId) status.broken = { ...status.broken, eventId: null, organizationId: null };
  return status;
}

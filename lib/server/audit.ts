import "server-only";
import { randomUUID } from "node:crypto";
import { redact } from "@/lib/redact";
import { Prisma } from "@/generated/prisma/client";
import { prisma } from "./db";
import { requestContext, type RequestContext } from "./request-context";

export interface AuditEntry {
  actor: { userId: string; email: string } | null;
  organizationId: string | null;
  action: string;
  targetType?: string;
  targetId?: string;
  outcome?: "success" | "failure" | "denied";
  before?: unknown;
  after?: unknown;
}

/** How an audit entry names the acting user. */
export const auditActor = (actor: { userId: string; email: string }) => ({ userId: actor.userId, email: actor.email });

/** Notes an event for the trail; `audited` writes it when the change commits, and never without it. */
export type RecordAudit = (entry: AuditEntry) => void;

type TransactionOptions = { isolationLevel?: Prisma.TransactionIsolationLevel; maxWait?: number; timeout?: number };

const json = (value: unknown) => (value === undefined ? undefined : (redact(value) as Prisma.InputJsonValue));

/** The row an entry becomes, whichever way it is written. */
function auditRow(entry: AuditEntry, context: RequestContext) {
  return {
    actorId: entry.actor?.userId ?? null,
    actorEmail: entry.actor?.email ?? null,
    organizationId: entry.organizationId,
    action: entry.action,
    targetType: entry.targetType ?? null,
    targetId: entry.targetId ?? null,
    outcome: entry.outcome ?? "success",
    ip: context.ip,
    userAgent: context.userAgent,
    requestId: context.requestId,
    before: json(entry.before),
    after: json(entry.after),
  };
}

// Nothing in the app updates or deletes these rows; the database chains each one to the one before.
async function insertAuditEvent(entry: AuditEntry, db: Pick<Prisma.TransactionClient, "auditEvent">): Promise<void> {
  await db.auditEvent.create({ data: auditRow(entry, await requestContext()) });
}

/**
 * The one way to change data: runs `change` in a transaction and writes the events it records
 * in that same transaction, so a change never commits without its record, nor a record without
 * its change. The events go in last because their insert takes the chain's lock (decision 0008),
 * held to commit: the rest of the change does not hold up other writers.
 */
export async function audited<T>(change: (tx: Prisma.TransactionClient, record: RecordAudit) => Promise<T>, options?: TransactionOptions): Promise<T> {
  return prisma.$transaction(async (tx) => {
    const events: AuditEntry[] = [];
    const result = await change(tx, (entry) => void events.push(entry));
    for (const entry of events) await insertAuditEvent(entry, tx);
    return result;
  }, options);
}

/**
 * Records an event with no change of the app's to go with: a refusal, a failed sign-in, a read or
 * export, a mail handed to the server, or what better-auth changed in its own transaction (a
 * sign-in, a verified address, a reset password). A change records its events through `audited`.
 */
export async function recordStandaloneEvent(entry: AuditEntry): Promise<void> {
  await insertAuditEvent(entry, prisma);
}

const jsonb = (value: Prisma.InputJsonValue | undefined) => (value === undefined ? null : JSON.stringify(value));

/**
 * The answer save's way (answers.ts), the hottest write: the event as an `INSERT … SELECT` that
 * writes one row per row of `source`, a data-modifying CTE of the same statement. The change and
 * its event are then one statement, both or neither, as with `audited`, and the chain's lock is
 * held for that statement alone rather than until a transaction's COMMIT comes back.
 */
export function auditInsertFrom(source: "written", entry: AuditEntry, context: RequestContext, at: Date): Prisma.Sql {
  const row = auditValues(entry, context);
  // The time as text with its zone, which the cast drops: UTC, as Prisma writes times, whatever the server's TimeZone.
  return Prisma.sql`
    INSERT INTO audit_events (id, at, "actorId", "actorEmail", "organizationId", action, "targetType", "targetId", outcome, ip, "userAgent", "requestId", before, after)
    SELECT ${randomUUID()}, ${at.toISOString()}::timestamp(3), ${row.actorId}, ${row.actorEmail}, ${row.organizationId}, ${row.action}, ${row.targetType}, ${row.targetId},
           ${row.outcome}, ${row.ip}, ${row.userAgent}, ${row.requestId}, ${row.before}::jsonb, ${row.after}::jsonb
    FROM ${Prisma.raw(source)}`;
}

/**
 * An event's row with its JSON as text, for statements that write the row themselves: the
 * `INSERT … SELECT` above, and the database function of the common answer save
 * (answer_save_level, answers.ts), which builds the `before` of what it replaced.
 */
export function auditValues(entry: AuditEntry, context: RequestContext) {
  const row = auditRow(entry, context);
  return { ...row, before: jsonb(row.before), after: jsonb(row.after) };
}

import "server-only";
import { randomUUID } from "node:crypto";
import { redact } from "@/lib/redact";
import { Prisma, type PrismaClient } from "@/generated/prisma/client";
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

/**
 * Appends one event to the audit trail, inside `db`'s transaction when one is given. Nothing
 * in the app updates or deletes these rows; the database chains each one to the one before.
 */
export async function recordAuditEvent(entry: AuditEntry, db: Pick<PrismaClient, "auditEvent"> = prisma): Promise<void> {
  await db.auditEvent.create({ data: auditRow(entry, await requestContext()) });
}

const jsonb = (value: Prisma.InputJsonValue | undefined) => (value === undefined ? null : JSON.stringify(value));

/**
 * The same event as an `INSERT … SELECT` that writes one row per row of `source`, the name of a
 * data-modifying CTE of the same statement: the change and its event are then one statement,
 * both or neither, and the chain's lock (decision 0008) is held for that statement alone rather
 * than until a transaction's COMMIT comes back. For the hottest write, the answer save.
 */
export function auditInsertFrom(source: "written" | "started", entry: AuditEntry, context: RequestContext, at: Date): Prisma.Sql {
  const row = auditRow(entry, context);
  // The time as text with its zone, which the cast drops: UTC, as Prisma writes times, whatever the server's TimeZone.
  return Prisma.sql`
    INSERT INTO audit_events (id, at, "actorId", "actorEmail", "organizationId", action, "targetType", "targetId", outcome, ip, "userAgent", "requestId", before, after)
    SELECT ${randomUUID()}, ${at.toISOString()}::timestamp(3), ${row.actorId}, ${row.actorEmail}, ${row.organizationId}, ${row.action}, ${row.targetType}, ${row.targetId},
           ${row.outcome}, ${row.ip}, ${row.userAgent}, ${row.requestId}, ${jsonb(row.before)}::jsonb, ${jsonb(row.after)}::jsonb
    FROM ${Prisma.raw(source)}`;
}

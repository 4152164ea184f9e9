import "server-only";
import { redact } from "@/lib/redact";
import type { Prisma, PrismaClient } from "@/generated/prisma/client";
import { prisma } from "./db";
import { requestContext } from "./request-context";

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

/**
 * Appends one event to the audit trail, inside `db`'s transaction when one is given. Nothing
 * in the app updates or deletes these rows; the database chains each one to the one before.
 */
export async function recordAuditEvent(entry: AuditEntry, db: Pick<PrismaClient, "auditEvent"> = prisma): Promise<void> {
  const context = await requestContext();
  await db.auditEvent.create({
    data: {
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
    },
  });
}

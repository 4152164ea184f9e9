import "server-only";
import { redact } from "@/lib/redact";
import type { Prisma } from "@/generated/prisma/client";
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

/** Appends one event to the audit trail. Nothing in the app updates or deletes these rows. */
export async function recordAuditEvent(entry: AuditEntry): Promise<void> {
  const context = await requestContext();
  await prisma.auditEvent.create({
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

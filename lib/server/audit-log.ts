import "server-only";
import { toCsv } from "@/lib/csv";
import type { TAuditFilter } from "@/lib/validation/audit";
import type { Prisma } from "@/generated/prisma/client";
import { auditActor, recordAuditEvent } from "./audit";
import { authorize } from "./authorize";
import { prisma } from "./db";
import type { Actor } from "./session";

export const AUDIT_PAGE_LIMIT = 500;

export interface AuditRow {
  id: string;
  at: string;
  actorEmail: string | null;
  action: string;
  outcome: string;
  targetType: string | null;
  targetId: string | null;
  ip: string | null;
  requestId: string | null;
  details: string;
}

function where(organizationId: string, filter: TAuditFilter): Prisma.AuditEventWhereInput {
  const to = filter.to ? new Date(`${filter.to}T00:00:00.000Z`) : undefined;
  if (to) to.setUTCDate(to.getUTCDate() + 1);
  return {
    organizationId,
    ...(filter.actor ? { actorEmail: { contains: filter.actor, mode: "insensitive" } } : {}),
    ...(filter.action ? { action: { startsWith: filter.action } } : {}),
    ...(filter.from || to ? { at: { ...(filter.from ? { gte: new Date(`${filter.from}T00:00:00.000Z`) } : {}), ...(to ? { lt: to } : {}) } } : {}),
  };
}

/** The organisation's trail, newest first, at most AUDIT_PAGE_LIMIT rows. */
export async function listAuditEvents(actor: Actor, filter: TAuditFilter): Promise<AuditRow[]> {
  const { organizationId } = await authorize(actor, "audit.read");
  const events = await prisma.auditEvent.findMany({ where: where(organizationId, filter), orderBy: { at: "desc" }, take: AUDIT_PAGE_LIMIT });
  return events.map((event) => ({
    id: event.id,
    at: event.at.toISOString(),
    actorEmail: event.actorEmail,
    action: event.action,
    outcome: event.outcome,
    targetType: event.targetType,
    targetId: event.targetId,
    ip: event.ip,
    requestId: event.requestId,
    details: JSON.stringify({ before: event.before ?? undefined, after: event.after ?? undefined }),
  }));
}

export async function exportAuditEventsCsv(actor: Actor, filter: TAuditFilter): Promise<string> {
  const rows = await listAuditEvents(actor, filter);
  await recordAuditEvent({
    actor: auditActor(actor),
    organizationId: actor.membership!.organizationId,
    action: "audit.exported",
    after: { filter, rows: rows.length },
  });
  return toCsv(rows, [
    { header: "at", value: (row) => row.at },
    { header: "actor", value: (row) => row.actorEmail },
    { header: "action", value: (row) => row.action },
    { header: "outcome", value: (row) => row.outcome },
    { header: "target_type", value: (row) => row.targetType },
    { header: "target_id", value: (row) => row.targetId },
    { header: "ip", value: (row) => row.ip },
    { header: "request_id", value: (row) => row.requestId },
    { header: "details", value: (row) => row.details },
  ]);
}

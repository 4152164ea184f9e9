import "server-only";
import { auditActor, recordAuditEvent } from "./audit";
import { prisma } from "./db";
import { AppError } from "./errors";
import type { Actor } from "./session";

export interface SessionRow {
  id: string;
  ipAddress: string | null;
  userAgent: string | null;
  createdAt: Date;
  lastActiveAt: Date;
  current: boolean;
}

/** The actor's own live sessions; nobody sees or revokes anyone else's. */
export async function listMySessions(actor: Actor): Promise<SessionRow[]> {
  const sessions = await prisma.session.findMany({
    where: { userId: actor.userId, expiresAt: { gt: new Date() } },
    orderBy: { updatedAt: "desc" },
  });
  return sessions.map((session) => ({
    id: session.id,
    ipAddress: session.ipAddress,
    userAgent: session.userAgent,
    createdAt: session.createdAt,
    lastActiveAt: session.updatedAt,
    current: session.id === actor.sessionId,
  }));
}

/** Deleting the row signs the session out on its next request: sessions are checked in the database. */
export async function revokeMySession(actor: Actor, sessionId: string): Promise<void> {
  const { count } = await prisma.session.deleteMany({ where: { id: sessionId, userId: actor.userId } });
  if (count === 0) throw new AppError("not_found", "That session was not found.");
  await recordAuditEvent({
    actor: auditActor(actor),
    organizationId: actor.membership?.organizationId ?? null,
    action: "session.revoked",
    targetType: "session",
    targetId: sessionId,
    after: { current: sessionId === actor.sessionId },
  });
}

import "server-only";
import { audited, auditActor } from "./audit";
import { authorize } from "./authorize";
import { prisma } from "./db";
import { AppError } from "./errors";
import { manageableMember } from "./members";
import { SESSION_LIFETIME } from "./session-lifetime";
import type { Actor } from "@/lib/actor";

/** The oldest sign-in a live session may have. */
const oldestLiveSignIn = (now: Date) => new Date(now.getTime() - SESSION_LIFETIME.maxSeconds * 1000);

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
    where: { userId: actor.userId, expiresAt: { gt: new Date() }, createdAt: { gt: oldestLiveSignIn(new Date()) } },
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
  await audited(async (tx, record) => {
    const { count } = await tx.session.deleteMany({ where: { id: sessionId, userId: actor.userId } });
    if (count === 0) throw new AppError("not_found", "That session was not found.");
    record({
      actor: auditActor(actor),
      organizationId: actor.membership?.organizationId ?? null,
      action: "session.revoked",
      targetType: "session",
      targetId: sessionId,
      after: { current: sessionId === actor.sessionId },
    });
  });
}

/**
 * Ends a session that reached its absolute lifetime. Only the request that actually deletes
 * the row records it, so concurrent requests of one session audit it once.
 */
export async function expireSession(
  session: { id: string; createdAt: Date; activeOrganizationId?: string | null },
  user: { id: string; email: string },
): Promise<void> {
  await audited(async (tx, record) => {
    const { count } = await tx.session.deleteMany({ where: { id: session.id } });
    if (count === 0) return;
    const organizationId =
      session.activeOrganizationId ??
      (await tx.membership.findFirst({ where: { userId: user.id }, orderBy: { createdAt: "asc" }, select: { organizationId: true } }))?.organizationId ??
      null;
    record({
      actor: { userId: user.id, email: user.email },
      organizationId,
      action: "session.expired",
      targetType: "session",
      targetId: session.id,
      after: { signedInAt: session.createdAt, maxHours: SESSION_LIFETIME.maxSeconds / 3600 },
    });
  });
}

/** An owner or admin signs a member out everywhere, e.g. when a laptop is lost. Returns how many sessions ended. */
export async function endMemberSessions(actor: Actor, membershipId: string): Promise<number> {
  const membership = await authorize(actor, "member.manage");
  const target = await manageableMember(membership, membershipId);
  return audited(async (tx, record) => {
    const { count } = await tx.session.deleteMany({ where: { userId: target.userId } });
    record({
      actor: auditActor(actor),
      organizationId: membership.organizationId,
      action: "member.sessions_ended",
      targetType: "membership",
      targetId: target.id,
      after: { user: target.user.email, sessions: count },
    });
    return count;
  });
}

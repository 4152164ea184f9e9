import "server-only";
import { authorize } from "./authorize";
import { prisma } from "./db";
import type { Actor } from "@/lib/actor";

export interface OutboxRow {
  id: string;
  kind: string;
  toEmail: string;
  subject: string;
  text: string;
  status: "held" | "failed";
  error: string | null;
  createdAt: Date;
}

const OUTBOX_PAGE = 50;
const outboxSelect = { id: true, kind: true, toEmail: true, subject: true, text: true, status: true, error: true, createdAt: true } as const;

/** Mail addressed to the actor's own account (address verification, password reset). */
export async function listMyMail(actor: Actor): Promise<OutboxRow[]> {
  return prisma.outboxMessage.findMany({ where: { recipientUserId: actor.userId }, select: outboxSelect, orderBy: { createdAt: "desc" }, take: OUTBOX_PAGE });
}

/** Mail sent for the active organisation (invitations); personal mail of members never shows here. */
export async function listOrganizationMail(actor: Actor): Promise<OutboxRow[]> {
  const { organizationId } = await authorize(actor, "mail.read");
  return prisma.outboxMessage.findMany({ where: { organizationId, recipientUserId: null }, select: outboxSelect, orderBy: { createdAt: "desc" }, take: OUTBOX_PAGE });
}

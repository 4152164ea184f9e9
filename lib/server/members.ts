import "server-only";
import { createHash, randomBytes } from "node:crypto";
import { mayManageRole, roleHasPermission, type Role } from "@/lib/permissions";
import type { TChangeRole, TCreateInvitation, TOrganizationName } from "@/lib/validation/organization";
import type { Prisma } from "@/generated/prisma/client";
import { audited, auditActor, type RecordAudit } from "./audit";
import { authorize } from "./authorize";
import { prisma } from "./db";
import { AppError } from "./errors";
import { createOrganizationWithOwner } from "./organizations";
import { assertEmailVerified } from "./email-verification";
import { sendInvitationMail } from "./invitation-mail";
import type { MailOutcome } from "./mail";
import type { ActiveMembership, Actor } from "@/lib/actor";

const INVITATION_DAYS = 7;

const hashToken = (token: string) => createHash("sha256").update(token).digest("hex");

export interface MemberRow {
  membershipId: string;
  userId: string;
  name: string;
  email: string;
  role: Role;
  joinedAt: Date;
}

export async function listMembers(actor: Actor): Promise<MemberRow[]> {
  const { organizationId } = await authorize(actor, "member.read");
  const memberships = await prisma.membership.findMany({
    where: { organizationId },
    include: { user: { select: { name: true, email: true } } },
    orderBy: { createdAt: "asc" },
  });
  return memberships.map((m) => ({ membershipId: m.id, userId: m.userId, name: m.user.name, email: m.user.email, role: m.role, joinedAt: m.createdAt }));
}

/** Only owners grant, change or remove the owner and admin roles. */
function assertMayTouchRole(membership: ActiveMembership, ...roles: Role[]): void {
  if (!roles.every((role) => mayManageRole(membership.role, role))) {
    throw new AppError("forbidden", "Only owners can grant, change or remove the owner and admin roles.");
  }
}

type Db = Prisma.TransactionClient;

async function findMembership(db: Db, organizationId: string, membershipId: string) {
  const target = await db.membership.findFirst({ where: { id: membershipId, organizationId }, include: { user: { select: { email: true } } } });
  if (!target) throw new AppError("not_found", "That member was not found.");
  return target;
}

/**
 * The member an owner or admin acts on (their sessions, their tokens): one of this
 * organisation, and an owner or admin only for owners.
 */
export async function manageableMember(membership: ActiveMembership, membershipId: string) {
  const target = await findMembership(prisma, membership.organizationId, membershipId);
  if (!mayManageRole(membership.role, target.role)) {
    throw new AppError("forbidden", "Only owners can act on owners and admins.");
  }
  return target;
}

async function assertAnotherOwnerRemains(db: Db, organizationId: string, leavingUserId: string): Promise<void> {
  const owners = await db.membership.count({ where: { organizationId, role: "owner", userId: { not: leavingUserId } } });
  if (owners === 0) throw new AppError("conflict", "An organisation always keeps at least one owner: make someone else owner first.");
}

/**
 * Runs a membership change holding a lock on the organisation's row, with the acting member's
 * role and the target re-read under it: two owners demoting or removing each other at once
 * run one after the other, and the second sees that it would leave no owner.
 */
async function withMembersLocked<T>(
  actor: Actor,
  membershipId: string,
  run: (db: Db, membership: ActiveMembership, target: Awaited<ReturnType<typeof findMembership>>, record: RecordAudit) => Promise<T>,
): Promise<T> {
  const membership = await authorize(actor, "member.manage");
  return audited(async (db, record) => {
    await db.$queryRaw`SELECT id FROM organizations WHERE id = ${membership.organizationId} FOR UPDATE`;
    const own = await db.membership.findUnique({ where: { organizationId_userId: { organizationId: membership.organizationId, userId: actor.userId } } });
    if (!own || !roleHasPermission(own.role, "member.manage")) throw new AppError("forbidden", "You do not have permission to do that.");
    const current = { ...membership, role: own.role };
    return run(db, current, await findMembership(db, membership.organizationId, membershipId), record);
  });
}

export async function changeMemberRole(actor: Actor, input: TChangeRole): Promise<void> {
  await withMembersLocked(actor, input.membershipId, async (db, membership, target, record) => {
    if (target.role === input.role) return;
    assertMayTouchRole(membership, target.role, input.role);
    if (target.role === "owner") await assertAnotherOwnerRemains(db, membership.organizationId, target.userId);
    await db.membership.update({ where: { id: target.id }, data: { role: input.role } });
    record({
      actor: auditActor(actor),
      organizationId: membership.organizationId,
      action: "member.role_changed",
      targetType: "membership",
      targetId: target.id,
      before: { role: target.role, user: target.user.email },
      after: { role: input.role, user: target.user.email },
    });
  });
}

export async function removeMember(actor: Actor, membershipId: string): Promise<void> {
  await withMembersLocked(actor, membershipId, async (db, membership, target, record) => {
    assertMayTouchRole(membership, target.role);
    if (target.role === "owner") await assertAnotherOwnerRemains(db, membership.organizationId, target.userId);
    await db.membership.delete({ where: { id: target.id } });
    record({
      actor: auditActor(actor),
      organizationId: membership.organizationId,
      action: "member.removed",
      targetType: "membership",
      targetId: target.id,
      before: { role: target.role, user: target.user.email },
    });
  });
}

export interface InvitationRow {
  id: string;
  email: string;
  role: Role;
  expiresAt: Date;
  createdAt: Date;
}

export async function listPendingInvitations(actor: Actor): Promise<InvitationRow[]> {
  const { organizationId } = await authorize(actor, "member.manage");
  return prisma.invitation.findMany({
    where: { organizationId, acceptedAt: null, revokedAt: null, expiresAt: { gt: new Date() } },
    select: { id: true, email: true, role: true, expiresAt: true, createdAt: true },
    orderBy: { createdAt: "desc" },
  });
}

/** Returns the secret for the link; only its hash is stored, so it is shown once. */
export async function createInvitation(actor: Actor, input: TCreateInvitation): Promise<{ token: string; expiresAt: Date; mail: MailOutcome }> {
  const membership = await authorize(actor, "member.manage");
  assertMayTouchRole(membership, input.role);
  const existing = await prisma.membership.findFirst({ where: { organizationId: membership.organizationId, user: { email: input.email } } });
  if (existing) throw new AppError("conflict", "That person is already a member.");
  const token = randomBytes(24).toString("base64url");
  const expiresAt = new Date(Date.now() + INVITATION_DAYS * 24 * 60 * 60 * 1000);
  await audited(async (tx, record) => {
    const invitation = await tx.invitation.create({
      data: { organizationId: membership.organizationId, email: input.email, role: input.role, tokenHash: hashToken(token), invitedById: actor.userId, expiresAt },
    });
    record({
      actor: auditActor(actor),
      organizationId: membership.organizationId,
      action: "invitation.created",
      targetType: "invitation",
      targetId: invitation.id,
      after: { email: input.email, role: input.role, expiresAt },
    });
  });
  // Mailed as well; the link stays copyable in the UI whatever happened to the e-mail.
  const mail = await sendInvitationMail({ organizationId: membership.organizationId, organizationName: membership.organizationName, inviterName: actor.name, email: input.email, role: input.role, token, expiresAt });
  return { token, expiresAt, mail };
}

export async function revokeInvitation(actor: Actor, invitationId: string): Promise<void> {
  const membership = await authorize(actor, "member.manage");
  await audited(async (tx, record) => {
    const { count } = await tx.invitation.updateMany({
      where: { id: invitationId, organizationId: membership.organizationId, acceptedAt: null, revokedAt: null },
      data: { revokedAt: new Date() },
    });
    if (count === 0) throw new AppError("not_found", "That invitation was not found or is no longer pending.");
    record({ actor: auditActor(actor), organizationId: membership.organizationId, action: "invitation.revoked", targetType: "invitation", targetId: invitationId });
  });
}

export interface InvitationPreview {
  organizationName: string;
  role: Role;
  email: string;
  expiresAt: Date;
}

async function findUsableInvitation(token: string) {
  const invitation = await prisma.invitation.findUnique({ where: { tokenHash: hashToken(token) }, include: { organization: { select: { name: true } } } });
  if (!invitation || invitation.revokedAt) throw new AppError("not_found", "This invitation link is not valid. Ask for a new one.");
  if (invitation.acceptedAt) throw new AppError("conflict", "This invitation link has already been used.");
  if (invitation.expiresAt <= new Date()) throw new AppError("conflict", "This invitation link has expired. Ask for a new one.");
  return invitation;
}

export async function previewInvitation(token: string): Promise<InvitationPreview> {
  const invitation = await findUsableInvitation(token);
  return { organizationName: invitation.organization.name, role: invitation.role, email: invitation.email, expiresAt: invitation.expiresAt };
}

/** Single use: the update only succeeds while the invitation is still pending. */
export async function acceptInvitation(actor: Actor, token: string): Promise<string> {
  const invitation = await findUsableInvitation(token);
  if (invitation.email.toLowerCase() !== actor.email.toLowerCase()) {
    throw new AppError("forbidden", `This invitation is for ${invitation.email}. Sign in with that address to accept it.`);
  }
  await assertEmailVerified(actor.userId, actor.email);
  await audited(async (tx, record) => {
    const { count } = await tx.invitation.updateMany({ where: { id: invitation.id, acceptedAt: null, revokedAt: null }, data: { acceptedAt: new Date() } });
    if (count === 0) throw new AppError("conflict", "This invitation link has already been used.");
    await tx.membership.upsert({
      where: { organizationId_userId: { organizationId: invitation.organizationId, userId: actor.userId } },
      create: { organizationId: invitation.organizationId, userId: actor.userId, role: invitation.role },
      update: {},
    });
    await tx.session.update({ where: { id: actor.sessionId }, data: { activeOrganizationId: invitation.organizationId } });
    record({
      actor: auditActor(actor),
      organizationId: invitation.organizationId,
      action: "invitation.accepted",
      targetType: "invitation",
      targetId: invitation.id,
      after: { role: invitation.role },
    });
  });
  return invitation.organizationId;
}

export async function renameOrganization(actor: Actor, input: TOrganizationName): Promise<void> {
  const membership = await authorize(actor, "organization.manage");
  await audited(async (tx, record) => {
    await tx.organization.update({ where: { id: membership.organizationId }, data: { name: input.name } });
    record({
      actor: auditActor(actor),
      organizationId: membership.organizationId,
      action: "organization.renamed",
      targetType: "organization",
      targetId: membership.organizationId,
      before: { name: membership.organizationName },
      after: { name: input.name },
    });
  });
}

export async function switchOrganization(actor: Actor, organizationId: string): Promise<void> {
  if (!actor.organizations.some((organization) => organization.id === organizationId)) {
    throw new AppError("not_found", "That organisation was not found.");
  }
  await prisma.session.update({ where: { id: actor.sessionId }, data: { activeOrganizationId: organizationId } });
}

export async function createOrganization(actor: Actor, input: TOrganizationName): Promise<void> {
  await audited(async (tx, record) => {
    const organizationId = await createOrganizationWithOwner(actor.userId, input.name, tx);
    await tx.session.update({ where: { id: actor.sessionId }, data: { activeOrganizationId: organizationId } });
    record({ actor: auditActor(actor), organizationId, action: "organization.created", targetType: "organization", targetId: organizationId, after: { name: input.name } });
  });
}

export async function setMfaRequired(actor: Actor, mfaRequired: boolean): Promise<void> {
  const membership = await authorize(actor, "organization.manage");
  if (mfaRequired && !actor.twoFactorEnabled) {
    throw new AppError("conflict", "Set up two-factor authentication for yourself before requiring it of everyone.");
  }
  await audited(async (tx, record) => {
    await tx.organization.update({ where: { id: membership.organizationId }, data: { mfaRequired } });
    record({
      actor: auditActor(actor),
      organizationId: membership.organizationId,
      action: "organization.mfa_policy_changed",
      targetType: "organization",
      targetId: membership.organizationId,
      before: { mfaRequired: membership.mfaRequired },
      after: { mfaRequired },
    });
  });
}

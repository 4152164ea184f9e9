"use server";

import { revalidatePath } from "next/cache";
import { runAction } from "@/lib/server/action";
import {
  changeMemberRole,
  createInvitation,
  createOrganization,
  removeMember,
  renameOrganization,
  revokeInvitation,
  switchOrganization,
} from "@/lib/server/members";
import { revokeMySession } from "@/lib/server/sessions";
import {
  ZChangeRole,
  ZCreateInvitation,
  ZOrganizationName,
  ZRemoveMember,
  ZRevokeInvitation,
  ZRevokeSession,
  ZSwitchOrganization,
} from "@/lib/validation/organization";

export async function renameOrganizationAction(input: unknown) {
  const result = await runAction(ZOrganizationName, input, renameOrganization);
  revalidatePath("/", "layout");
  return result;
}

export async function changeMemberRoleAction(input: unknown) {
  const result = await runAction(ZChangeRole, input, changeMemberRole);
  revalidatePath("/settings");
  return result;
}

export async function removeMemberAction(input: unknown) {
  const result = await runAction(ZRemoveMember, input, (actor, data) => removeMember(actor, data.membershipId));
  revalidatePath("/settings");
  return result;
}

export async function createInvitationAction(input: unknown) {
  const result = await runAction(ZCreateInvitation, input, createInvitation);
  revalidatePath("/settings");
  return result;
}

export async function revokeInvitationAction(input: unknown) {
  const result = await runAction(ZRevokeInvitation, input, (actor, data) => revokeInvitation(actor, data.invitationId));
  revalidatePath("/settings");
  return result;
}

export async function switchOrganizationAction(input: unknown) {
  const result = await runAction(ZSwitchOrganization, input, (actor, data) => switchOrganization(actor, data.organizationId));
  revalidatePath("/", "layout");
  return result;
}

export async function createOrganizationAction(input: unknown) {
  const result = await runAction(ZOrganizationName, input, createOrganization);
  revalidatePath("/", "layout");
  return result;
}

export async function revokeSessionAction(input: unknown) {
  const result = await runAction(ZRevokeSession, input, (actor, data) => revokeMySession(actor, data.sessionId));
  revalidatePath("/settings");
  return result;
}

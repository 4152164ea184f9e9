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
  setMfaRequired,
  switchOrganization,
} from "@/lib/server/members";
import { changePassword } from "@/lib/server/password";
import { setReportClassification } from "@/lib/server/report";
import { setScoringPolicy } from "@/lib/server/scoring-policy";
import { confirmTwoFactor, disableTwoFactor, startTwoFactorEnrolment } from "@/lib/server/two-factor";
import { ZPasswordConfirmation, ZTwoFactorCode } from "@/lib/validation/auth";
import { ZChangePassword } from "@/lib/validation/password";
import { createApiToken, listMemberApiTokens, revokeApiToken, revokeMemberApiToken } from "@/lib/server/api-tokens";
import { endMemberSessions, revokeMySession } from "@/lib/server/sessions";
import { ZRevokeApiToken } from "@/lib/validation/api-token";
import { ZCreateApiTokenWithPassword, ZMemberAccess, ZRevokeMemberApiToken } from "@/lib/validation/api-token-reauth";
import {
  ZChangeRole,
  ZCreateInvitation,
  ZMfaPolicy,
  ZOrganizationName,
  ZRemoveMember,
  ZRevokeInvitation,
  ZRevokeSession,
  ZSwitchOrganization,
} from "@/lib/validation/organization";
import { ZReportClassification } from "@/lib/validation/report";
import { ZScoringSettings } from "@/lib/validation/scoring-policy";

export async function renameOrganizationAction(input: unknown) {
  const result = await runAction(ZOrganizationName, input, renameOrganization);
  revalidatePath("/", "layout");
  return result;
}

export async function changeMemberRoleAction(input: unknown) {
  const result = await runAction(ZChangeRole, input, changeMemberRole);
  revalidatePath("/", "layout");
  return result;
}

export async function removeMemberAction(input: unknown) {
  const result = await runAction(ZRemoveMember, input, (actor, data) => removeMember(actor, data.membershipId));
  revalidatePath("/settings/members");
  return result;
}

export async function createInvitationAction(input: unknown) {
  const result = await runAction(ZCreateInvitation, input, createInvitation);
  revalidatePath("/settings/members");
  return result;
}

export async function revokeInvitationAction(input: unknown) {
  const result = await runAction(ZRevokeInvitation, input, (actor, data) => revokeInvitation(actor, data.invitationId));
  revalidatePath("/settings/members");
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
  revalidatePath("/settings/account");
  return result;
}

export async function startTwoFactorAction(input: unknown) {
  return runAction(ZPasswordConfirmation, input, (actor, data) => startTwoFactorEnrolment(actor, data.password));
}

// Confirming leaves the refresh to the client: the recovery codes stay on screen until then.
export async function confirmTwoFactorAction(input: unknown) {
  return runAction(ZTwoFactorCode, input, (actor, data) => confirmTwoFactor(actor, data.code));
}

export async function disableTwoFactorAction(input: unknown) {
  const result = await runAction(ZPasswordConfirmation, input, (actor, data) => disableTwoFactor(actor, data.password));
  revalidatePath("/settings/account");
  return result;
}

export async function changePasswordAction(input: unknown) {
  const result = await runAction(ZChangePassword, input, changePassword);
  revalidatePath("/settings/account");
  return result;
}

export async function setMfaPolicyAction(input: unknown) {
  const result = await runAction(ZMfaPolicy, input, (actor, data) => setMfaRequired(actor, data.mfaRequired));
  revalidatePath("/", "layout");
  return result;
}

export async function createApiTokenAction(input: unknown) {
  const result = await runAction(ZCreateApiTokenWithPassword, input, createApiToken);
  revalidatePath("/settings/api-tokens");
  return result;
}

export async function revokeApiTokenAction(input: unknown) {
  const result = await runAction(ZRevokeApiToken, input, (actor, data) => revokeApiToken(actor, data.tokenId));
  revalidatePath("/settings/api-tokens");
  return result;
}

export async function endMemberSessionsAction(input: unknown) {
  return runAction(ZMemberAccess, input, (actor, data) => endMemberSessions(actor, data.membershipId));
}

export async function listMemberApiTokensAction(input: unknown) {
  const result = await runAction(ZMemberAccess, input, (actor, data) => listMemberApiTokens(actor, data.membershipId));
  return result.ok
    ? { ...result, data: result.data.map((token) => ({ ...token, expiresAt: token.expiresAt.toISOString(), lastUsedAt: token.lastUsedAt?.toISOString() ?? null, createdAt: token.createdAt.toISOString() })) }
    : result;
}

export async function revokeMemberApiTokenAction(input: unknown) {
  return runAction(ZRevokeMemberApiToken, input, (actor, data) => revokeMemberApiToken(actor, data.membershipId, data.tokenId));
}

export async function setReportClassificationAction(input: unknown) {
  const result = await runAction(ZReportClassification, input, setReportClassification);
  revalidatePath("/settings");
  return result;
}

export async function setScoringPolicyAction(input: unknown) {
  const result = await runAction(ZScoringSettings, input, setScoringPolicy);
  revalidatePath("/", "layout");
  return result;
}

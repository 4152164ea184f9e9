import "server-only";
import { APIError } from "better-auth/api";
import { headers } from "next/headers";
import { recordStandaloneEvent } from "./audit";
import { auth } from "./auth";
import { prisma } from "./db";
import { AppError } from "./errors";
import { overMailQuota } from "./mail-quota";
import { requestContext } from "./request-context";

const PER_IP = 20;

/**
 * Asks better-auth to mail a reset link. The caller always answers the same, whether or not
 * the account exists; only the limit per IP shows. Mails per account are limited where they
 * are sent (lib/server/auth-mail.ts), silently, so that limit reveals nothing either.
 */
export async function requestPasswordReset(email: string): Promise<void> {
  const { ip } = await requestContext();
  if (await overMailQuota(`mail-reset-ip:${ip ?? "unknown"}`, PER_IP)) {
    await recordStandaloneEvent({ actor: null, organizationId: null, action: "auth.password_reset_requested", outcome: "denied", after: { email } });
    throw new AppError("rate_limited", "Too many reset requests. Try again in 15 minutes.");
  }
  await auth.api.requestPasswordReset({ body: { email }, headers: await headers() });
  await recordStandaloneEvent({ actor: null, organizationId: null, action: "auth.password_reset_requested", after: { email } });
}

/** Whether a reset link can still be used: it exists (it is deleted when used) and has not expired. */
export async function resetTokenUsable(token: string): Promise<boolean> {
  const verification = await prisma.verification.findFirst({ where: { identifier: `reset-password:${token}`, expiresAt: { gt: new Date() } }, select: { id: true } });
  return verification !== null;
}

const USED_OR_EXPIRED = "This reset link has expired or was already used. Ask for a new one.";

/** Sets the new password and ends every session of the account (revokeSessionsOnPasswordReset). */
export async function resetPassword(token: string, newPassword: string): Promise<void> {
  try {
    await auth.api.resetPassword({ body: { token, newPassword }, headers: await headers() });
  } catch (error) {
    if (error instanceof APIError) {
      const code = (error.body as { code?: string } | undefined)?.code ?? "";
      if (code === "PASSWORD_TOO_SHORT" || code === "PASSWORD_TOO_LONG") throw new AppError("invalid_input", "That password does not have an allowed length.");
      if (code === "INVALID_TOKEN" || code === "USER_NOT_FOUND") throw new AppError("conflict", USED_OR_EXPIRED);
    }
    throw error;
  }
}

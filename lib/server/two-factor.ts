import "server-only";
import { APIError } from "better-auth/api";
import { headers } from "next/headers";
import QRCode from "qrcode";
import { audited, auditActor, recordStandaloneEvent } from "./audit";
import { auth } from "./auth";
import { prisma } from "./db";
import { AppError } from "./errors";
import { confirmPassword, endOtherSessions } from "./password";
import { acceptTotpCode } from "./second-factor";
import type { Actor } from "@/lib/actor";

export interface TwoFactorEnrolment {
  /** Scannable QR code of the otpauth URI, as SVG markup generated on the server. */
  qrSvg: string;
  /** The same secret for typing in by hand. */
  manualKey: string;
  recoveryCodes: string[];
}

const WRONG_CODE = "That code is not right. Codes change every 30 seconds.";
const REUSED_CODE = "That code was already used. Wait for the next one.";

function expected(error: unknown, message: string): never {
  if (error instanceof APIError) throw new AppError("invalid_input", message);
  throw error;
}

/** better-auth creates the secret and the recovery codes (stored as digests); nothing is on until confirmed. */
export async function startTwoFactorEnrolment(actor: Actor, password: string): Promise<TwoFactorEnrolment> {
  await confirmPassword(actor, password);
  const result = await auth.api
    .enableTwoFactor({ body: { password }, headers: await headers() })
    .catch((error: unknown) => expected(error, "Two-factor authentication could not be started."));
  if (!("totpURI" in result) || !result.totpURI) throw new AppError("conflict", "Two-factor authentication could not be started.");
  // better-auth stored the pending secret in its own transaction.
  await recordStandaloneEvent({ actor: auditActor(actor), organizationId: actor.membership?.organizationId ?? null, action: "mfa.enrolment_started" });
  return {
    qrSvg: await QRCode.toString(result.totpURI, { type: "svg", margin: 1, width: 192 }),
    manualKey: new URL(result.totpURI).searchParams.get("secret") ?? "",
    recoveryCodes: result.backupCodes ?? [],
  };
}

/** The first code from the app turns two-factor on; the user's other sessions end, this one stays. */
export async function confirmTwoFactor(actor: Actor, code: string): Promise<void> {
  const pending = await prisma.twoFactor.findFirst({ where: { userId: actor.userId }, select: { id: true, verified: true } });
  if (!pending || pending.verified) throw new AppError("conflict", "Start setting up two-factor authentication again.");
  const result = await acceptTotpCode(actor.userId, code, (await auth.$context).secretConfig);
  if (result !== "accepted") {
    await recordStandaloneEvent({
      actor: auditActor(actor),
      organizationId: actor.membership?.organizationId ?? null,
      action: "mfa.enrolment_failed",
      outcome: "failure",
      after: { reason: result },
    });
    throw new AppError("invalid_input", result === "replayed" ? REUSED_CODE : WRONG_CODE);
  }
  await audited(async (tx, record) => {
    await tx.twoFactor.update({ where: { id: pending.id }, data: { verified: true, failedVerificationCount: 0, lockedUntil: null } });
    await tx.user.update({ where: { id: actor.userId }, data: { twoFactorEnabled: true } });
    const ended = await endOtherSessions(tx, actor.userId, actor.sessionId);
    record({ actor: auditActor(actor), organizationId: actor.membership?.organizationId ?? null, action: "mfa.enabled", after: { otherSessionsEnded: ended.count } });
  });
}

export async function disableTwoFactor(actor: Actor, password: string): Promise<void> {
  await confirmPassword(actor, password);
  await audited(async (tx, record) => {
    await tx.twoFactor.deleteMany({ where: { userId: actor.userId } });
    await tx.user.update({ where: { id: actor.userId }, data: { twoFactorEnabled: false } });
    const ended = await endOtherSessions(tx, actor.userId, actor.sessionId);
    record({ actor: auditActor(actor), organizationId: actor.membership?.organizationId ?? null, action: "mfa.disabled", after: { otherSessionsEnded: ended.count } });
  });
}

const SIGN_IN_CODE_ERRORS: Record<string, AppError> = {
  INVALID_TWO_FACTOR_COOKIE: new AppError("unauthenticated", "Your sign-in expired. Enter your email and password again."),
  TOO_MANY_ATTEMPTS_REQUEST_NEW_CODE: new AppError("unauthenticated", "Too many wrong codes. Enter your email and password again."),
  ACCOUNT_TEMPORARILY_LOCKED: new AppError("rate_limited", "Too many wrong codes. Try again later."),
  TOTP_CODE_REUSED: new AppError("invalid_input", REUSED_CODE),
};

/**
 * Completes a sign-in that is waiting for its second factor (the pending state is a cookie).
 * The hooks in auth.ts make a TOTP code single-use, compare recovery codes by digest and audit.
 */
export async function completeSignInWithCode(kind: "totp" | "recovery", code: string): Promise<void> {
  const call =
    kind === "totp"
      ? auth.api.verifyTOTP({ body: { code }, headers: await headers() })
      : auth.api.verifyBackupCode({ body: { code }, headers: await headers() });
  await call.catch((error: unknown) => {
    const known = error instanceof APIError ? SIGN_IN_CODE_ERRORS[(error.body as { code?: string } | undefined)?.code ?? ""] : undefined;
    if (known) throw known;
    expected(error, kind === "totp" ? WRONG_CODE : "That recovery code is not right or was already used.");
  });
}

import "server-only";
import { APIError } from "better-auth/api";
import { headers } from "next/headers";
import QRCode from "qrcode";
import { auditActor, recordAuditEvent } from "./audit";
import { auth } from "./auth";
import { AppError } from "./errors";
import type { Actor } from "./session";

export interface TwoFactorEnrolment {
  /** Scannable QR code of the otpauth URI, as SVG markup generated on the server. */
  qrSvg: string;
  /** The same secret for typing in by hand. */
  manualKey: string;
  recoveryCodes: string[];
}


function expected(error: unknown, message: string): never {
  if (error instanceof APIError) throw new AppError("invalid_input", message);
  throw error;
}

export async function startTwoFactorEnrolment(actor: Actor, password: string): Promise<TwoFactorEnrolment> {
  const result = await auth.api
    .enableTwoFactor({ body: { password }, headers: await headers() })
    .catch((error: unknown) => expected(error, "That password is not right."));
  if (!("totpURI" in result) || !result.totpURI) throw new AppError("conflict", "Two-factor authentication could not be started.");
  await recordAuditEvent({ actor: auditActor(actor), organizationId: actor.membership?.organizationId ?? null, action: "mfa.enrolment_started" });
  return {
    qrSvg: await QRCode.toString(result.totpURI, { type: "svg", margin: 1, width: 192 }),
    manualKey: new URL(result.totpURI).searchParams.get("secret") ?? "",
    recoveryCodes: result.backupCodes ?? [],
  };
}

export async function confirmTwoFactor(actor: Actor, code: string): Promise<void> {
  await auth.api
    .verifyTOTP({ body: { code }, headers: await headers() })
    .catch((error: unknown) => expected(error, "That code is not right. Codes change every 30 seconds."));
  await recordAuditEvent({ actor: auditActor(actor), organizationId: actor.membership?.organizationId ?? null, action: "mfa.enabled" });
}

export async function disableTwoFactor(actor: Actor, password: string): Promise<void> {
  await auth.api
    .disableTwoFactor({ body: { password }, headers: await headers() })
    .catch((error: unknown) => expected(error, "That password is not right."));
  await recordAuditEvent({ actor: auditActor(actor), organizationId: actor.membership?.organizationId ?? null, action: "mfa.disabled" });
}

/** Completes a sign-in that is waiting for its second factor (the pending state is a cookie). */
export async function completeSignInWithCode(kind: "totp" | "recovery", code: string): Promise<void> {
  const call =
    kind === "totp"
      ? auth.api.verifyTOTP({ body: { code }, headers: await headers() })
      : auth.api.verifyBackupCode({ body: { code }, headers: await headers() });
  await call.catch((error: unknown) => {
    const code = error instanceof APIError ? (error.body as { code?: string } | undefined)?.code : undefined;
    if (code === "INVALID_TWO_FACTOR_COOKIE") throw new AppError("unauthenticated", "Your sign-in expired. Enter your email and password again.");
    if (code === "ACCOUNT_TEMPORARILY_LOCKED") throw new AppError("rate_limited", "Too many wrong codes. Try again later.");
    expected(error, kind === "totp" ? "That code is not right. Codes change every 30 seconds." : "That recovery code is not right or was already used.");
  });
}

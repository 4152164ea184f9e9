import "server-only";
import type { BetterAuthOptions } from "better-auth";
import { passwordResetMail, verificationMail } from "@/lib/mail/templates";
import { safeRedirectPath } from "@/lib/validation/auth";
import { recordStandaloneEvent } from "./audit";
import { prisma } from "./db";
import { appLink, sendMail } from "./mail";
import { overMailQuota } from "./mail-quota";

/**
 * The mail that better-auth asks for (lib/server/auth.ts plugs these in): address
 * verification at sign-up and password reset links. Links are built here from the app's
 * configured URL, never from the one better-auth derives for the request.
 */
export const VERIFICATION_HOURS = 24;
export const RESET_MINUTES = 30;

/**
 * Mails per account in 15 minutes. Counted here, where every path that sends one passes
 * (our forms and better-auth's own endpoints alike), so nobody can flood a mailbox. Over the
 * limit the mail is skipped and logged, and the caller's answer stays the same.
 */
export const MAIL_QUOTA = { verification: 5, password_reset: 3 } as const;
export const mailQuotaKey = (kind: keyof typeof MAIL_QUOTA, userId: string) => `mail-${kind}:${userId}`;

async function withinQuota(kind: keyof typeof MAIL_QUOTA, user: { id: string; email: string }): Promise<boolean> {
  if (!(await overMailQuota(mailQuotaKey(kind, user.id), MAIL_QUOTA[kind]))) return true;
  console.warn(`[mail] ${kind} mail for user ${user.id} skipped: more than ${MAIL_QUOTA[kind]} in 15 minutes.`);
  return false;
}

/** A verification link lands on the result page, which then continues to `next`. */
export const verificationCallback = (next: string) => `/verify?next=${encodeURIComponent(safeRedirectPath(next))}`;

/** Only a same-site path survives from the callback that a client may have asked for (better-auth hands a relative URL when it has no base URL). */
function callbackOf(url: string): string {
  const requested = safeRedirectPath(new URL(url, "http://localhost").searchParams.get("callbackURL"));
  return requested.startsWith("/verify?") ? requested : verificationCallback(requested);
}

async function firstOrganizationOf(userId: string): Promise<string | null> {
  const membership = await prisma.membership.findFirst({ where: { userId }, orderBy: { createdAt: "asc" }, select: { organizationId: true } });
  return membership?.organizationId ?? null;
}

export const emailVerificationOptions = {
  sendOnSignUp: true,
  autoSignInAfterVerification: true,
  expiresIn: VERIFICATION_HOURS * 60 * 60,
  async sendVerificationEmail({ user, url, token }) {
    if (!(await withinQuota("verification", user))) return;
    const link = appLink(`/api/auth/verify-email?token=${encodeURIComponent(token)}&callbackURL=${encodeURIComponent(callbackOf(url))}`);
    await sendMail({ kind: "verification", to: user.email, recipientUserId: user.id, ...verificationMail({ name: user.name, link, expiresInHours: VERIFICATION_HOURS }) });
  },
  async afterEmailVerification(user) {
    await recordStandaloneEvent({ actor: { userId: user.id, email: user.email }, organizationId: await firstOrganizationOf(user.id), action: "auth.email_verified" });
  },
} satisfies NonNullable<BetterAuthOptions["emailVerification"]>;

export const passwordResetOptions = {
  resetPasswordTokenExpiresIn: RESET_MINUTES * 60,
  revokeSessionsOnPasswordReset: true,
  async sendResetPassword({ user, token }) {
    const link = appLink(`/reset-password?token=${encodeURIComponent(token)}`);
    const mail = { kind: "password_reset" as const, to: user.email, recipientUserId: user.id, ...passwordResetMail({ name: user.name, link, expiresInMinutes: RESET_MINUTES }) };
    // Not awaited: the answer takes as long whether or not the account exists. sendMail keeps
    // and logs whatever it cannot deliver, so nothing is lost by not waiting.
    void withinQuota("password_reset", user)
      .then((within) => (within ? sendMail(mail) : undefined))
      .catch((error: unknown) => console.error("[mail] The password reset e-mail could not be written:", error));
  },
  async onPasswordReset({ user }) {
    await recordStandaloneEvent({ actor: { userId: user.id, email: user.email }, organizationId: await firstOrganizationOf(user.id), action: "auth.password_reset" });
  },
} satisfies Partial<NonNullable<BetterAuthOptions["emailAndPassword"]>>;

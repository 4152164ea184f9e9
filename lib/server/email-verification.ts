import "server-only";
import { headers } from "next/headers";
import { MAIL_QUOTA, mailQuotaKey, verificationCallback } from "./auth-mail";
import { auth } from "./auth";
import { prisma } from "./db";
import { AppError } from "./errors";
import { mailQuotaReached } from "./mail-quota";
import type { Actor } from "@/lib/actor";

/** Whether the actor's address is confirmed: by the link we mailed, or by the single sign-on provider. */
export async function getEmailVerified(actor: Actor): Promise<boolean> {
  const user = await prisma.user.findUnique({ where: { id: actor.userId }, select: { emailVerified: true } });
  return user?.emailVerified === true;
}

/** For steps that trust the address itself, such as accepting an invitation sent to it. */
export async function assertEmailVerified(userId: string, email: string): Promise<void> {
  const user = await prisma.user.findUnique({ where: { id: userId }, select: { emailVerified: true } });
  if (!user?.emailVerified) {
    throw new AppError("forbidden", `Confirm your e-mail address first: open the link we sent to ${email}, or send a new one.`);
  }
}

/** Sends the actor a new verification link that continues to `next` once confirmed. */
export async function resendVerificationEmail(actor: Actor, next: string): Promise<void> {
  if (await getEmailVerified(actor)) throw new AppError("conflict", "Your e-mail address is already confirmed.");
  // Counted where the mail is sent (lib/server/auth-mail.ts); here only read, to say so.
  if (await mailQuotaReached(mailQuotaKey("verification", actor.userId), MAIL_QUOTA.verification)) {
    throw new AppError("rate_limited", "Too many confirmation e-mails asked for. Try again in 15 minutes.");
  }
  await auth.api.sendVerificationEmail({ body: { email: actor.email, callbackURL: verificationCallback(next) }, headers: await headers() });
}

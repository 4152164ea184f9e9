import "server-only";
import { headers } from "next/headers";
import { verificationCallback } from "./auth-mail";
import { auth } from "./auth";
import { prisma } from "./db";
import { AppError } from "./errors";
import { overMailQuota } from "./mail-quota";
import type { Actor } from "./session";

const RESENDS_PER_15_MINUTES = 5;

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
  if (await overMailQuota(`mail-verify:${actor.userId}`, RESENDS_PER_15_MINUTES)) {
    throw new AppError("rate_limited", "Too many confirmation e-mails asked for. Try again in 15 minutes.");
  }
  await auth.api.sendVerificationEmail({ body: { email: actor.email, callbackURL: verificationCallback(next) }, headers: await headers() });
}

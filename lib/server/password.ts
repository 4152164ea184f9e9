import "server-only";
import type { TChangePassword } from "@/lib/validation/password";
import { audited, auditActor, recordStandaloneEvent } from "./audit";
import { auth } from "./auth";
import type { Prisma } from "@/generated/prisma/client";
import { prisma } from "./db";
import { AppError } from "./errors";
import { requestContext } from "./request-context";
import type { Actor } from "@/lib/actor";
import { checkSignIn, recordSignInFailure } from "./sign-in-throttle";

/**
 * Re-authentication before an account change. Wrong passwords count against the same limits
 * as sign-in, so a stolen session cannot guess its way to the account.
 */
export async function confirmPassword(user: Pick<Actor, "userId" | "email" | "membership">, password: string): Promise<void> {
  const attempt = { email: user.email, ip: (await requestContext()).ip };
  const verdict = await checkSignIn(attempt);
  if (!verdict.allowed) throw new AppError("rate_limited", `Too many wrong passwords. Try again in ${verdict.retryAfterSeconds} seconds.`);
  const account = await prisma.account.findFirst({ where: { userId: user.userId, providerId: "credential" }, select: { password: true } });
  if (!account?.password) throw new AppError("conflict", "Your account signs in with single sign-on and has no password here.");
  const context = await auth.$context;
  if (await context.password.verify({ hash: account.password, password })) return;
  await recordSignInFailure(attempt);
  await recordStandaloneEvent({
    actor: auditActor(user),
    organizationId: user.membership?.organizationId ?? null,
    action: "auth.reauthentication_failed",
    outcome: "failure",
  });
  throw new AppError("invalid_input", "That password is not right.", { password: "That password is not right." });
}

/** Ends every session of the user but this one: after a credential change the others may be someone else's. */
export function endOtherSessions(tx: Prisma.TransactionClient, userId: string, keepSessionId: string) {
  return tx.session.deleteMany({ where: { userId, id: { not: keepSessionId } } });
}

export async function changePassword(actor: Actor, input: TChangePassword): Promise<{ otherSessionsEnded: number }> {
  await confirmPassword(actor, input.currentPassword).catch((error: unknown) => {
    // The form has two password fields: say which one was wrong.
    if (error instanceof AppError && error.fields?.password) throw new AppError("invalid_input", error.message, { currentPassword: error.message });
    throw error;
  });
  const context = await auth.$context;
  const hash = await context.password.hash(input.newPassword);
  return audited(async (tx, record) => {
    await tx.account.updateMany({ where: { userId: actor.userId, providerId: "credential" }, data: { password: hash } });
    const ended = await endOtherSessions(tx, actor.userId, actor.sessionId);
    record({ actor: auditActor(actor), organizationId: actor.membership?.organizationId ?? null, action: "auth.password_changed", after: { otherSessionsEnded: ended.count } });
    return { otherSessionsEnded: ended.count };
  });
}

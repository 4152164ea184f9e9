import "server-only";
import { randomUUID, timingSafeEqual } from "node:crypto";
import { hashPassword } from "better-auth/crypto";
import { hashSetupCode, SETUP_CODE_MAX_FAILURES } from "@/lib/setup-code";
import type { TSignUp } from "@/lib/validation/auth";
import { audited, recordStandaloneEvent } from "./audit";
import { prisma } from "./db";
import { AppError } from "./errors";
import { createPersonalOrganization } from "./organizations";

/** Serialises first-owner creation: of two setups at once, the second finds the first's user. */
const FIRST_OWNER_LOCK = 7203610092n;

/** How the person proved they run this server: the code from its log, or shell access (create-owner). */
export type OwnerProof = { kind: "setup-code"; code: string } | { kind: "command-line" };

type Refusal = "already-set-up" | "no-code" | "wrong-code";

const REFUSALS: Record<Refusal, AppError> = {
  "already-set-up": new AppError("conflict", "This server is already set up: sign in instead."),
  "no-code": new AppError("invalid_input", "That setup code has expired or been used up. Restart the server for a new one.", { code: "Restart the server for a new code." }),
  "wrong-code": new AppError("invalid_input", "That is not the setup code from the server log.", { code: "Copy the code from the server log." }),
};

/** True while the database has no users: the only time /setup (and its hint on the sign-in page) is open. */
export async function isFirstRun(): Promise<boolean> {
  return (await prisma.user.findFirst({ select: { id: true } })) === null;
}

const sameHash = (a: string, b: string) => a.length === b.length && timingSafeEqual(Buffer.from(a), Buffer.from(b));

/**
 * Creates the first user, as owner of an organisation of their own, only while there is no
 * user at all, and (on the setup page) only with the valid setup code, which it uses up.
 * Wrong codes count; after SETUP_CODE_MAX_FAILURES the code is void.
 */
export async function createFirstOwner(input: TSignUp, proof: OwnerProof, now = new Date()): Promise<{ userId: string; organizationId: string }> {
  const email = input.email.toLowerCase();
  const outcome = await audited(async (tx, record): Promise<Refusal | { userId: string; organizationId: string }> => {
    await tx.$executeRaw`SELECT pg_advisory_xact_lock(${FIRST_OWNER_LOCK})`;
    if (await tx.user.findFirst({ select: { id: true } })) return "already-set-up";
    if (proof.kind === "setup-code") {
      const stored = await tx.setupCode.findUnique({ where: { id: 1 } });
      if (!stored || stored.expiresAt <= now || stored.failedAttempts >= SETUP_CODE_MAX_FAILURES) return "no-code";
      if (!sameHash(stored.codeHash, hashSetupCode(proof.code))) {
        await tx.setupCode.update({ where: { id: 1 }, data: { failedAttempts: { increment: 1 } } });
        return "wrong-code";
      }
      await tx.setupCode.delete({ where: { id: 1 } });
    }
    // Hashed only now: refused attempts cost no scrypt work.
    const password = await hashPassword(input.password);
    const userId = randomUUID();
    await tx.user.create({
      data: { id: userId, name: input.name, email, accounts: { create: { id: randomUUID(), accountId: userId, providerId: "credential", password } } },
    });
    const organizationId = await createPersonalOrganization({ id: userId, name: input.name }, tx);
    record({ actor: { userId, email }, organizationId, action: "setup.owner_created", targetType: "user", targetId: userId, after: { via: proof.kind } });
    return { userId, organizationId };
  });
  if (typeof outcome === "string") {
    await recordStandaloneEvent({ actor: null, organizationId: null, action: "setup.refused", outcome: "denied", after: { reason: outcome, email } });
    throw REFUSALS[outcome];
  }
  return outcome;
}

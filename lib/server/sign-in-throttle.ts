import "server-only";
import { prisma } from "./db";

/**
 * Password guessing is limited per account+source, so a stranger's failures never lock the owner
 * out from elsewhere (README, Security model). All counts share one 15-minute window:
 * - account+source: from the 3rd failure each try waits 2 s, then 4 s; the 5th locks the pair;
 * - source (across accounts): the 30th failure locks the source;
 * - account (across sources): from the 50th failure it only slows, to one try per 2 s.
 */
export const THROTTLE_POLICY = {
  windowMs: 15 * 60_000,
  lockMs: 15 * 60_000,
  pair: { slowAfter: 3, baseDelayMs: 2_000, lockAfter: 5 },
  source: { lockAfter: 30 },
  account: { slowAfter: 50, delayMs: 2_000 },
} as const;

export interface SignInAttempt {
  email: string;
  /** From requestContext(); null outside a request. */
  ip: string | null;
}

export type SignInVerdict = { allowed: true } | { allowed: false; reason: "locked" | "slowed"; retryAfterSeconds: number };

const normalEmail = (email: string) => email.trim().toLowerCase().slice(0, 254);
const source = (ip: string | null) => ip?.trim().toLowerCase() || "unknown";

function keys(attempt: SignInAttempt) {
  const email = normalEmail(attempt.email);
  return { pair: `pair:${email}|${source(attempt.ip)}`, source: `source:${source(attempt.ip)}`, account: `account:${email}` };
}

/** Rows whose window and lock are both over say nothing any more; deleting them keeps the table small. */
async function pruneExpired(now: Date): Promise<void> {
  await prisma.signInThrottle.deleteMany({
    where: { windowStart: { lt: new Date(now.getTime() - THROTTLE_POLICY.windowMs) }, OR: [{ lockedUntil: null }, { lockedUntil: { lte: now } }] },
  });
}

const seconds = (ms: number) => Math.max(1, Math.ceil(ms / 1000));

/** Whether this attempt may check a password now; refused attempts are not counted as failures. */
export async function checkSignIn(attempt: SignInAttempt, now = new Date()): Promise<SignInVerdict> {
  await pruneExpired(now);
  const k = keys(attempt);
  const rows = await prisma.signInThrottle.findMany({ where: { key: { in: [k.pair, k.source, k.account] } } });
  const row = (key: string) => rows.find((r) => r.key === key);
  const pair = row(k.pair);
  const src = row(k.source);
  const account = row(k.account);
  const lockedUntil = Math.max(pair?.lockedUntil?.getTime() ?? 0, src?.lockedUntil?.getTime() ?? 0);
  if (lockedUntil > now.getTime()) return { allowed: false, reason: "locked", retryAfterSeconds: seconds(lockedUntil - now.getTime()) };
  const waits: number[] = [];
  if (pair && pair.failures >= THROTTLE_POLICY.pair.slowAfter) {
    const delay = THROTTLE_POLICY.pair.baseDelayMs * 2 ** (pair.failures - THROTTLE_POLICY.pair.slowAfter);
    waits.push(pair.lastFailureAt.getTime() + delay - now.getTime());
  }
  if (account && account.failures >= THROTTLE_POLICY.account.slowAfter) {
    waits.push(account.lastFailureAt.getTime() + THROTTLE_POLICY.account.delayMs - now.getTime());
  }
  const wait = Math.max(0, ...waits);
  return wait > 0 ? { allowed: false, reason: "slowed", retryAfterSeconds: seconds(wait) } : { allowed: true };
}

/** One statement per key, so concurrent failures all count and a lock is set by the failure that reaches it. */
async function countFailure(key: string, lockAfter: number | null, now: Date): Promise<void> {
  const windowStartsAfter = new Date(now.getTime() - THROTTLE_POLICY.windowMs);
  const lockUntil = new Date(now.getTime() + THROTTLE_POLICY.lockMs);
  const firstLocks = lockAfter !== null && lockAfter <= 1;
  await prisma.$executeRaw`
    INSERT INTO sign_in_throttles (key, failures, "windowStart", "lastFailureAt", "lockedUntil")
    VALUES (${key}, 1, ${now}, ${now}, ${firstLocks ? lockUntil : null})
    ON CONFLICT (key) DO UPDATE SET
      failures = CASE WHEN sign_in_throttles."windowStart" < ${windowStartsAfter} THEN 1 ELSE sign_in_throttles.failures + 1 END,
      "windowStart" = CASE WHEN sign_in_throttles."windowStart" < ${windowStartsAfter} THEN ${now} ELSE sign_in_throttles."windowStart" END,
      "lastFailureAt" = ${now},
      "lockedUntil" = CASE
        WHEN ${lockAfter}::int IS NOT NULL
          AND (CASE WHEN sign_in_throttles."windowStart" < ${windowStartsAfter} THEN 1 ELSE sign_in_throttles.failures + 1 END) >= ${lockAfter}::int
          AND (sign_in_throttles."lockedUntil" IS NULL OR sign_in_throttles."lockedUntil" <= ${now})
        THEN ${lockUntil} ELSE sign_in_throttles."lockedUntil" END`;
}

/** A wrong password: counts for the account+source, the source and the account. */
export async function recordSignInFailure(attempt: SignInAttempt, now = new Date()): Promise<void> {
  const k = keys(attempt);
  await pruneExpired(now);
  await countFailure(k.pair, THROTTLE_POLICY.pair.lockAfter, now);
  await countFailure(k.source, THROTTLE_POLICY.source.lockAfter, now);
  await countFailure(k.account, null, now);
}

/**
 * A completed sign-in clears only its own account+source count: the account-wide count is what
 * slows a distributed guesser, and one right password elsewhere must not reset it.
 */
export async function clearSignInFailures(attempt: SignInAttempt): Promise<void> {
  await prisma.signInThrottle.deleteMany({ where: { key: keys(attempt).pair } });
}

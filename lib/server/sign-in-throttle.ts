import "server-only";
import { prisma } from "./db";

/** Per account: 5 failures in 15 minutes lock it for 15 minutes. Per IP: 30 failures. */
export const THROTTLE_RULES = {
  account: { maxFailures: 5, windowMs: 15 * 60_000, lockMs: 15 * 60_000 },
  ip: { maxFailures: 30, windowMs: 15 * 60_000, lockMs: 15 * 60_000 },
} as const;

type Scope = keyof typeof THROTTLE_RULES;

export const throttleKey = (scope: Scope, value: string) => `${scope}:${value.trim().toLowerCase()}`;

/** The time until which any of these keys is locked, if one is. */
export async function lockedUntil(keys: string[], now = new Date()): Promise<Date | null> {
  const locked = await prisma.signInThrottle.findFirst({
    where: { key: { in: keys }, lockedUntil: { gt: now } },
    orderBy: { lockedUntil: "desc" },
  });
  return locked?.lockedUntil ?? null;
}

/** Counts one failure; the increment is a single statement, so concurrent failures all count. */
export async function recordFailure(scope: Scope, value: string, now = new Date()): Promise<void> {
  const rule = THROTTLE_RULES[scope];
  const key = throttleKey(scope, value);
  const windowStartsAfter = new Date(now.getTime() - rule.windowMs);
  await prisma.$executeRaw`
    INSERT INTO sign_in_throttles (key, failures, "windowStart") VALUES (${key}, 1, ${now})
    ON CONFLICT (key) DO UPDATE SET
      failures = CASE WHEN sign_in_throttles."windowStart" < ${windowStartsAfter} THEN 1 ELSE sign_in_throttles.failures + 1 END,
      "windowStart" = CASE WHEN sign_in_throttles."windowStart" < ${windowStartsAfter} THEN ${now} ELSE sign_in_throttles."windowStart" END`;
  await prisma.signInThrottle.updateMany({
    where: { key, failures: { gte: rule.maxFailures }, OR: [{ lockedUntil: null }, { lockedUntil: { lte: now } }] },
    data: { lockedUntil: new Date(now.getTime() + rule.lockMs), failures: 0, windowStart: now },
  });
}

export async function clearFailures(scope: Scope, value: string): Promise<void> {
  await prisma.signInThrottle.deleteMany({ where: { key: throttleKey(scope, value) } });
}

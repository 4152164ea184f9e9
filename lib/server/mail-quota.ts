import "server-only";
import { prisma } from "./db";

const WINDOW_MS = 15 * 60_000;

/**
 * Counts one request against a key and says whether it went over `max` in the last 15
 * minutes. Kept in the sign-in throttle table under its own key prefixes ("mail-…"), so it
 * holds across processes and restarts; the increment is one statement, so bursts all count.
 */
export async function overMailQuota(key: string, max: number, now = new Date()): Promise<boolean> {
  const windowStartsAfter = new Date(now.getTime() - WINDOW_MS);
  const rows = await prisma.$queryRaw<{ failures: number }[]>`
    INSERT INTO sign_in_throttles (key, failures, "windowStart") VALUES (${key}, 1, ${now})
    ON CONFLICT (key) DO UPDATE SET
      failures = CASE WHEN sign_in_throttles."windowStart" < ${windowStartsAfter} THEN 1 ELSE sign_in_throttles.failures + 1 END,
      "windowStart" = CASE WHEN sign_in_throttles."windowStart" < ${windowStartsAfter} THEN ${now} ELSE sign_in_throttles."windowStart" END
    RETURNING failures`;
  return (rows[0]?.failures ?? 0) > max;
}

/** Whether `key` already reached `max` in the window, without counting a request. */
export async function mailQuotaReached(key: string, max: number, now = new Date()): Promise<boolean> {
  const row = await prisma.signInThrottle.findUnique({ where: { key }, select: { failures: true, windowStart: true } });
  return Boolean(row && row.windowStart.getTime() > now.getTime() - WINDOW_MS && row.failures >= max);
}

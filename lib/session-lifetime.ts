/**
 * How long a browser session lives: it ends after SESSION_IDLE_HOURS without use (better-auth
 * slides the expiry while it is used) and, however busy, SESSION_MAX_HOURS after its sign-in.
 */
export interface SessionLifetime {
  idleSeconds: number;
  maxSeconds: number;
}

/** An API token outlives the session that made it, so making one takes a sign-in this recent (or the password). */
export const TOKEN_REAUTH_MINUTES = 15;

export const DEFAULT_SESSION_IDLE_HOURS = 12;
export const DEFAULT_SESSION_MAX_HOURS = 7 * 24;
const MAX_HOURS = 366 * 24;

function hours(env: Record<string, string | undefined>, name: string, fallback: number): number {
  const text = env[name]?.trim();
  if (!text) return fallback;
  const value = /^\d{1,4}$/.test(text) ? Number(text) : NaN;
  if (!(value >= 1 && value <= MAX_HOURS)) throw new Error(`${name} must be a whole number of hours from 1 to ${MAX_HOURS}, not "${text.slice(0, 40)}".`);
  return value;
}

export function sessionLifetimeFromEnv(env: Record<string, string | undefined>): SessionLifetime {
  const idle = hours(env, "SESSION_IDLE_HOURS", DEFAULT_SESSION_IDLE_HOURS);
  const max = hours(env, "SESSION_MAX_HOURS", Math.max(DEFAULT_SESSION_MAX_HOURS, idle));
  if (max < idle) throw new Error(`SESSION_MAX_HOURS (${max}) must be at least SESSION_IDLE_HOURS (${idle}).`);
  return { idleSeconds: idle * 3600, maxSeconds: max * 3600 };
}

/** True once a session signed in at `createdAt` has reached its absolute lifetime. */
export function outlivedMaximum(createdAt: Date, now: Date, lifetime: SessionLifetime): boolean {
  return now.getTime() - createdAt.getTime() >= lifetime.maxSeconds * 1000;
}

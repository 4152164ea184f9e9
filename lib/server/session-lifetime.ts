import "server-only";
import { sessionLifetimeFromEnv } from "@/lib/session-lifetime";

/**
 * Read once at start: a malformed SESSION_IDLE_HOURS or SESSION_MAX_HOURS stops the server
 * with its name. A module of its own, imported by the auth instance and the session helpers
 * alike, so no import order can reach it half-initialised.
 */
export const SESSION_LIFETIME = sessionLifetimeFromEnv(process.env);

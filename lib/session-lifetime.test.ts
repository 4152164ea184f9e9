import { describe, expect, it } from "vitest";
import { outlivedMaximum, sessionLifetimeFromEnv } from "./session-lifetime";

describe("session lifetime", () => {
  it("defaults to 12 hours idle and 7 days in all", () => {
    expect(sessionLifetimeFromEnv({})).toEqual({ idleSeconds: 12 * 3600, maxSeconds: 7 * 24 * 3600 });
    expect(sessionLifetimeFromEnv({ SESSION_IDLE_HOURS: "2", SESSION_MAX_HOURS: "8" })).toEqual({ idleSeconds: 7200, maxSeconds: 8 * 3600 });
    // A long idle time alone raises the default maximum with it.
    expect(sessionLifetimeFromEnv({ SESSION_IDLE_HOURS: "240" }).maxSeconds).toBe(240 * 3600);
  });

  it("refuses values that are not whole hours, or a maximum below the idle time", () => {
    for (const value of ["0", "1.5", "-3", "ten", "99999"]) expect(() => sessionLifetimeFromEnv({ SESSION_IDLE_HOURS: value })).toThrow(/SESSION_IDLE_HOURS/);
    expect(() => sessionLifetimeFromEnv({ SESSION_IDLE_HOURS: "12", SESSION_MAX_HOURS: "6" })).toThrow(/at least/);
  });

  it("ends a session at its absolute lifetime", () => {
    const lifetime = sessionLifetimeFromEnv({ SESSION_MAX_HOURS: "24" });
    const signedIn = new Date("2026-01-01T00:00:00Z");
    expect(outlivedMaximum(signedIn, new Date("2026-01-01T23:59:59Z"), lifetime)).toBe(false);
    expect(outlivedMaximum(signedIn, new Date("2026-01-02T00:00:00Z"), lifetime)).toBe(true);
  });
});

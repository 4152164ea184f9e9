/** The sign-in limits on a real database, with an injected clock: no test waits. */
import { randomUUID } from "node:crypto";
import "@/scripts/test/use-test-database";
import { describe, expect, it } from "vitest";

const { prisma } = await import("./db");
const { checkSignIn, clearSignInFailures, recordSignInFailure, THROTTLE_POLICY } = await import("./sign-in-throttle");

const T0 = new Date("2026-12-01T10:00:00Z");
const at = (ms: number) => new Date(T0.getTime() + ms);
const account = () => `owner-${randomUUID()}@example.com`;
const ip = () => `198.51.100.${Math.floor(Math.random() * 250) + 1}-${randomUUID().slice(0, 4)}`;

/** Fails from one source as fast as the limits allow, each try at the earliest moment it is admitted. */
async function guess(email: string, source: string, tries: number, start = 0): Promise<number> {
  let now = start;
  for (let i = 0; i < tries; i++) {
    let verdict = await checkSignIn({ email, ip: source }, at(now));
    if (!verdict.allowed && verdict.reason === "slowed") {
      now += verdict.retryAfterSeconds * 1000;
      verdict = await checkSignIn({ email, ip: source }, at(now));
    }
    if (!verdict.allowed) return i;
    await recordSignInFailure({ email, ip: source }, at(now));
  }
  return tries;
}

describe("sign-in throttle", () => {
  it("a stranger's failures from one source do not lock the owner out from another", async () => {
    const email = account();
    const [stranger, owner] = [ip(), ip()];
    expect(await guess(email, stranger, 20)).toBe(THROTTLE_POLICY.pair.lockAfter);
    const strangerVerdict = await checkSignIn({ email, ip: stranger }, at(60_000));
    expect(strangerVerdict).toMatchObject({ allowed: false, reason: "locked" });
    expect(await checkSignIn({ email, ip: owner }, at(60_000))).toEqual({ allowed: true });
  });

  it("slows the 4th and 5th guess from a source, then locks it, with the time to wait", async () => {
    const email = account();
    const source = ip();
    for (let i = 0; i < 3; i++) await recordSignInFailure({ email, ip: source }, at(i));
    expect(await checkSignIn({ email, ip: source }, at(1_000))).toEqual({ allowed: false, reason: "slowed", retryAfterSeconds: 2 });
    expect(await checkSignIn({ email, ip: source }, at(2_002))).toEqual({ allowed: true });
    await recordSignInFailure({ email, ip: source }, at(2_002));
    expect(await checkSignIn({ email, ip: source }, at(3_000))).toMatchObject({ allowed: false, reason: "slowed", retryAfterSeconds: 4 });
    await recordSignInFailure({ email, ip: source }, at(6_002));
    expect(await checkSignIn({ email, ip: source }, at(6_003))).toEqual({ allowed: false, reason: "locked", retryAfterSeconds: 15 * 60 });
    expect(await checkSignIn({ email, ip: source }, at(6_002 + THROTTLE_POLICY.lockMs))).toEqual({ allowed: true });
  });

  it("stops one source trying many accounts", async () => {
    const source = ip();
    for (let i = 0; i < THROTTLE_POLICY.source.lockAfter; i++) await recordSignInFailure({ email: account(), ip: source }, at(i * 1000));
    expect(await checkSignIn({ email: account(), ip: source }, at(60_000))).toMatchObject({ allowed: false, reason: "locked" });
    expect(await checkSignIn({ email: account(), ip: ip() }, at(60_000))).toEqual({ allowed: true });
  });

  it("only slows an account guessed at from many sources: the owner gets in after a short wait", async () => {
    const email = account();
    for (let i = 0; i < THROTTLE_POLICY.account.slowAfter; i++) await recordSignInFailure({ email, ip: ip() }, at(i * 100));
    const last = (THROTTLE_POLICY.account.slowAfter - 1) * 100;
    const owner = ip();
    expect(await checkSignIn({ email, ip: owner }, at(last + 500))).toEqual({ allowed: false, reason: "slowed", retryAfterSeconds: 2 });
    expect(await checkSignIn({ email, ip: owner }, at(last + THROTTLE_POLICY.account.delayMs))).toEqual({ allowed: true });
  });

  it("holds the count across concurrent failures", async () => {
    const email = account();
    const source = ip();
    await Promise.all(Array.from({ length: 12 }, () => recordSignInFailure({ email, ip: source }, at(0))));
    const pair = await prisma.signInThrottle.findUniqueOrThrow({ where: { key: `pair:${email}|${source}` } });
    expect(pair.failures).toBe(12);
    expect(pair.lockedUntil).toEqual(at(THROTTLE_POLICY.lockMs));
  });

  it("deletes rows whose window and lock are over, so the table stays small", async () => {
    const emails = Array.from({ length: 5 }, account);
    const source = ip();
    for (const email of emails) await recordSignInFailure({ email, ip: source }, at(0));
    const keys = { key: { in: [...emails.flatMap((email) => [`pair:${email}|${source}`, `account:${email}`]), `source:${source}`] } };
    expect(await prisma.signInThrottle.count({ where: keys })).toBe(11);
    await checkSignIn({ email: account(), ip: ip() }, at(THROTTLE_POLICY.windowMs + 1));
    expect(await prisma.signInThrottle.count({ where: keys })).toBe(0);
  });

  it("a completed sign-in clears its own account+source count but not the account's", async () => {
    const email = account();
    const source = ip();
    for (let i = 0; i < 3; i++) await recordSignInFailure({ email, ip: source }, at(i));
    await clearSignInFailures({ email, ip: source });
    expect(await checkSignIn({ email, ip: source }, at(10))).toEqual({ allowed: true });
    expect(await prisma.signInThrottle.findUnique({ where: { key: `account:${email}` } })).toMatchObject({ failures: 3 });
  });
});

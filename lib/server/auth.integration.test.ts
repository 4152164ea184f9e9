/**
 * The sign-in flow through better-auth on a real database: which raw endpoints answer over
 * HTTP, when a sign-in is audited, single-use TOTP codes and hashed recovery codes.
 */
import { randomUUID } from "node:crypto";
import "@/scripts/test/use-test-database";
import { symmetricDecrypt } from "better-auth/crypto";
import { describe, expect, it } from "vitest";
import { totp } from "@/e2e/totp";

const ORIGIN = "http://localhost:3311";
process.env.BETTER_AUTH_URL = ORIGIN;
process.env.BETTER_AUTH_SECRET = "integration-test-secret-integration-test-secret";

const { prisma } = await import("./db");
const { auth } = await import("./auth");
const { acceptTotpCode } = await import("./second-factor");

const PASSWORD = "a long enough password";

/** A tiny cookie jar: better-auth's Set-Cookie headers in, a Cookie header out. */
class Jar {
  private cookies = new Map<string, string>();
  take(headers: Headers | null | undefined): this {
    for (const line of headers?.getSetCookie() ?? []) {
      const [pair] = line.split(";");
      const index = pair!.indexOf("=");
      const name = pair!.slice(0, index);
      const value = pair!.slice(index + 1);
      if (/max-age=0/i.test(line) || value === "") this.cookies.delete(name);
      else this.cookies.set(name, value);
    }
    return this;
  }
  headers(): Headers {
    return new Headers({ cookie: [...this.cookies].map(([name, value]) => `${name}=${value}`).join("; "), origin: ORIGIN });
  }
}

async function signUp(): Promise<{ email: string; userId: string; jar: Jar }> {
  const email = `auth-${randomUUID()}@example.com`;
  const { headers, response } = await auth.api.signUpEmail({ body: { name: "Ida Integration", email, password: PASSWORD }, returnHeaders: true });
  return { email, userId: response.user.id, jar: new Jar().take(headers) };
}

/** Enrols TOTP through better-auth and confirms it as the app does; returns the base32 key. */
async function withTwoFactor(): Promise<{ email: string; userId: string; key: string; recoveryCodes: string[] }> {
  const user = await signUp();
  const enabled = await auth.api.enableTwoFactor({ body: { password: PASSWORD }, headers: user.jar.headers() });
  if (!("totpURI" in enabled) || !enabled.totpURI) throw new Error("no TOTP URI");
  await prisma.twoFactor.updateMany({ where: { userId: user.userId }, data: { verified: true } });
  await prisma.user.update({ where: { id: user.userId }, data: { twoFactorEnabled: true } });
  return { ...user, key: new URL(enabled.totpURI).searchParams.get("secret")!, recoveryCodes: enabled.backupCodes ?? [] };
}

/** Email and password right: the sign-in now waits for the second factor, in this jar's cookie. */
async function pendingSignIn(email: string): Promise<Jar> {
  const { headers, response } = await auth.api.signInEmail({ body: { email, password: PASSWORD }, returnHeaders: true });
  expect(response).toMatchObject({ twoFactorRedirect: true });
  return new Jar().take(headers);
}

const actions = async (userId: string) =>
  (await prisma.auditEvent.findMany({ where: { actorId: userId }, orderBy: { at: "asc" }, select: { action: true, outcome: true } })).map(
    (event) => `${event.action}:${event.outcome}`,
  );

const code = (error: unknown) => (error as { body?: { code?: string } }).body?.code;

describe("better-auth over HTTP", () => {
  const post = (path: string, body: unknown, headers?: Headers) =>
    auth.handler(
      new Request(`${ORIGIN}/api/auth${path}`, {
        method: "POST",
        headers: { "content-type": "application/json", origin: ORIGIN, cookie: headers?.get("cookie") ?? "" },
        body: JSON.stringify(body),
      }),
    );

  it("answers 404 for every raw endpoint the app does not use, even with a valid session", async () => {
    const { email, jar } = await signUp();
    const closed: [string, unknown][] = [
      ["/update-user", { name: "x".repeat(100_000) }],
      ["/change-password", { currentPassword: PASSWORD, newPassword: "another long password" }],
      ["/change-email", { newEmail: `other-${randomUUID()}@example.com` }],
      ["/set-password", { newPassword: "another long password" }],
      ["/two-factor/enable", { password: PASSWORD }],
      ["/two-factor/disable", { password: PASSWORD }],
      ["/two-factor/verify-totp", { code: "123456", trustDevice: true }],
      ["/two-factor/verify-backup-code", { code: "abcde-12345" }],
      ["/two-factor/generate-backup-codes", { password: PASSWORD }],
      ["/two-factor/get-totp-uri", { password: PASSWORD }],
      ["/revoke-sessions", {}],
      ["/revoke-other-sessions", {}],
      ["/revoke-session", { token: "x" }],
      ["/list-sessions", {}],
      ["/list-accounts", {}],
      ["/unlink-account", { providerId: "credential" }],
      ["/link-social", { provider: "oidc" }],
      ["/delete-user", { password: PASSWORD }],
      ["/sign-in/social", { provider: "oidc", callbackURL: "/" }],
      ["/sign-in/oauth2", { providerId: "oidc" }],
      ["/update-session", {}],
      ["/verify-password", { password: PASSWORD }],
      ["/get-access-token", { providerId: "oidc" }],
      ["/account-info", {}],
      ["/ok", {}],
      ["/error", {}],
      ["/update-user/", { name: "trailing slash" }],
    ];
    for (const [path, body] of closed) {
      const response = await post(path, body, jar.headers());
      expect(response.status, path).toBe(404);
    }
    const get = await auth.handler(new Request(`${ORIGIN}/api/auth/list-sessions`, { headers: { cookie: jar.headers().get("cookie")!, origin: ORIGIN } }));
    expect(get.status).toBe(404);
    const user = await prisma.user.findFirstOrThrow({ where: { email } });
    expect(user.name).toBe("Ida Integration");
    expect(await prisma.session.count({ where: { userId: user.id } })).toBe(1);
  });

  it("still serves sign-up, sign-in, get-session and sign-out", async () => {
    const email = `http-${randomUUID()}@example.com`;
    const signUp = await post("/sign-up/email", { name: "Hal Http", email, password: PASSWORD });
    expect(signUp.status).toBe(200);
    const signIn = await post("/sign-in/email", { email, password: PASSWORD });
    expect(signIn.status).toBe(200);
    const jar = new Jar().take(signIn.headers);
    const session = await auth.handler(new Request(`${ORIGIN}/api/auth/get-session`, { headers: jar.headers() }));
    expect(((await session.json()) as { user: { email: string } }).user.email).toBe(email);
    expect((await post("/sign-out", {}, jar.headers())).status).toBe(200);
    const userId = (await prisma.user.findFirstOrThrow({ where: { email } })).id;
    expect(await actions(userId)).toEqual(["auth.sign_up:success", "auth.sign_in:success", "auth.sign_out:success"]);
  });
});

describe("sign-in audit", () => {
  it("audits a two-factor sign-in, and clears its failure count, when the code is accepted, not when the password is", async () => {
    const user = await withTwoFactor();
    await expect(auth.api.signInEmail({ body: { email: user.email, password: "not the password" } })).rejects.toThrow();
    const failures = () => prisma.signInThrottle.findUnique({ where: { key: `pair:${user.email}|unknown` } });
    expect(await failures()).toMatchObject({ failures: 1 });
    const jar = await pendingSignIn(user.email);
    expect(await actions(user.userId)).toEqual(["auth.sign_up:success"]);
    expect(await failures()).toMatchObject({ failures: 1 });

    await expect(auth.api.verifyTOTP({ body: { code: totp(user.key) === "000000" ? "111111" : "000000" }, headers: jar.headers() })).rejects.toThrow();
    expect(await actions(user.userId)).toEqual(["auth.sign_up:success", "auth.two_factor_failed:failure"]);

    const { headers } = await auth.api.verifyTOTP({ body: { code: totp(user.key) }, headers: jar.headers(), returnHeaders: true });
    expect(headers.getSetCookie().some((cookie) => cookie.includes("session_token="))).toBe(true);
    expect(headers.getSetCookie().some((cookie) => cookie.includes("trust_device"))).toBe(false);
    expect(await actions(user.userId)).toEqual(["auth.sign_up:success", "auth.two_factor_failed:failure", "auth.sign_in:success"]);
    expect(await failures()).toBeNull();
  });

  it("ignores trustDevice: the next sign-in asks for a code again", async () => {
    const user = await withTwoFactor();
    const jar = await pendingSignIn(user.email);
    const { headers } = await auth.api.verifyTOTP({ body: { code: totp(user.key), trustDevice: true }, headers: jar.headers(), returnHeaders: true });
    jar.take(headers);
    expect(await prisma.verification.count({ where: { identifier: { startsWith: "trust-device-" } } })).toBe(0);
    const again = await auth.api.signInEmail({ body: { email: user.email, password: PASSWORD }, headers: jar.headers() });
    expect(again).toMatchObject({ twoFactorRedirect: true });
  });

  it("audits ten wrong codes as a two-factor lockout", async () => {
    const user = await withTwoFactor();
    const wrong = totp(user.key) === "000000" ? "111111" : "000000";
    // Each pending sign-in allows five tries; better-auth counts failures per account across them.
    let jar = await pendingSignIn(user.email);
    for (let attempt = 1; attempt <= 10; attempt++) {
      if (attempt === 6) jar = await pendingSignIn(user.email);
      await expect(auth.api.verifyTOTP({ body: { code: wrong }, headers: jar.headers() })).rejects.toThrow();
    }
    const trail = await actions(user.userId);
    expect(trail.filter((entry) => entry === "auth.two_factor_failed:failure")).toHaveLength(10);
    expect(trail).toContain("auth.two_factor_locked:denied");
    jar = await pendingSignIn(user.email);
    const locked = await auth.api.verifyTOTP({ body: { code: totp(user.key) }, headers: jar.headers() }).catch((error: unknown) => error);
    expect(code(locked)).toBe("ACCOUNT_TEMPORARILY_LOCKED");
  });
});

describe("TOTP codes", () => {
  it("accepts a code once: the same code in a second sign-in is refused", async () => {
    const user = await withTwoFactor();
    const now = Date.now();
    const first = await pendingSignIn(user.email);
    await auth.api.verifyTOTP({ body: { code: totp(user.key, now) }, headers: first.headers() });
    const second = await pendingSignIn(user.email);
    const replay = await auth.api.verifyTOTP({ body: { code: totp(user.key, now) }, headers: second.headers() }).catch((error: unknown) => error);
    expect(code(replay)).toBe("TOTP_CODE_REUSED");
    expect(await actions(user.userId)).toContain("auth.two_factor_failed:failure");
  });

  it("lets only one of two concurrent uses of one code through", async () => {
    const user = await withTwoFactor();
    const [a, b] = [await pendingSignIn(user.email), await pendingSignIn(user.email)];
    const value = totp(user.key);
    const results = await Promise.allSettled([
      auth.api.verifyTOTP({ body: { code: value }, headers: a.headers() }),
      auth.api.verifyTOTP({ body: { code: value }, headers: b.headers() }),
    ]);
    expect(results.filter((result) => result.status === "fulfilled")).toHaveLength(1);
    const refused = results.find((result) => result.status === "rejected");
    expect(code(refused?.reason)).toBe("TOTP_CODE_REUSED");
  });

  it("claims time steps atomically and in order", async () => {
    const user = await withTwoFactor();
    const key = (await auth.$context).secretConfig;
    const at = Date.now();
    const claims = await Promise.all(Array.from({ length: 8 }, () => acceptTotpCode(user.userId, totp(user.key, at), key, at)));
    expect(claims.filter((claim) => claim === "accepted")).toHaveLength(1);
    expect(claims.filter((claim) => claim === "replayed")).toHaveLength(7);
    // An older code in the window is refused once a newer one was used.
    expect(await acceptTotpCode(user.userId, totp(user.key, at + 30_000), key, at)).toBe("accepted");
    expect(await acceptTotpCode(user.userId, totp(user.key, at - 30_000), key, at)).toBe("replayed");
    expect(await acceptTotpCode(user.userId, "12345", key, at)).toBe("invalid");
  });
});

describe("recovery codes", () => {
  it("are stored as digests, work once, and cannot be decrypted", async () => {
    const user = await withTwoFactor();
    expect(user.recoveryCodes).toHaveLength(10);
    const row = await prisma.twoFactor.findFirstOrThrow({ where: { userId: user.userId } });
    for (const recoveryCode of user.recoveryCodes) expect(row.backupCodes).not.toContain(recoveryCode);
    expect(JSON.parse(row.backupCodes)).toEqual(expect.arrayContaining([expect.stringMatching(/^sha256:[0-9a-f]{64}$/)]));
    await expect(symmetricDecrypt({ key: process.env.BETTER_AUTH_SECRET!, data: row.backupCodes })).rejects.toThrow();

    const first = await pendingSignIn(user.email);
    await auth.api.verifyBackupCode({ body: { code: user.recoveryCodes[0]! }, headers: first.headers() });
    const second = await pendingSignIn(user.email);
    const reused = await auth.api.verifyBackupCode({ body: { code: user.recoveryCodes[0]! }, headers: second.headers() }).catch((error: unknown) => error);
    expect(code(reused)).toBe("INVALID_BACKUP_CODE");
    // The stored digest itself is no code: typing it in does not sign in.
    const digest = (JSON.parse((await prisma.twoFactor.findFirstOrThrow({ where: { userId: user.userId } })).backupCodes) as string[])[0]!;
    const third = await pendingSignIn(user.email);
    expect(code(await auth.api.verifyBackupCode({ body: { code: digest }, headers: third.headers() }).catch((error: unknown) => error))).toBe("INVALID_BACKUP_CODE");
    expect(await actions(user.userId)).toEqual(expect.arrayContaining(["auth.recovery_code_used:success", "auth.sign_in:success"]));
  });

  it("encrypted by an earlier version are re-hashed at the next second-factor step and keep working", async () => {
    const user = await withTwoFactor();
    const { symmetricEncrypt } = await import("better-auth/crypto");
    const legacy = ["AAAAA-11111", "BBBBB-22222"];
    await prisma.twoFactor.updateMany({
      where: { userId: user.userId },
      data: { backupCodes: await symmetricEncrypt({ key: process.env.BETTER_AUTH_SECRET!, data: JSON.stringify(legacy) }) },
    });
    const jar = await pendingSignIn(user.email);
    await auth.api.verifyBackupCode({ body: { code: "BBBBB-22222" }, headers: jar.headers() });
    const stored = JSON.parse((await prisma.twoFactor.findFirstOrThrow({ where: { userId: user.userId } })).backupCodes) as string[];
    expect(stored).toHaveLength(1);
    expect(stored[0]).toMatch(/^sha256:/);
  });
});

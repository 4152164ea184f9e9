/** Changing the password or turning two-factor on or off ends the user's other sessions, not this one. */
import { randomUUID } from "node:crypto";
import "@/scripts/test/use-test-database";
import { describe, expect, it } from "vitest";
import { totp } from "@/e2e/totp";

process.env.BETTER_AUTH_URL = "http://localhost:3312";
process.env.BETTER_AUTH_SECRET = "integration-test-secret-integration-test-secret";

const { prisma } = await import("./db");
const { auth } = await import("./auth");
const { AppError } = await import("./errors");
const { changePassword } = await import("./password");
const { confirmTwoFactor, disableTwoFactor } = await import("./two-factor");
import type { Actor } from "@/lib/actor";

const PASSWORD = "a long enough password";

/** One account signed in twice ("laptop" and "phone"); the laptop acts. */
async function twoSessions(): Promise<{ laptop: Actor; phoneSessionId: string; email: string }> {
  const email = `changes-${randomUUID()}@example.com`;
  const signedUp = await auth.api.signUpEmail({ body: { name: "Cy Changes", email, password: PASSWORD } });
  await auth.api.signInEmail({ body: { email, password: PASSWORD } });
  const sessions = await prisma.session.findMany({ where: { userId: signedUp.user.id }, orderBy: { createdAt: "asc" } });
  expect(sessions).toHaveLength(2);
  const laptop: Actor = {
    userId: signedUp.user.id,
    email,
    name: "Cy Changes",
    sessionId: sessions[0]!.id,
    twoFactorEnabled: false,
    membership: null,
    organizations: [],
  };
  return { laptop, phoneSessionId: sessions[1]!.id, email };
}

const sessionIds = async (userId: string) => (await prisma.session.findMany({ where: { userId }, select: { id: true } })).map((s) => s.id);
const lastAction = async (userId: string) => (await prisma.auditEvent.findFirst({ where: { actorId: userId }, orderBy: { at: "desc" } }))?.action;

describe("account changes", () => {
  it("changing the password needs the current one, ends the other sessions and is audited", async () => {
    const { laptop, phoneSessionId, email } = await twoSessions();
    const wrong = await changePassword(laptop, { currentPassword: "not the password", newPassword: "a brand new password" }).catch((e: unknown) => e);
    expect(wrong).toBeInstanceOf(AppError);
    expect((wrong as InstanceType<typeof AppError>).fields).toEqual({ currentPassword: "That password is not right." });
    expect(await sessionIds(laptop.userId)).toHaveLength(2);

    expect(await changePassword(laptop, { currentPassword: PASSWORD, newPassword: "a brand new password" })).toEqual({ otherSessionsEnded: 1 });
    expect(await sessionIds(laptop.userId)).toEqual([laptop.sessionId]);
    expect(await sessionIds(laptop.userId)).not.toContain(phoneSessionId);
    expect(await lastAction(laptop.userId)).toBe("auth.password_changed");
    await expect(auth.api.signInEmail({ body: { email, password: PASSWORD } })).rejects.toThrow();
    await expect(auth.api.signInEmail({ body: { email, password: "a brand new password" } })).resolves.toMatchObject({ user: { email } });
  });

  it("turning two-factor on with a code ends the other sessions; turning it off does too", async () => {
    const { laptop, email } = await twoSessions();
    const cookie = await auth.api.signInEmail({ body: { email, password: PASSWORD }, returnHeaders: true });
    const headers = new Headers({ cookie: cookie.headers.getSetCookie().map((line) => line.split(";")[0]).join("; ") });
    const enabled = await auth.api.enableTwoFactor({ body: { password: PASSWORD }, headers });
    const key = new URL((enabled as { totpURI: string }).totpURI).searchParams.get("secret")!;

    await expect(confirmTwoFactor(laptop, "000000" === totp(key) ? "111111" : "000000")).rejects.toThrow("That code is not right");
    expect(await sessionIds(laptop.userId)).toHaveLength(3);
    await confirmTwoFactor(laptop, totp(key));
    expect(await sessionIds(laptop.userId)).toEqual([laptop.sessionId]);
    expect(await prisma.user.findUniqueOrThrow({ where: { id: laptop.userId } })).toMatchObject({ twoFactorEnabled: true });
    expect(await lastAction(laptop.userId)).toBe("mfa.enabled");

    await prisma.session.create({ data: { id: randomUUID(), token: randomUUID(), userId: laptop.userId, expiresAt: new Date(Date.now() + 86_400_000) } });
    await expect(disableTwoFactor(laptop, "not the password")).rejects.toThrow("That password is not right.");
    await disableTwoFactor(laptop, PASSWORD);
    expect(await sessionIds(laptop.userId)).toEqual([laptop.sessionId]);
    expect(await prisma.twoFactor.count({ where: { userId: laptop.userId } })).toBe(0);
    expect(await lastAction(laptop.userId)).toBe("mfa.disabled");
  });
});

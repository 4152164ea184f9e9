/**
 * Mail against a real SMTP server that the test starts on loopback (scripts/test/smtp-sink.ts),
 * and the outbox that keeps mail when no server is configured or the server refuses it.
 */
import "@/scripts/test/use-test-database";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { startSmtpSink, type SmtpSink } from "@/scripts/test/smtp-sink";
import { newOrganization } from "@/scripts/test/org-fixtures";
import { verificationMail } from "@/lib/mail/templates";

const { prisma } = await import("./db");
const { sendMail } = await import("./mail");
const { emailVerificationOptions } = await import("./auth-mail");
const { listMyMail, listOrganizationMail } = await import("./outbox");
const members = await import("./members");
const { AppError } = await import("./errors");

let sink: SmtpSink;

beforeAll(async () => {
  sink = await startSmtpSink();
  process.env.BETTER_AUTH_URL = "https://ztr.example";
});
afterAll(async () => {
  delete process.env.SMTP_URL;
  await sink.stop();
});
beforeEach(() => {
  delete process.env.SMTP_URL;
});

const personal = (to: string, recipientUserId: string | null = null) => ({
  kind: "verification" as const,
  to,
  recipientUserId,
  ...verificationMail({ name: "Ada", link: "https://ztr.example/api/auth/verify-email?token=t", expiresInHours: 24 }),
});

describe("sendMail", () => {
  it("delivers over SMTP_URL, keeps nothing in the outbox and audits the masked recipient", async () => {
    process.env.SMTP_URL = sink.smtpUrl;
    const to = `ada-${Date.now()}@example.com`;
    expect(await sendMail(personal(to))).toBe("sent");
    const received = sink.messages.filter((m) => m.to.includes(to));
    expect(received).toHaveLength(1);
    expect(received[0]!.subject).toBe("Confirm your e-mail address for Zero Trust Readiness");
    expect(received[0]!.text).toContain("https://ztr.example/api/auth/verify-email?token=t");
    expect(received[0]!.html).toContain("Confirm my address");
    expect(received[0]!.from).toBe("no-reply@ztr.example");
    expect(await prisma.outboxMessage.count({ where: { toEmail: to } })).toBe(0);
    const audit = await prisma.auditEvent.findFirstOrThrow({ where: { action: "mail.sent" }, orderBy: { at: "desc" } });
    expect(audit.after).toEqual({ kind: "verification", to: "a***@example.com" });
  });

  it("keeps a refused message in the outbox as failed, with the server's answer, and audits it", async () => {
    process.env.SMTP_URL = sink.smtpUrl;
    const to = `bounce-${Date.now()}@example.com`;
    expect(await sendMail(personal(to))).toBe("failed");
    const kept = await prisma.outboxMessage.findFirstOrThrow({ where: { toEmail: to } });
    expect(kept.status).toBe("failed");
    expect(kept.error).toMatch(/550/);
    const audit = await prisma.auditEvent.findFirstOrThrow({ where: { action: "mail.failed" }, orderBy: { at: "desc" } });
    expect(audit.outcome).toBe("failure");
  });

  it("keeps a message it cannot hand to any server (nothing listening)", async () => {
    const closed = await startSmtpSink();
    await closed.stop();
    process.env.SMTP_URL = closed.smtpUrl;
    const to = `nobody-${Date.now()}@example.com`;
    expect(await sendMail(personal(to))).toBe("failed");
    expect((await prisma.outboxMessage.findFirstOrThrow({ where: { toEmail: to } })).error).toMatch(/ECONNREFUSED/);
  });

  it("without SMTP_URL holds the message in the outbox", async () => {
    const to = `held-${Date.now()}@example.com`;
    expect(await sendMail(personal(to))).toBe("held");
    expect((await prisma.outboxMessage.findFirstOrThrow({ where: { toEmail: to } })).status).toBe("held");
    expect(await prisma.auditEvent.count({ where: { action: "mail.held" } })).toBeGreaterThan(0);
  });

  it("sends an account at most 5 confirmation mails in 15 minutes, whoever asks", async () => {
    const { owner } = await newOrganization();
    const user = { id: owner.userId, email: owner.email, name: owner.name, emailVerified: false, createdAt: new Date(), updatedAt: new Date() };
    const url = "https://ztr.example/api/auth/verify-email?token=x&callbackURL=%2Fverify%3Fnext%3D%252F";
    for (let i = 0; i < 7; i++) await emailVerificationOptions.sendVerificationEmail({ user, url, token: `token-${i}` });
    const kept = await prisma.outboxMessage.findMany({ where: { recipientUserId: owner.userId } });
    expect(kept).toHaveLength(5);
    expect(kept[0]!.text).toContain("https://ztr.example/api/auth/verify-email?token=token-");
    expect(kept[0]!.text).toContain("callbackURL=%2Fverify%3Fnext%3D%252F");
  });

  it("refuses addresses that could inject headers or name several recipients, and oversized mail", async () => {
    for (const to of ["ada@example.com\r\nBcc: eve@example.com", "ada@example.com, eve@example.com", "<ada@example.com>", `${"a".repeat(250)}@example.com`]) {
      await expect(sendMail(personal(to))).rejects.toBeInstanceOf(AppError);
    }
    await expect(sendMail({ ...personal("ada@example.com"), text: "x".repeat(70_000) })).rejects.toThrow(/64 KB/);
  });
});

describe("the outbox", () => {
  it("shows personal mail only to its recipient, and invitations only to the organisation's owners", async () => {
    const { organizationId, owner } = await newOrganization();
    const other = await newOrganization("Olga Other");
    await sendMail(personal(owner.email, owner.userId));
    const invitation = await members.createInvitation(owner, { email: `guest-${Date.now()}@example.com`, role: "viewer" });
    expect(invitation.mail).toBe("held");

    const mine = await listMyMail(owner);
    expect(mine.map((m) => m.kind)).toEqual(["verification"]);
    const organizationMail = await listOrganizationMail(owner);
    expect(organizationMail).toHaveLength(1);
    // The link comes from BETTER_AUTH_URL, never from a request's Host header.
    expect(organizationMail[0]!.text).toContain(`https://ztr.example/invite/${invitation.token}`);
    expect(organizationMail[0]!.subject).toBe("Invitation to join Org on Zero Trust Readiness");

    expect(await listMyMail(other.owner)).toEqual([]);
    expect(await listOrganizationMail(other.owner)).toEqual([]);
    expect(organizationId).not.toBe(other.organizationId);
  });

  it("mails a new invitation over SMTP with its link", async () => {
    process.env.SMTP_URL = sink.smtpUrl;
    const { owner } = await newOrganization();
    const email = `colleague-${Date.now()}@example.com`;
    const invitation = await members.createInvitation(owner, { email, role: "assessor" });
    expect(invitation.mail).toBe("sent");
    const received = sink.messages.find((m) => m.to.includes(email));
    expect(received?.text).toContain(`https://ztr.example/invite/${invitation.token}`);
    expect(received?.text).toContain("as Assessor");
  });
});

describe("accepting an invitation", () => {
  it("needs a confirmed address, checked on the server", async () => {
    const { organizationId, owner } = await newOrganization();
    const invitee = await newOrganization("Ivo Invitee");
    const { token } = await members.createInvitation(owner, { email: invitee.owner.email, role: "viewer" });
    await prisma.session.create({ data: { id: invitee.owner.sessionId, token: `t-${invitee.owner.sessionId}`, userId: invitee.owner.userId, expiresAt: new Date(Date.now() + 60_000) } });

    await expect(members.acceptInvitation(invitee.owner, token)).rejects.toThrow(/Confirm your e-mail address first/);
    expect(await prisma.membership.count({ where: { organizationId, userId: invitee.owner.userId } })).toBe(0);

    await prisma.user.update({ where: { id: invitee.owner.userId }, data: { emailVerified: true } });
    expect(await members.acceptInvitation(invitee.owner, token)).toBe(organizationId);
  });
});

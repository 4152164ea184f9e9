import "server-only";
import { createTransport, type Transporter } from "nodemailer";
import type { MailContent, MailKind } from "@/lib/mail/templates";
import { redact } from "@/lib/redact";
import { audited, recordStandaloneEvent, type AuditEntry } from "./audit";
import { AppError } from "./errors";

/** One message for one recipient. Personal mail names the recipient's account; invitations their organisation. */
export interface OutgoingMail extends MailContent {
  kind: MailKind;
  to: string;
  recipientUserId?: string | null;
  organizationId?: string | null;
}

/** sent: an SMTP server accepted it. held: no SMTP server is configured, it waits in the outbox. failed: kept in the outbox with the error. */
export type MailOutcome = "sent" | "held" | "failed";

const LIMITS = { address: 254, subject: 200, body: 64 * 1024, error: 500 } as const;
// One plain address: no display name, no list, no control characters (header injection).
const ADDRESS = /^[^\s@<>,;"\\]+@[^\s@<>,;"\\]+$/;
const LOOPBACK = new Set(["localhost", "127.0.0.1", "[::1]", "::1"]);

/** The app's public URL, from configuration only: a request's Host header never reaches a link. */
export function appLink(path: string): string {
  let base = process.env.BETTER_AUTH_URL ?? `http://localhost:${process.env.PORT ?? 3000}`;
  while (base.endsWith("/")) base = base.slice(0, -1);
  return `${base}${path.startsWith("/") ? path : `/${path}`}`;
}

export const smtpConfigured = () => Boolean(process.env.SMTP_URL);

function sender(): string {
  if (process.env.MAIL_FROM) return process.env.MAIL_FROM;
  return `"Zero Trust Readiness" <no-reply@${new URL(appLink("/")).hostname}>`;
}

let transport: { url: string; transporter: Transporter } | undefined;

/**
 * smtp:// upgrades with STARTTLS and, except on loopback, refuses to send without it;
 * smtps:// is TLS from the first byte. Credentials come from the URL's user and password.
 */
function transporter(url: string): Transporter {
  if (transport?.url === url) return transport.transporter;
  const parsed = new URL(url);
  if (parsed.protocol !== "smtp:" && parsed.protocol !== "smtps:") throw new Error("SMTP_URL must start with smtp:// or smtps://");
  const secure = parsed.protocol === "smtps:";
  const created = createTransport({
    host: parsed.hostname,
    port: parsed.port ? Number(parsed.port) : secure ? 465 : 587,
    secure,
    requireTLS: !secure && !LOOPBACK.has(parsed.hostname),
    auth: parsed.username ? { user: decodeURIComponent(parsed.username), pass: decodeURIComponent(parsed.password) } : undefined,
    connectionTimeout: 10_000,
    greetingTimeout: 10_000,
    socketTimeout: 20_000,
  });
  transport = { url, transporter: created };
  return created;
}

function check(mail: OutgoingMail): void {
  if (mail.to.length > LIMITS.address || !ADDRESS.test(mail.to)) throw new AppError("invalid_input", "That e-mail address cannot receive mail.");
  if (mail.subject.length > LIMITS.subject || /[\r\n]/.test(mail.subject)) throw new Error("Mail subjects are one line of at most 200 characters.");
  if (mail.text.length > LIMITS.body || mail.html.length > LIMITS.body) throw new Error("Mail bodies are at most 64 KB.");
}

/** Keeps a message in the outbox, with the event that says why. */
async function keep(mail: OutgoingMail, status: "held" | "failed", event: AuditEntry, error?: string): Promise<string> {
  return audited(async (tx, record) => {
    const row = await tx.outboxMessage.create({
      data: {
        kind: mail.kind,
        toEmail: mail.to,
        recipientUserId: mail.recipientUserId ?? null,
        organizationId: mail.organizationId ?? null,
        subject: mail.subject,
        text: mail.text,
        html: mail.html,
        status,
        error: error?.slice(0, LIMITS.error) ?? null,
      },
    });
    record(event);
    return row.id;
  });
}

/**
 * The one way the app sends mail: over SMTP_URL when set, else into the outbox. Never throws
 * for a delivery problem and never drops a message: a refused send is kept, logged and audited.
 */
export async function sendMail(mail: OutgoingMail): Promise<MailOutcome> {
  check(mail);
  const audit = { kind: mail.kind, to: mail.to };
  const url = process.env.SMTP_URL;
  if (!url) {
    const id = await keep(mail, "held", { actor: null, organizationId: mail.organizationId ?? null, action: "mail.held", after: audit });
    console.info(`[mail] SMTP_URL is not set: "${mail.subject}" for ${redact(mail.to)} is in the outbox (${id}).`);
    return "held";
  }
  try {
    await transporter(url).sendMail({ from: sender(), to: mail.to, subject: mail.subject, text: mail.text, html: mail.html });
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    const failed: AuditEntry = { actor: null, organizationId: mail.organizationId ?? null, action: "mail.failed", outcome: "failure", after: { ...audit, error: message.slice(0, LIMITS.error) } };
    const id = await keep(mail, "failed", failed, message);
    console.error(`[mail] Sending "${mail.subject}" to ${redact(mail.to)} failed; kept in the outbox (${id}): ${message}`);
    return "failed";
  }
  await recordStandaloneEvent({ actor: null, organizationId: mail.organizationId ?? null, action: "mail.sent", after: audit });
  return "sent";
}

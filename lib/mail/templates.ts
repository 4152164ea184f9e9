import { escapeHtml } from "@/lib/html";

/**
 * The app's e-mails, each as plain text and simple HTML. Pure: the caller supplies the link,
 * built from the app's configured public URL (never from a request's Host header).
 */
export type MailKind = "invitation" | "verification" | "password_reset";

export interface MailContent {
  subject: string;
  text: string;
  html: string;
}

const APP = "Zero Trust Readiness";

/** Names and organisation names go into subjects: one line, bounded. */
const oneLine = (value: string, max = 80) => value.replace(/[\r\n\t]+/g, " ").trim().slice(0, max);

function layout(heading: string, paragraphs: string[], action: { label: string; url: string }, footer: string): string {
  const body = paragraphs.map((p) => `<p style="margin:0 0 16px">${escapeHtml(p)}</p>`).join("");
  const url = escapeHtml(action.url);
  return [
    `<!doctype html><html><body style="margin:0;padding:24px;background:#f4f4f5;font-family:system-ui,sans-serif;color:#18181b">`,
    `<div style="max-width:560px;margin:0 auto;background:#fff;border-radius:8px;padding:24px">`,
    `<h1 style="font-size:20px;margin:0 0 16px">${escapeHtml(heading)}</h1>${body}`,
    `<p style="margin:0 0 16px"><a href="${url}" style="display:inline-block;background:#1d4ed8;color:#fff;padding:10px 16px;border-radius:6px;text-decoration:none">${escapeHtml(action.label)}</a></p>`,
    `<p style="margin:0 0 16px;font-size:13px;color:#52525b">Or copy this link: <span style="word-break:break-all">${url}</span></p>`,
    `<p style="margin:0;font-size:13px;color:#52525b">${escapeHtml(footer)}</p>`,
    `</div></body></html>`,
  ].join("");
}

function text(paragraphs: string[], url: string, footer: string): string {
  return [...paragraphs, url, footer, `— ${APP}`].join("\n\n") + "\n";
}

export function invitationMail(input: { organizationName: string; inviterName: string; roleLabel: string; link: string; expiresAt: Date }): MailContent {
  const organization = oneLine(input.organizationName);
  const paragraphs = [
    `${oneLine(input.inviterName, 100)} invited you to join ${organization} in ${APP} as ${input.roleLabel}.`,
    `Open the link to accept. You will sign in or create an account with this e-mail address and confirm it.`,
  ];
  const footer = `The link works once and expires on ${input.expiresAt.toISOString().slice(0, 10)}. If you did not expect this invitation, ignore this message.`;
  return {
    subject: `Invitation to join ${organization} on ${APP}`,
    text: text(paragraphs, input.link, footer),
    html: layout(`Join ${organization}`, paragraphs, { label: "Accept the invitation", url: input.link }, footer),
  };
}

export function verificationMail(input: { name: string; link: string; expiresInHours: number }): MailContent {
  const paragraphs = [`Hello ${oneLine(input.name, 100)},`, `confirm that this is your e-mail address for ${APP}.`];
  const footer = `The link expires in ${input.expiresInHours} hours. If you did not create an account, ignore this message.`;
  return {
    subject: `Confirm your e-mail address for ${APP}`,
    text: text(paragraphs, input.link, footer),
    html: layout("Confirm your e-mail address", paragraphs, { label: "Confirm my address", url: input.link }, footer),
  };
}

export function passwordResetMail(input: { name: string; link: string; expiresInMinutes: number }): MailContent {
  const paragraphs = [
    `Hello ${oneLine(input.name, 100)},`,
    `someone asked to reset the password of your ${APP} account. Open the link to choose a new one; every session of the account is then signed out.`,
  ];
  const footer = `The link works once and expires in ${input.expiresInMinutes} minutes. If you did not ask for this, ignore this message: your password stays as it is.`;
  return {
    subject: `Reset your ${APP} password`,
    text: text(paragraphs, input.link, footer),
    html: layout("Reset your password", paragraphs, { label: "Choose a new password", url: input.link }, footer),
  };
}

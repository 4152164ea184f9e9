import { expect, type Page } from "@playwright/test";

export const DEMO = { email: "demo@example.com", password: "ZeroTrust-demo-2026", name: "Dana Demo" };

/** A unique address per test, so tests can run in parallel and be re-run against one database. */
export function uniqueEmail(tag: string): string {
  return `${tag}-${Date.now()}-${Math.random().toString(36).slice(2, 8)}@example.com`;
}

export async function signIn(page: Page, email: string, password: string): Promise<void> {
  await page.goto("/sign-in");
  await page.getByLabel("Email").fill(email);
  await page.getByLabel("Password").fill(password);
  await page.getByRole("button", { name: "Sign in", exact: true }).click();
  await expect(page.getByRole("navigation", { name: "Main" })).toBeVisible();
}

/** Opens the account menu; its trigger stays disabled until hydration, and the click waits for that. */
export async function openUserMenu(page: Page, name: string): Promise<void> {
  await page.getByRole("button", { name: `Account menu for ${name}` }).click();
  await expect(page.getByRole("menu")).toBeVisible();
}

/** Creates a new account through the form and waits for the app shell. */
export async function signUp(page: Page, name: string, email = uniqueEmail("user"), password = "a long enough password"): Promise<string> {
  await page.goto("/sign-up");
  await page.getByLabel("Name").fill(name);
  await page.getByLabel("Email").fill(email);
  await page.getByLabel(/^Password/).fill(password);
  await page.getByRole("button", { name: "Create account" }).click();
  await expect(page.getByRole("heading", { name: `Welcome, ${name}` })).toBeVisible();
  return email;
}

/** A message that the end-to-end run's SMTP sink received (scripts/test/smtp-sink.ts). */
export interface ReceivedMail {
  to: string[];
  subject: string;
  text: string;
  html: string;
}

async function mailboxOf(address: string): Promise<ReceivedMail[]> {
  const sink = process.env.SMTP_SINK_URL;
  if (!sink) throw new Error("SMTP_SINK_URL is not set: run the browser tests through scripts/test/e2e.ts");
  const response = await fetch(`${sink}/messages?to=${encodeURIComponent(address)}`);
  return (await response.json()) as ReceivedMail[];
}

/** Waits until `address` has received `count` messages whose subject matches, and returns the latest. */
export async function waitForMail(address: string, subject: RegExp, count = 1): Promise<ReceivedMail> {
  let matching: ReceivedMail[] = [];
  await expect
    .poll(async () => {
      matching = (await mailboxOf(address)).filter((mail) => subject.test(mail.subject));
      return matching.length;
    }, { message: `mail to ${address} with subject ${subject}`, timeout: 15_000 })
    .toBeGreaterThanOrEqual(count);
  return matching[matching.length - 1]!;
}

/** The first link in a message's text that contains `path`. */
export function linkIn(mail: ReceivedMail, path: string): string {
  const link = mail.text.split(/\s+/).find((word) => word.startsWith("http") && word.includes(path));
  if (!link) throw new Error(`No link with ${path} in "${mail.subject}"`);
  return link;
}

/** Opens the confirmation link mailed to `email` in `page` and waits for the result page. */
export async function confirmEmail(page: Page, email: string): Promise<void> {
  const mail = await waitForMail(email, /^Confirm your e-mail address/);
  await page.goto(linkIn(mail, "/api/auth/verify-email"));
  await expect(page.getByRole("heading", { name: "E-mail address confirmed" })).toBeVisible();
}

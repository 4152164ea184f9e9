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

/** Opens the account menu; a click that lands before hydration is simply repeated. */
export async function openUserMenu(page: Page, name: string): Promise<void> {
  const trigger = page.getByRole("button", { name: `Account menu for ${name}` });
  await expect(async () => {
    if ((await trigger.getAttribute("aria-expanded")) !== "true") await trigger.click();
    await expect(page.getByRole("menu")).toBeVisible({ timeout: 1_000 });
  }).toPass();
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

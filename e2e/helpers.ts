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
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page.getByRole("navigation", { name: "Main" })).toBeVisible();
}

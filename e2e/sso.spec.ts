import { expect, test } from "@playwright/test";

test("single sign-on through the configured OIDC provider creates the account and signs in", async ({ page }) => {
  await page.goto("/sign-in");
  await page.getByRole("button", { name: "Sign in with Test IdP" }).click();
  await expect(page.getByRole("heading", { name: "Welcome, Sid Sso" })).toBeVisible();
  await page.getByRole("link", { name: "Settings" }).click();
  await expect(page.getByText("sid.sso@example.com")).toBeVisible();
});

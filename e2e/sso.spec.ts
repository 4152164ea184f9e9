import { randomUUID } from "node:crypto";
import { type APIRequestContext, type Browser, expect, type Page, test } from "@playwright/test";
import type { FakeOidcBehaviour } from "../scripts/test/fake-oidc-provider";

// The test identity provider is one process with one behaviour at a time.
test.describe.configure({ mode: "serial" });

async function provider(request: APIRequestContext, behaviour: Partial<FakeOidcBehaviour> = {}): Promise<void> {
  const response = await request.post(`${process.env.OIDC_ISSUER}/_test/behaviour`, { data: behaviour });
  expect(response.ok()).toBe(true);
}

test.afterEach(async ({ request }) => provider(request));

async function signInWithSso(page: Page): Promise<void> {
  await page.goto("/sign-in");
  await page.getByRole("button", { name: "Sign in with Test IdP" }).click();
}

async function freshPage(browser: Browser): Promise<Page> {
  return (await browser.newContext()).newPage();
}

test("single sign-on through the configured OIDC provider creates the account and signs in", async ({ page }) => {
  await signInWithSso(page);
  await expect(page.getByRole("heading", { name: "Welcome, Sid Sso" })).toBeVisible();
  await page.goto("/settings/members");
  await expect(page.getByRole("cell", { name: "sid.sso@example.com" })).toBeVisible();
  await page.goto("/audit?action=auth.sso_sign_in");
  await expect(page.locator("tbody tr").first()).toContainText("Signed in with single sign-on");
});

test("a provider whose discovery names another issuer signs nobody in", async ({ page, request }) => {
  await provider(request, { wrongIssuer: true });
  await signInWithSso(page);
  await expect(page).toHaveURL(/\/sign-in\?error=sso_unavailable/);
  await expect(page.getByRole("alert").filter({ hasText: /did not identify itself as the one configured/ })).toBeVisible();
  await page.goto("/");
  await expect(page).toHaveURL(/\/sign-in$/);
});

test("an ID token with a bad signature, or none at all, signs nobody in", async ({ browser, request }) => {
  for (const behaviour of [{ badSignature: true }, { noIdToken: true }]) {
    await provider(request, { ...behaviour, person: { sub: randomUUID(), email: `forged-${randomUUID()}@example.com`, name: "Fay Forged" } });
    const page = await freshPage(browser);
    await signInWithSso(page);
    await expect(page).toHaveURL(/\/sign-in\?error=/);
    await expect(page.getByRole("alert").filter({ hasText: /Single sign-on did not complete/ })).toBeVisible();
    await page.goto("/");
    await expect(page).toHaveURL(/\/sign-in$/);
    await page.context().close();
  }
});

test("an address the provider has not verified is not linked to the existing account", async ({ browser, request }) => {
  const email = `linked-${randomUUID()}@example.com`;
  await provider(request, { person: { sub: randomUUID(), email, name: "Val Verified" } });
  const owner = await freshPage(browser);
  await signInWithSso(owner);
  await expect(owner.getByRole("heading", { name: "Welcome, Val Verified" })).toBeVisible();
  await owner.context().close();

  // Another identity at the provider claims the same address without verifying it.
  await provider(request, { person: { sub: randomUUID(), email, name: "Mal Claimant" }, emailVerified: false });
  const claimant = await freshPage(browser);
  await signInWithSso(claimant);
  await expect(claimant).toHaveURL(/\/sign-in\?error=account_not_linked/);
  await expect(claimant.getByRole("alert").filter({ hasText: /did not confirm that email address/ })).toBeVisible();
  await claimant.goto("/");
  await expect(claimant).toHaveURL(/\/sign-in$/);
  await claimant.context().close();

  // The same claim with the address verified is linked: the refusal was the missing verification.
  await provider(request, { person: { sub: randomUUID(), email, name: "Mal Claimant" }, emailVerified: true });
  const verified = await freshPage(browser);
  await signInWithSso(verified);
  await expect(verified.getByRole("heading", { name: "Welcome, Val Verified" })).toBeVisible();
  await verified.context().close();
});

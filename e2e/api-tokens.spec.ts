import { expect, test } from "@playwright/test";
import { signUp } from "./helpers";
import { startPrivateServer, type PrivateServer } from "./private-server";

test("an API token is shown once, works within its scopes, and stops working when revoked", async ({ page, playwright }) => {
  await page.context().grantPermissions(["clipboard-read", "clipboard-write"]);
  await signUp(page, "Tom Token");
  await page.goto("/settings/api-tokens");

  const createToken = async (name: string, scopes: string[]) => {
    await page.getByLabel("Token name").fill(name);
    for (const box of await page.getByRole("checkbox", { name: /\./ }).all()) await box.uncheck();
    for (const scope of scopes) await page.getByRole("checkbox", { name: scope, exact: true }).check();
    await page.getByRole("button", { name: "Create token" }).click();
    // The list shows the new token once the action has answered, and with it the new secret.
    await expect(page.getByTestId("api-token-row").filter({ hasText: name })).toBeVisible();
    return (await page.getByTestId("api-token-secret").textContent())!.trim();
  };
  const auditor = await createToken("SIEM export", ["audit.read"]);
  const reader = await createToken("Dashboard reader", ["assessment.read"]);
  expect(auditor).toMatch(/^ztr_/);
  expect(reader).not.toBe(auditor);
  await page.getByRole("button", { name: "Copy token" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Copied" })).toBeVisible();
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(reader);
  // Where the browser refuses the clipboard, the token is selected for copying by hand.
  await page.evaluate(() => {
    navigator.clipboard.writeText = () => Promise.reject(new DOMException("Not allowed", "NotAllowedError"));
  });
  await page.getByRole("button", { name: "Copy token" }).click();
  await expect(page.getByRole("status").filter({ hasText: "press Ctrl+C" })).toBeVisible();
  expect(await page.evaluate(() => window.getSelection()?.toString().trim())).toBe(reader);

  const api = await playwright.request.newContext({ baseURL: test.info().project.use.baseURL });
  const exportWith = (token: string) => api.get("/api/v1/audit/export", { headers: { authorization: `Bearer ${token}` } });

  const allowed = await exportWith(auditor);
  expect(allowed.status()).toBe(200);
  expect(await allowed.text()).toContain("token.created");

  const outOfScope = await exportWith(reader);
  expect(outOfScope.status()).toBe(403);
  expect((await outOfScope.json()).code).toBe("forbidden");

  expect((await exportWith("ztr_not-a-real-token")).status()).toBe(401);

  await page.getByTestId("api-token-row").filter({ hasText: "SIEM export" }).getByRole("button", { name: "Revoke" }).click();
  await expect(page.getByTestId("api-token-row").filter({ hasText: "SIEM export" })).toHaveCount(0);
  expect((await exportWith(auditor)).status()).toBe(401);
  await api.dispose();
});

test.describe("a token from a session signed in over 15 minutes ago", () => {
  // Its own server and database, so the test can age its session in the database directly.
  let server: PrivateServer;
  test.beforeAll(async () => {
    test.setTimeout(180_000);
    server = await startPrivateServer({});
  });
  test.afterAll(async () => server?.stop());

  test("asks for the password again, and refuses a wrong one", async ({ browser }) => {
    test.slow();
    const context = await browser.newContext({ baseURL: server.url });
    const page = await context.newPage();
    const email = await signUp(page, "Rex Reauth", undefined, "the right long password");
    await page.goto("/settings/api-tokens");
    await expect(page.getByLabel("Token name")).toBeVisible();
    await expect(page.getByLabel("Your password", { exact: true })).toHaveCount(0);

    // Nothing in flight while the sign-in is moved back 20 minutes.
    await page.waitForLoadState("networkidle");
    await server.sql(`UPDATE sessions SET "createdAt" = now() - interval '20 minutes' WHERE "userId" = (SELECT id FROM users WHERE email = $1)`, [email]);

    // This page was rendered while the sign-in was recent: the server asks when the form is sent.
    await page.getByLabel("Token name").fill("Late token");
    await page.getByRole("button", { name: "Create token" }).click();
    await expect(page.getByText("Enter your password.")).toBeVisible();
    await expect(page.getByTestId("api-token-row")).toHaveCount(0);

    await page.getByLabel("Your password", { exact: true }).fill("not the right password");
    await page.getByRole("button", { name: "Create token" }).click();
    await expect(page.getByText("That password is not right.")).toBeVisible();
    await expect(page.getByTestId("api-token-row")).toHaveCount(0);

    await page.getByLabel("Your password", { exact: true }).fill("the right long password");
    await page.getByRole("button", { name: "Create token" }).click();
    await expect(page.getByTestId("api-token-row").filter({ hasText: "Late token" })).toBeVisible();
    await expect(page.getByTestId("api-token-secret")).toHaveText(/^ztr_/);

    // A fresh render of the page asks up front.
    await page.reload();
    await expect(page.getByLabel("Your password", { exact: true })).toBeVisible();
    await context.close();
  });
});

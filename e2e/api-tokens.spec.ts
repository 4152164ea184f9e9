import { expect, test } from "@playwright/test";
import { signUp } from "./helpers";

test("an API token is shown once, works within its scopes, and stops working when revoked", async ({ page, playwright }) => {
  await signUp(page, "Tom Token");
  await page.getByRole("link", { name: "Settings" }).click();

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

  const api = await playwright.request.newContext({ baseURL: test.info().project.use.baseURL });
  const exportWith = (token: string) => api.get("/api/audit/export", { headers: { authorization: `Bearer ${token}` } });

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

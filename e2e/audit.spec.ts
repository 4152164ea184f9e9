import { expect, test } from "@playwright/test";
import { DEMO, openUserMenu, signIn } from "./helpers";

test("owners read the audit trail, filter it and export it as CSV", async ({ page }) => {
  await page.goto("/sign-in");
  await page.getByLabel("Email").fill(DEMO.email);
  await page.getByLabel("Password").fill("not the demo password");
  await page.getByRole("button", { name: "Sign in", exact: true }).click();
  await expect(page.locator("form").getByRole("alert")).toBeVisible();
  await signIn(page, DEMO.email, DEMO.password);

  await openUserMenu(page, DEMO.name);
  await page.getByRole("menuitem", { name: "Audit log" }).click();
  await expect(page.getByRole("heading", { name: "Audit log" })).toBeVisible();
  await expect(page.getByRole("region", { name: "Audit chain integrity" })).toContainText("Audit chain intact:");
  await page.getByLabel("Action starts with").fill("auth.sign_in_failed");
  await page.getByRole("button", { name: "Filter" }).click();
  await expect(page).toHaveURL(/action=auth\.sign_in_failed/);
  const rows = page.locator("tbody tr");
  await expect(rows.first()).toContainText("auth.sign_in_failed");
  await expect(rows.first()).toContainText("failure");
  await expect(rows.first()).toContainText("d***@example.com");

  const download = page.waitForEvent("download");
  await page.getByRole("link", { name: "Export CSV" }).click();
  const csv = await (await (await download).createReadStream()).toArray();
  const text = Buffer.concat(csv).toString("utf8");
  expect(text.split("\r\n")[0]).toBe('"seq","at","actor","action","outcome","target_type","target_id","ip","request_id","details"');
  expect(text).toContain("auth.sign_in_failed");
  expect(text).not.toContain('"auth.sign_in"');
});

test("the audit export refuses signed-out callers and bad filters with clear errors", async ({ page, request }) => {
  const anonymous = await request.get("/api/audit/export");
  expect(anonymous.status()).toBe(401);
  expect(await anonymous.json()).toEqual({ code: "unauthenticated", message: "Sign in first, or send a valid API token." });

  await signIn(page, DEMO.email, DEMO.password);
  const badDate = await page.request.get("/api/audit/export?from=yesterday");
  expect(badDate.status()).toBe(400);
  expect(await badDate.json()).toEqual({ code: "invalid_input", message: "Use a date like 2026-01-31." });
});

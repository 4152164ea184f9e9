import { expect, test } from "@playwright/test";
import { openUserMenu, signUp } from "./helpers";

test("the dark theme is chosen from the account menu and kept across reloads", async ({ page }) => {
  await signUp(page, "Theo Theme");
  await expect(page.locator("html")).not.toHaveClass(/dark/);

  await openUserMenu(page, "Theo Theme");
  await page.getByRole("menuitem", { name: "Dark theme" }).click();
  await expect(page.locator("html")).toHaveClass(/dark/);
  await page.reload();
  await expect(page.locator("html")).toHaveClass(/dark/);
});

test("the framework page lists every pillar and offers the JSON download", async ({ page }) => {
  await signUp(page, "Fran Framework");
  await page.getByRole("link", { name: "Framework" }).click();
  for (const pillar of ["Identity", "Devices", "Apps", "Data", "Infrastructure", "Network", "Governance"]) {
    await expect(page.getByRole("heading", { level: 2, name: pillar, exact: true })).toBeVisible();
  }
  const download = page.waitForEvent("download");
  await page.getByRole("link", { name: "Download JSON" }).click();
  expect((await download).suggestedFilename()).toMatch(/^zt-\d{4}\.\d+\.json$/);
});

import { expect, test } from "@playwright/test";
import { openUserMenu, signUp } from "./helpers";
import { totp } from "./totp";

test("enrol TOTP with a QR code and recovery codes, then sign in with a code", async ({ page }) => {
  test.setTimeout(90_000);
  const email = await signUp(page, "Tess Totp");
  await page.getByRole("link", { name: "Settings" }).click();
  await page.getByLabel("Confirm your password").fill("a long enough password");
  await page.getByRole("button", { name: "Set up two-factor authentication" }).click();
  await expect(page.getByRole("img", { name: "QR code for your authenticator app" }).locator("svg")).toBeVisible();
  const key = (await page.getByTestId("totp-key").textContent())!.trim();

  await page.getByLabel("Code from the app").fill("000000" === totp(key) ? "111111" : "000000");
  await page.getByRole("button", { name: "Turn on two-factor authentication" }).click();
  await expect(page.getByText("That code is not right. Codes change every 30 seconds.")).toBeVisible();
  await page.getByLabel("Code from the app").fill(totp(key));
  await page.getByRole("button", { name: "Turn on two-factor authentication" }).click();
  await expect(page.getByText("Two-factor authentication is on.")).toBeVisible();
  await expect(page.getByTestId("recovery-codes").locator("li")).toHaveCount(10);
  const recoveryCode = (await page.getByTestId("recovery-codes").locator("li").first().textContent())!.trim();

  await page.reload();
  await page.getByRole("checkbox", { name: "Require two-factor authentication for every member" }).click();
  await expect(page.getByRole("checkbox", { name: "Require two-factor authentication for every member" })).toBeChecked();

  await openUserMenu(page, "Tess Totp");
  await page.getByRole("menuitem", { name: "Sign out" }).click();
  await expect(page).toHaveURL(/\/sign-in$/);
  await page.getByLabel("Email").fill(email);
  await page.getByLabel("Password").fill("a long enough password");
  await page.getByRole("button", { name: "Sign in", exact: true }).click();
  await expect(page).toHaveURL(/\/sign-in\/two-factor/);
  await page.getByLabel("Authentication code").fill("12345");
  await page.getByRole("button", { name: "Verify" }).click();
  await expect(page.getByText("Enter the 6-digit code from your authenticator app.")).toBeVisible();
  await page.getByLabel("Authentication code").fill(totp(key));
  await page.getByRole("button", { name: "Verify" }).click();
  await expect(page.getByRole("heading", { name: "Welcome, Tess Totp" })).toBeVisible();

  // A recovery code works once in place of the app.
  for (const attempt of ["first", "second"]) {
    await openUserMenu(page, "Tess Totp");
    await page.getByRole("menuitem", { name: "Sign out" }).click();
    await page.getByLabel("Email").fill(email);
    await page.getByLabel("Password").fill("a long enough password");
    await page.getByRole("button", { name: "Sign in", exact: true }).click();
    await page.getByRole("button", { name: "Use a recovery code instead" }).click();
    await page.getByLabel("Recovery code").fill(recoveryCode);
    await page.getByRole("button", { name: "Verify" }).click();
    if (attempt === "first") await expect(page.getByRole("heading", { name: "Welcome, Tess Totp" })).toBeVisible();
    else await expect(page.locator("form").getByRole("alert")).toHaveText("That recovery code is not right or was already used.");
  }
});

test("an organisation cannot require two-factor authentication before its owner has it", async ({ page }) => {
  await signUp(page, "Pat Policy");
  await page.getByRole("link", { name: "Settings" }).click();
  await page.getByRole("checkbox", { name: "Require two-factor authentication for every member" }).click();
  await expect(page.locator("main").getByRole("alert")).toHaveText("Set up two-factor authentication for yourself before requiring it of everyone.");
  await page.reload();
  await expect(page.getByRole("checkbox", { name: "Require two-factor authentication for every member" })).not.toBeChecked();
});

import { expect, test } from "@playwright/test";
import { openUserMenu, signIn, signUp } from "./helpers";
import { totp } from "./totp";

test("enrol TOTP with a QR code and recovery codes, then sign in with a code", async ({ page }) => {
  test.setTimeout(90_000);
  const email = await signUp(page, "Tess Totp");
  await page.goto("/settings/account");
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

  await page.goto("/settings/security");
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
  // The code that turned two-factor on is spent; the app's next code is accepted, once.
  const nextCode = totp(key, Date.now() + 30_000);
  await page.getByLabel("Authentication code").fill(nextCode);
  await page.getByRole("button", { name: "Verify" }).click();
  await expect(page.getByRole("heading", { name: "Welcome, Tess Totp" })).toBeVisible();

  await openUserMenu(page, "Tess Totp");
  await page.getByRole("menuitem", { name: "Sign out" }).click();
  await page.getByLabel("Email").fill(email);
  await page.getByLabel("Password").fill("a long enough password");
  await page.getByRole("button", { name: "Sign in", exact: true }).click();
  await page.getByLabel("Authentication code").fill(nextCode);
  await page.getByRole("button", { name: "Verify" }).click();
  await expect(page.locator("form").getByRole("alert")).toHaveText("That code was already used. Wait for the next one.");
  await page.getByRole("button", { name: "Use a recovery code instead" }).click();
  await page.getByLabel("Recovery code").fill(recoveryCode);
  await page.getByRole("button", { name: "Verify" }).click();
  await expect(page.getByRole("heading", { name: "Welcome, Tess Totp" })).toBeVisible();

  // The recovery code used above works only once.
  await openUserMenu(page, "Tess Totp");
  await page.getByRole("menuitem", { name: "Sign out" }).click();
  await page.getByLabel("Email").fill(email);
  await page.getByLabel("Password").fill("a long enough password");
  await page.getByRole("button", { name: "Sign in", exact: true }).click();
  await page.getByRole("button", { name: "Use a recovery code instead" }).click();
  await page.getByLabel("Recovery code").fill(recoveryCode);
  await page.getByRole("button", { name: "Verify" }).click();
  await expect(page.locator("form").getByRole("alert")).toHaveText("That recovery code is not right or was already used.");
});

test("turning two-factor on and off signs out the account's other sessions, not this one", async ({ browser }) => {
  test.setTimeout(90_000);
  const laptop = await (await browser.newContext()).newPage();
  const email = await signUp(laptop, "Otto Others");
  const phone = await (await browser.newContext()).newPage();
  await signIn(phone, email, "a long enough password");

  await laptop.goto("/settings/account");
  await laptop.getByLabel("Confirm your password").fill("a long enough password");
  await laptop.getByRole("button", { name: "Set up two-factor authentication" }).click();
  const key = (await laptop.getByTestId("totp-key").textContent())!.trim();
  await laptop.getByLabel("Code from the app").fill(totp(key));
  await laptop.getByRole("button", { name: "Turn on two-factor authentication" }).click();
  await expect(laptop.getByText("Two-factor authentication is on.")).toBeVisible();
  await phone.reload();
  await expect(phone).toHaveURL(/\/sign-in$/);

  // Signed in again on the phone (with the next code), then two-factor goes off on the laptop.
  await phone.getByLabel("Email").fill(email);
  await phone.getByLabel("Password").fill("a long enough password");
  await phone.getByRole("button", { name: "Sign in", exact: true }).click();
  await phone.getByLabel("Authentication code").fill(totp(key, Date.now() + 30_000));
  await phone.getByRole("button", { name: "Verify" }).click();
  await expect(phone.getByRole("heading", { name: "Welcome, Otto Others" })).toBeVisible();
  await laptop.reload();
  await laptop.getByLabel("Confirm your password").fill("a long enough password");
  await laptop.getByRole("button", { name: "Turn off two-factor authentication" }).click();
  await expect(laptop.getByRole("button", { name: "Set up two-factor authentication" })).toBeVisible();
  await phone.reload();
  await expect(phone).toHaveURL(/\/sign-in$/);
  await laptop.reload();
  await expect(laptop.getByRole("heading", { name: "My account" })).toBeVisible();
  await Promise.all([laptop.context().close(), phone.context().close()]);
});

test("an organisation cannot require two-factor authentication before its owner has it", async ({ page }) => {
  await signUp(page, "Pat Policy");
  await page.goto("/settings/security");
  await page.getByRole("checkbox", { name: "Require two-factor authentication for every member" }).click();
  await expect(page.locator("main").getByRole("alert")).toHaveText("Set up two-factor authentication for yourself before requiring it of everyone.");
  await page.reload();
  await expect(page.getByRole("checkbox", { name: "Require two-factor authentication for every member" })).not.toBeChecked();
});

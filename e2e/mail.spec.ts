import { expect, test } from "@playwright/test";
import { confirmEmail, DEMO, linkIn, signIn, signUp, uniqueEmail, waitForMail } from "./helpers";

test("sign-up mails a confirmation link that confirms the address", async ({ page }) => {
  const email = await signUp(page, "Vera Verify", uniqueEmail("verify"));
  const notice = page.getByRole("region", { name: "Confirm your e-mail address" });
  await expect(notice).toContainText(email);

  const mail = await waitForMail(email, /^Confirm your e-mail address for Zero Trust Readiness$/);
  expect(mail.html).toContain("Confirm my address");
  await confirmEmail(page, email);
  await page.getByRole("link", { name: "Continue" }).click();
  await expect(page.getByRole("heading", { name: "Welcome, Vera Verify" })).toBeVisible();
  await expect(notice).toHaveCount(0);
});

test("an invitation arrives by e-mail; the colleague signs up, confirms the address and accepts", async ({ page, browser }) => {
  test.slow(); // Two people and five pages.
  await signIn(page, DEMO.email, DEMO.password);
  await page.goto("/settings/members");
  const email = uniqueEmail("colleague");
  await page.getByLabel("Email", { exact: true }).fill(email);
  await page.getByLabel("Role", { exact: true }).selectOption("assessor");
  await page.getByRole("button", { name: "Create invitation link" }).click();
  await expect(page.getByText("We e-mailed the invitation.")).toBeVisible();
  const copyable = (await page.getByTestId("invitation-link").textContent())!.trim();

  const mail = await waitForMail(email, /^Invitation to join Northwind Demo on Zero Trust Readiness$/);
  expect(mail.text).toContain("as Assessor");
  const link = linkIn(mail, "/invite/");
  expect(link).toBe(copyable);

  const colleague = await browser.newPage();
  await colleague.goto(link);
  await colleague.getByRole("link", { name: "Create an account" }).click();
  await colleague.getByLabel("Name").fill("Cleo Colleague");
  await colleague.getByLabel("Email").fill(email);
  await colleague.getByLabel(/^Password/).fill("a long enough password");
  await colleague.getByRole("button", { name: "Create account" }).click();
  // Back on the invitation, which only a confirmed address may accept.
  await expect(colleague).toHaveURL(link);
  await expect(colleague.getByRole("region", { name: "Confirm your e-mail address" })).toBeVisible();
  await expect(colleague.getByRole("button", { name: "Accept invitation" })).toHaveCount(0);

  await confirmEmail(colleague, email);
  await colleague.getByRole("link", { name: "Continue" }).click();
  await colleague.getByRole("button", { name: "Accept invitation" }).click();
  await expect(colleague.getByRole("button", { name: /Organisation: Northwind Demo/ })).toBeVisible();
  await colleague.close();
});

test("forgot password: the mailed link works once, and the reset ends the old session", async ({ page, browser }) => {
  test.slow(); // Two sessions, two requests and three forms.
  const email = await signUp(page, "Rita Reset", uniqueEmail("reset"));

  const other = await browser.newPage();
  await other.goto("/sign-in");
  await other.getByRole("link", { name: "Forgot password?" }).click();
  await expect(other.getByRole("heading", { name: "Forgot your password?" })).toBeVisible();
  // The same answer whether or not the account exists.
  const unknown = uniqueEmail("nobody");
  await other.getByLabel("Email").fill(unknown);
  await other.getByRole("button", { name: "Send reset link" }).click();
  await expect(other.locator("main").getByRole("status")).toContainText(`If an account exists for ${unknown}, we sent it a link`);
  await other.goto("/forgot-password");
  await other.getByLabel("Email").fill(email);
  await other.getByRole("button", { name: "Send reset link" }).click();
  await expect(other.locator("main").getByRole("status")).toContainText(`If an account exists for ${email}, we sent it a link`);

  const mail = await waitForMail(email, /^Reset your Zero Trust Readiness password$/);
  const link = linkIn(mail, "/reset-password?token=");
  await other.goto(link);
  await other.getByLabel(/^New password/).fill("a brand new password");
  await other.getByLabel("Repeat the new password").fill("a different password");
  await other.getByRole("button", { name: "Set new password" }).click();
  await expect(other.getByText("The two passwords are not the same.")).toBeVisible();
  await other.getByLabel(/^New password/).fill("a brand new password");
  await other.getByLabel("Repeat the new password").fill("a brand new password");
  await other.getByRole("button", { name: "Set new password" }).click();
  await expect(other.locator("main").getByRole("status")).toContainText("Your password was changed");

  // Single use.
  await other.goto(link);
  await expect(other.locator("main").getByRole("alert")).toHaveText("This reset link has expired or was already used. Ask for a new one.");

  // The session that was open before the reset is gone.
  await page.reload();
  await expect(page).toHaveURL(/\/sign-in/);

  await signIn(other, email, "a brand new password");
  await other.close();
});

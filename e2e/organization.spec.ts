import { expect, test } from "@playwright/test";
import { confirmEmail, DEMO, openUserMenu, signIn, signUp, uniqueEmail } from "./helpers";

test("an owner invites by link; the invitee joins as viewer and cannot manage anything", async ({ page, browser }) => {
  test.slow(); // Two people, and the invitee confirms their address first.
  await page.context().grantPermissions(["clipboard-read", "clipboard-write"]);
  await signIn(page, DEMO.email, DEMO.password);
  await page.goto("/settings/members");
  const inviteeEmail = uniqueEmail("viewer");
  await page.getByLabel("Email", { exact: true }).fill(inviteeEmail);
  await page.getByLabel("Role", { exact: true }).selectOption("viewer");
  await page.getByRole("button", { name: "Create invitation link" }).click();
  const link = (await page.getByTestId("invitation-link").textContent())!.trim();
  await page.getByRole("button", { name: "Copy link" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Copied" })).toBeVisible();
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(link);
  await expect(page.getByText(inviteeEmail)).toBeVisible();

  const invitee = await browser.newPage();
  await invitee.goto(link);
  await expect(invitee.getByRole("heading", { name: "Join Northwind Demo" })).toBeVisible();
  await invitee.getByRole("link", { name: "Create an account" }).click();
  await invitee.getByLabel("Name").fill("Vic Viewer");
  await invitee.getByLabel("Email").fill(inviteeEmail);
  await invitee.getByLabel(/^Password/).fill("a long enough password");
  await invitee.getByRole("button", { name: "Create account" }).click();
  await confirmEmail(invitee, inviteeEmail);
  await invitee.getByRole("link", { name: "Continue" }).click();
  await invitee.getByRole("button", { name: "Accept invitation" }).click();
  await expect(invitee.getByRole("button", { name: /Organisation: Northwind Demo/ })).toBeVisible();

  await openUserMenu(invitee, "Vic Viewer");
  await expect(invitee.getByRole("menuitem", { name: "Audit log" })).toHaveCount(0);
  await invitee.getByRole("menuitem", { name: "Settings" }).click();
  await expect(invitee.getByText("Your role here: Viewer.")).toBeVisible();
  await expect(invitee.getByLabel("Organisation name")).toBeDisabled();
  const settingsNav = invitee.getByRole("navigation", { name: "Settings" });
  await expect(settingsNav.getByRole("link", { name: "API tokens" })).toHaveCount(0);
  await settingsNav.getByRole("link", { name: "Members" }).click();
  await expect(invitee.getByRole("heading", { name: "Members", exact: true })).toBeVisible();
  await expect(invitee.getByRole("heading", { name: "Invite someone" })).toHaveCount(0);
  await expect(invitee.getByRole("combobox", { name: /Role of/ })).toHaveCount(0);
  await expect(invitee.getByRole("button", { name: "Remove" })).toHaveCount(0);

  // The link is single-use.
  await invitee.goto(link);
  await expect(invitee.getByText("This invitation link has already been used.")).toBeVisible();
  await invitee.close();
});

test("the only owner is offered neither removal nor a demotion", async ({ page }) => {
  await signUp(page, "Solo Owner");
  await page.goto("/settings/members");
  const row = page.getByRole("row").filter({ hasText: "Solo Owner" });
  await expect(row).toContainText("Only owner");
  await expect(row.getByRole("combobox")).toHaveCount(0);
  await expect(row.getByRole("button", { name: "Remove" })).toHaveCount(0);
});

test("a user creates a second organisation and switches between them", async ({ page }) => {
  await signUp(page, "Mo Multi");
  await expect(page.getByRole("button", { name: /Organisation: Mo Multi's organisation/ })).toBeVisible();

  await page.goto("/organizations/new");
  await page.getByLabel("Name").fill("Contoso Security");
  await page.getByRole("button", { name: "Create organisation" }).click();
  await expect(page.getByRole("button", { name: /Organisation: Contoso Security/ })).toBeVisible();
  await expect(page.getByLabel("Organisation name")).toHaveValue("Contoso Security");

  // The trigger is disabled until hydration, so this click is never lost.
  await page.getByRole("button", { name: /Switch organisation/ }).click();
  await expect(page.getByRole("menu")).toBeVisible();
  await page.getByRole("menuitem", { name: "Mo Multi's organisation" }).click();
  await expect(page.getByRole("button", { name: /Organisation: Mo Multi's organisation/ })).toBeVisible();
  await page.reload();
  await expect(page.getByRole("button", { name: /Organisation: Mo Multi's organisation/ })).toBeVisible();
});

test("an owner sees and revokes a member's API token and signs the member out everywhere", async ({ page, browser, playwright }) => {
  // Two accounts, an invitation, a token: a long flow.
  test.slow();
  await signUp(page, "Olive Owner");
  await page.goto("/settings/members");
  const memberEmail = uniqueEmail("assessor");
  await page.getByLabel("Email", { exact: true }).fill(memberEmail);
  await page.getByLabel("Role", { exact: true }).selectOption("assessor");
  await page.getByRole("button", { name: "Create invitation link" }).click();
  const link = (await page.getByTestId("invitation-link").textContent())!.trim();

  const member = await browser.newPage();
  await member.goto(link);
  await member.getByRole("link", { name: "Create an account" }).click();
  await member.getByLabel("Name").fill("Ada Assessor");
  await member.getByLabel("Email").fill(memberEmail);
  await member.getByLabel(/^Password/).fill("a long enough password");
  await member.getByRole("button", { name: "Create account" }).click();
  await confirmEmail(member, memberEmail);
  await member.getByRole("link", { name: "Continue" }).click();
  await member.getByRole("button", { name: "Accept invitation" }).click();
  await expect(member.getByRole("button", { name: /Organisation: Olive Owner's organisation/ })).toBeVisible();
  await member.goto("/settings/api-tokens");
  await member.getByLabel("Token name").fill("Member CI");
  await member.getByRole("button", { name: "Create token" }).click();
  await expect(member.getByTestId("api-token-row").filter({ hasText: "Member CI" })).toBeVisible();
  const secret = (await member.getByTestId("api-token-secret").textContent())!.trim();
  const api = await playwright.request.newContext({ baseURL: test.info().project.use.baseURL });
  const listWith = (token: string) => api.get("/api/v1/assessments", { headers: { authorization: `Bearer ${token}` } });
  expect((await listWith(secret)).status()).toBe(200);

  await page.reload();
  const row = page.getByRole("row").filter({ hasText: memberEmail });
  await row.getByRole("button", { name: "Access" }).click();
  const access = page.getByTestId("member-access");
  await expect(access.getByTestId("member-token-row").filter({ hasText: "Member CI" })).toBeVisible();
  await access.getByTestId("member-token-row").filter({ hasText: "Member CI" }).getByRole("button", { name: "Revoke" }).click();
  await expect(access.getByText("No active tokens.")).toBeVisible();
  expect((await listWith(secret)).status()).toBe(401);

  page.once("dialog", (dialog) => void dialog.accept());
  await access.getByRole("button", { name: "Sign out everywhere" }).click();
  // One or two: the confirmation link may sign in a session of its own beside the sign-up's.
  await expect(access.getByRole("status")).toHaveText(/^Ended [12] sessions? of Ada Assessor\.$/);
  await member.reload();
  await expect(member).toHaveURL(/\/sign-in/);
  await api.dispose();
  await member.close();
});

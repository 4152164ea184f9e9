import { expect, test } from "@playwright/test";
import { DEMO, openUserMenu, signIn, signUp, uniqueEmail } from "./helpers";

test("sign up, sign out, sign in again and see the app shell", async ({ page }) => {
  const email = uniqueEmail("new");
  const password = "correct horse battery staple";

  await signUp(page, "Ada Architect", email, password);

  await openUserMenu(page, "Ada Architect");
  await page.getByRole("menuitem", { name: "Sign out" }).click();
  await expect(page).toHaveURL(/\/sign-in$/);
  await page.goto("/");
  await expect(page).toHaveURL(/\/sign-in$/);

  await signIn(page, email, password);
  await expect(page.getByRole("heading", { name: "Welcome, Ada Architect" })).toBeVisible();
  await expect(page.getByRole("link", { name: "Overview" })).toHaveAttribute("aria-current", "page");
});

test("the demo login works and the session cookie is HttpOnly, Secure and SameSite", async ({ page, context }) => {
  await signIn(page, DEMO.email, DEMO.password);
  await expect(page.getByRole("heading", { name: `Welcome, ${DEMO.name}` })).toBeVisible();
  const session = (await context.cookies()).find((cookie) => cookie.name.endsWith("session_token"));
  expect(session).toMatchObject({ httpOnly: true, secure: true, sameSite: "Lax" });
});

test("a signed-out visit to an app page lands on sign-in", async ({ page }) => {
  await page.goto("/framework");
  await expect(page).toHaveURL(/\/sign-in$/);
  await expect(page.getByRole("heading", { name: "Sign in" })).toBeVisible();
});

test("sign-up explains every bad input and keeps what was typed", async ({ page }) => {
  await page.goto("/sign-up");
  await page.getByRole("button", { name: "Create account" }).click();
  await expect(page.getByText("Enter your name.")).toBeVisible();
  await expect(page.getByText("Enter your email address.")).toBeVisible();
  await expect(page.getByText("Use at least 12 characters.")).toBeVisible();

  await page.getByLabel("Name").fill("x".repeat(101));
  await page.getByLabel("Email").fill("not-an-email");
  await page.getByLabel(/^Password/).fill("short");
  await page.getByRole("button", { name: "Create account" }).click();
  await expect(page.getByText("Names are at most 100 characters.")).toBeVisible();
  await expect(page.getByText("Enter a valid email address, like name@example.com.")).toBeVisible();
  await expect(page.getByLabel("Email")).toHaveValue("not-an-email");
  await expect(page.getByLabel("Email")).toHaveAttribute("aria-invalid", "true");

  await page.getByLabel("Name").fill("Dup Licate");
  await page.getByLabel("Email").fill(DEMO.email);
  await page.getByLabel(/^Password/).fill("a".repeat(129));
  await page.getByRole("button", { name: "Create account" }).click();
  await expect(page.getByText("Use at most 128 characters.")).toBeVisible();

  await page.getByLabel(/^Password/).fill("another long password");
  await page.getByRole("button", { name: "Create account" }).click();
  await expect(page.locator("form").getByRole("alert")).toHaveText("An account with this email already exists. Sign in instead.");
  await expect(page.getByLabel("Name")).toHaveValue("Dup Licate");
});

test("sign-in rejects a wrong password and empty fields with clear errors", async ({ page }) => {
  await page.goto("/sign-in");
  await page.getByRole("button", { name: "Sign in", exact: true }).click();
  await expect(page.getByText("Enter your email address.")).toBeVisible();
  await expect(page.getByText("Enter your password.")).toBeVisible();

  await page.getByLabel("Email").fill(DEMO.email);
  await page.getByLabel("Password").fill("definitely the wrong password");
  await page.getByRole("button", { name: "Sign in", exact: true }).click();
  await expect(page.locator("form").getByRole("alert")).toHaveText("That email and password do not match an account.");
  await expect(page.getByLabel("Email")).toHaveValue(DEMO.email);
});

test("the auth API answers malformed requests with 4xx, never 500", async ({ request }) => {
  const origin = { origin: new URL(test.info().project.use.baseURL!).origin };
  const cases = [
    { path: "/api/auth/sign-in/email", data: { email: "nope", password: "" } },
    { path: "/api/auth/sign-in/email", data: "{not json" },
    { path: "/api/auth/sign-up/email", data: { email: uniqueEmail("api"), password: "x", name: "" } },
    { path: "/api/auth/sign-up/email", data: { email: 42, password: ["a"], name: { n: 1 } } },
  ];
  for (const { path, data } of cases) {
    const response = await request.post(path, { data, headers: { ...origin, "content-type": "application/json" } });
    expect(response.status(), `${path} ${JSON.stringify(data)}`).toBeGreaterThanOrEqual(400);
    expect(response.status(), `${path} ${JSON.stringify(data)}`).toBeLessThan(500);
  }
});

test("repeated wrong passwords slow the next try, even with the right password", async ({ browser }) => {
  const owner = await browser.newPage();
  const email = await signUp(owner, "Lou Lockout");
  await owner.close();

  const page = await browser.newPage();
  await page.goto("/sign-in");
  // Each attempt waits for its own answer, and then for React to finish with it: the alert reads
  // the same every time, and React clears the password field when it commits the answer, which
  // would otherwise wipe the next attempt's password after it was typed.
  const submit = async (password: string) => {
    await page.getByLabel("Email").fill(email);
    await page.getByLabel("Password").fill(password);
    const answered = page.waitForResponse((response) => response.request().method() === "POST" && response.url().includes("/sign-in"));
    await page.getByRole("button", { name: "Sign in", exact: true }).click();
    await answered;
    await expect(page.getByRole("button", { name: "Sign in", exact: true })).toBeEnabled();
    await expect(page.getByLabel("Password")).toHaveValue("");
  };
  for (let attempt = 1; attempt <= 3; attempt++) {
    await submit(`wrong password ${attempt}`);
    await expect(page.locator("form").getByRole("alert")).toHaveText("That email and password do not match an account.");
  }
  await submit("a long enough password");
  await expect(page.locator("form").getByRole("alert")).toHaveText(/^Too many failed sign-ins\. Wait \d seconds and try again\.$/);
  await expect(page).toHaveURL(/\/sign-in/);
  await page.close();
});

test("changing the password needs the current one and signs out the other sessions", async ({ browser }) => {
  test.setTimeout(90_000);
  const laptop = await (await browser.newContext()).newPage();
  const email = await signUp(laptop, "Pia Password");
  const phone = await (await browser.newContext()).newPage();
  await signIn(phone, email, "a long enough password");

  await laptop.goto("/settings/account");
  await laptop.getByLabel("Current password").fill("not my password");
  await laptop.getByLabel(/^New password/).fill("short");
  await laptop.getByRole("button", { name: "Change password" }).click();
  await expect(laptop.getByText("Use at least 12 characters.")).toBeVisible();
  await laptop.getByLabel(/^New password/).fill("a brand new long password");
  await laptop.getByRole("button", { name: "Change password" }).click();
  await expect(laptop.getByText("That password is not right.")).toBeVisible();
  await laptop.getByLabel("Current password").fill("a long enough password");
  await laptop.getByRole("button", { name: "Change password" }).click();
  await expect(laptop.getByText("Password changed. 1 other session was signed out.")).toBeVisible();

  await phone.reload();
  await expect(phone).toHaveURL(/\/sign-in$/);
  await laptop.reload();
  await expect(laptop.getByRole("heading", { name: "My account" })).toBeVisible();
  await signIn(phone, email, "a brand new long password");
  await Promise.all([laptop.context().close(), phone.context().close()]);
});

test("a session revoked from another one is signed out", async ({ browser }) => {
  const laptop = await browser.newPage();
  const email = await signUp(laptop, "Sam Sessions");
  const phone = await browser.newPage();
  await signIn(phone, email, "a long enough password");

  await laptop.goto("/settings/account");
  const other = laptop.getByTestId("session-row").filter({ hasNot: laptop.getByText("This session") });
  await expect(laptop.getByTestId("session-row")).toHaveCount(2);
  await other.getByRole("button", { name: "Revoke" }).click();
  await expect(laptop.getByTestId("session-row")).toHaveCount(1);

  await phone.reload();
  await expect(phone).toHaveURL(/\/sign-in$/);
  await laptop.reload();
  await expect(laptop.getByRole("heading", { name: "My account" })).toBeVisible();
  await Promise.all([laptop.close(), phone.close()]);
});

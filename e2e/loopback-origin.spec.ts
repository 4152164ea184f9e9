import { expect, test } from "@playwright/test";
import { uniqueEmail } from "./helpers";

/**
 * The app prints http://localhost:PORT; someone who types http://127.0.0.1:PORT reaches the same
 * server. Pages there move to the printed URL, so sign-up and sign-in work; nothing else does.
 */
const aliasOf = (baseURL: string) => `http://127.0.0.1:${new URL(baseURL).port}`;

test("a visitor on 127.0.0.1 is sent to the app's URL and can sign up and sign in", async ({ page, browser, baseURL }) => {
  const canonical = new URL(baseURL!).origin;
  const alias = aliasOf(baseURL!);
  const email = uniqueEmail("loopback");

  await page.goto(`${alias}/sign-up`);
  await expect(page).toHaveURL(`${canonical}/sign-up`);
  await page.getByLabel("Name").fill("Lou Loopback");
  await page.getByLabel("Email").fill(email);
  await page.getByLabel(/^Password/).fill("a long enough password");
  await page.getByRole("button", { name: "Create account" }).click();
  await expect(page.getByRole("heading", { name: "Welcome, Lou Loopback" })).toBeVisible();

  const context = await browser.newContext();
  try {
    const other = await context.newPage();
    await other.goto(`${alias}/sign-in?next=%2Fframework`);
    await expect(other).toHaveURL(`${canonical}/sign-in?next=%2Fframework`);
    await other.getByLabel("Email").fill(email);
    await other.getByLabel("Password").fill("a long enough password");
    await other.getByRole("button", { name: "Sign in", exact: true }).click();
    // This runs beside the OpenAPI fuzz (thousands of requests on the one server process), which
    // can hold a sign-in and the framework page behind it for over 10 s on two cores.
    await expect(other).toHaveURL(`${canonical}/framework`, { timeout: 30_000 });
    await expect(other.getByRole("navigation", { name: "Main" })).toBeVisible();
  } finally {
    await context.close();
  }
});

test("on 127.0.0.1 the API answers in place, and writes from other sites are still refused", async ({ request, baseURL }) => {
  const alias = aliasOf(baseURL!);
  const page = await request.get(`${alias}/sign-in`, { maxRedirects: 0 });
  expect(page.status()).toBe(307);
  expect(page.headers().location).toBe(`${new URL(baseURL!).origin}/sign-in`);

  // API clients get their answer on the address they called (here: credentials are missing), never a redirect.
  const api = await request.get(`${alias}/api/v1/assessments`, { maxRedirects: 0 });
  expect(api.status()).toBe(401);
  expect(api.headers().location).toBeUndefined();

  const crossSite = await request.post(`${alias}/api/auth/sign-in/email`, {
    headers: { origin: "https://evil.example" },
    data: { email: "demo@example.com", password: "ZeroTrust-demo-2026" },
    maxRedirects: 0,
  });
  expect(crossSite.status()).toBe(403);
  expect(await crossSite.json()).toMatchObject({ code: "cross_origin" });
});

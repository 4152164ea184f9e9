import { expect, test, type Browser } from "@playwright/test";
import { signUp } from "./helpers";
import { startPrivateServer, type PrivateServer } from "./private-server";

// What a client claims about itself: a forwarded address, and a copy of the app's internal header.
const FORGED = { "x-forwarded-for": "203.0.113.9", "x-ztr-client-address": "198.51.100.23" };

/**
 * Signs up in a browser that sends the forged headers on every request, creates an audit-reading
 * token, and returns the address the session list shows and the audit CSV line of the token.
 */
async function recordedAddresses(browser: Browser, baseURL: string) {
  // A sign-up, a token and an export: a long flow for a loaded machine.
  test.slow();
  const context = await browser.newContext({ baseURL, extraHTTPHeaders: FORGED });
  const page = await context.newPage();
  await signUp(page, "Fay Forwarded");
  await page.goto("/settings/account");
  const session = (await page.getByTestId("session-row").first().textContent()) ?? "";
  await page.goto("/settings/api-tokens");
  await page.getByLabel("Token name").fill("Audit reader");
  await page.getByRole("checkbox", { name: "audit.read", exact: true }).check();
  await page.getByRole("button", { name: "Create token" }).click();
  await expect(page.getByTestId("api-token-row").filter({ hasText: "Audit reader" })).toBeVisible();
  const csv = await (await page.request.get("/api/v1/audit/export")).text();
  await context.close();
  return { session, tokenCreated: csv.split("\n").find((line) => line.includes("token.created")) ?? "", csv };
}

test("a forged X-Forwarded-For is ignored without trusted proxies: the socket address is recorded", async ({ browser }, testInfo) => {
  const { session, tokenCreated, csv } = await recordedAddresses(browser, testInfo.project.use.baseURL!);
  expect(session).toMatch(/127\.0\.0\.1|::1|0000:0000:0000:0000:0000:0000:0000:0001/);
  expect(tokenCreated).toMatch(/,"(127\.0\.0\.1|::1)",/);
  for (const forged of Object.values(FORGED)) {
    expect(session).not.toContain(forged);
    expect(csv).not.toContain(forged);
  }
});

test.describe("behind one trusted proxy (TRUSTED_PROXY_HOPS=1)", () => {
  let server: PrivateServer;
  test.beforeAll(async () => {
    test.setTimeout(180_000);
    server = await startPrivateServer({ TRUSTED_PROXY_HOPS: "1" });
  });
  test.afterAll(async () => server?.stop());

  test("the address the proxy forwarded is recorded, and the internal header cannot be forged", async ({ browser }) => {
    const { session, tokenCreated, csv } = await recordedAddresses(browser, server.url);
    expect(session).toContain("203.0.113.9");
    expect(tokenCreated).toContain(',"203.0.113.9",');
    expect(session).not.toContain(FORGED["x-ztr-client-address"]);
    expect(csv).not.toContain(FORGED["x-ztr-client-address"]);
  });
});

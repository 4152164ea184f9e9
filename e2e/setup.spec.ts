import type { ChildProcess } from "node:child_process";
import { randomBytes } from "node:crypto";
import { readFileSync } from "node:fs";
import path from "node:path";
import { expect, test } from "@playwright/test";
import { startAppServer, waitForServer } from "../scripts/app-server";
import { EMBEDDED_POOL_SIZE, type EmbeddedPostgres, startEmbeddedPostgres } from "../scripts/db/embedded-postgres";
import { applyMigrations } from "../scripts/db/schema-engine";
import { issueSetupCode } from "../scripts/db/setup-code";
import { portForLater } from "../scripts/ports";
import { expectNoAxeViolations } from "./axe";

// The shared e2e server runs on a seeded database; the first-run path needs one with no
// users at all. So this spec starts its own app server (the same production build) on a
// fresh in-memory database, and signs in the owner it creates.
test.describe.configure({ mode: "serial" });

let database: EmbeddedPostgres;
let server: ChildProcess;
let base: string;
let code: string;

test.beforeAll(async () => {
  test.setTimeout(180_000);
  database = await startEmbeddedPostgres({ port: 0 });
  await applyMigrations(database.url);
  code = (await issueSetupCode(database.url))!;
  const port = await portForLater("localhost");
  base = `http://localhost:${port}`;
  server = startAppServer({
    port,
    host: "localhost",
    env: { ...process.env, DATABASE_URL: database.url, DATABASE_POOL_SIZE: EMBEDDED_POOL_SIZE, BETTER_AUTH_URL: base, BETTER_AUTH_SECRET: randomBytes(32).toString("base64url") },
  });
  await waitForServer(`${base}/sign-in`, server);
});

test.afterAll(async () => {
  server?.kill("SIGTERM");
  await database?.stop();
});

test("the first owner sets up a fresh server with the code from its log, once", async ({ page, browser }) => {
  await page.goto(`${base}/sign-in`);
  await page.getByRole("link", { name: "Set it up" }).click();
  await expect(page.getByRole("heading", { name: "Set up this server" })).toBeVisible();
  // The first-run form exists only here: the accessibility spec's server already has users.
  await expectNoAxeViolations(page, "/setup on a fresh server");

  await page.getByLabel("Setup code (from the server log)").fill("0000-0000-0000-0000");
  await page.getByLabel("Your name").fill("Olive Owner");
  await page.getByLabel("Email").fill("olive@example.com");
  await page.getByLabel(/^Password/).fill("olive-owner-password");
  await page.getByRole("button", { name: "Create the first owner" }).click();
  await expect(page.locator("form").getByRole("alert")).toContainText("That is not the setup code from the server log.");
  await expect(page.getByLabel("Your name")).toHaveValue("Olive Owner");
  await expectNoAxeViolations(page, "/setup with a wrong code");

  await page.getByLabel("Setup code (from the server log)").fill(code.toLowerCase());
  await page.getByLabel(/^Password/).fill("olive-owner-password");
  await page.getByRole("button", { name: "Create the first owner" }).click();
  await expect(page.getByRole("navigation", { name: "Main" })).toBeVisible();

  await page.goto(`${base}/audit`);
  await expect(page.locator("tbody")).toContainText("First owner created");
  await expect(page.getByText("Audit chain intact:")).toBeVisible();

  // Signed out, the setup page and the sign-in hint are gone for good.
  const stranger = await browser.newPage();
  await stranger.goto(`${base}/setup`);
  await expect(stranger.getByRole("heading", { name: "Already set up" })).toBeVisible();
  await expect(stranger.getByLabel("Setup code (from the server log)")).toHaveCount(0);
  await stranger.goto(`${base}/sign-in`);
  await expect(stranger.getByRole("heading", { name: "Sign in" })).toBeVisible();
  await expect(stranger.getByRole("link", { name: "Set it up" })).toHaveCount(0);
  await stranger.close();
});

test("the setup action answers a malformed call with a message, not a crash", async ({ request }) => {
  const manifest = JSON.parse(readFileSync(path.resolve(".next/server/server-reference-manifest.json"), "utf8")).node as Record<string, { exportedName: string }>;
  const id = Object.entries(manifest).find(([, entry]) => entry.exportedName === "setupAction")![0];
  const response = await request.post(`${base}/setup`, {
    headers: { "next-action": id, "content-type": "text/plain;charset=UTF-8", origin: base },
    data: JSON.stringify([{}, "not a form"]),
  });
  expect(response.status()).toBe(200);
  expect(await response.text()).toContain("Send the setup form.");
});

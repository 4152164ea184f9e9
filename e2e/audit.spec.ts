import { expect, test } from "@playwright/test";
import { LATEST_FRAMEWORK } from "../lib/framework/index";
import { DEMO, openUserMenu, signIn, signUp } from "./helpers";

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
  await page.getByLabel("Action").selectOption("auth.sign_in_failed");
  await page.getByRole("button", { name: "Filter" }).click();
  await expect(page).toHaveURL(/action=auth\.sign_in_failed/);
  const rows = page.locator("tbody tr");
  await expect(rows.first()).toContainText("Sign-in failed");
  await expect(rows.first()).toContainText("Failure");
  await expect(rows.first()).toContainText("E-mail: d***@example.com");

  const download = page.waitForEvent("download");
  await page.getByRole("link", { name: "Export CSV" }).click();
  const csv = await (await (await download).createReadStream()).toArray();
  const text = Buffer.concat(csv).toString("utf8");
  expect(text.split("\r\n")[0]).toBe('"Seq","At (UTC)","Actor","Actor e-mail","Action","Action code","Outcome","Target type","Target id","IP","Request id","Before","After"');
  expect(text).toContain('"Sign-in failed","auth.sign_in_failed","Failure"');
  expect(text).not.toContain('"auth.sign_in"');
});

test("the audit log pages by 50 with filter and page in the URL, shows before → after by name, and stays small", async ({ page }) => {
  // Over 100 events of long notes to save and three pages to read.
  test.slow();
  await signUp(page, "Aldo Auditor");
  const created = await page.request.post("/api/v1/assessments", { data: { name: "Audit trail review" } });
  const { assessment } = (await created.json()) as { assessment: { id: string } };
  const [first, ...others] = LATEST_FRAMEWORK.questions.slice(0, 54).map((question) => question.id);
  const save = async (answers: { questionId: string; value: string; note: string; expectedVersion: number }[]) =>
    expect((await page.request.put(`/api/v1/assessments/${assessment.id}/answers`, { data: { answers } })).status()).toBe(200);
  // 108 saves: one answer from Initial to Advanced with short notes, then 53 answers saved twice with notes of 5,000 characters (the most an answer takes).
  await save([{ questionId: first!, value: "initial", note: "first note", expectedVersion: 0 }]);
  await save([{ questionId: first!, value: "advanced", note: "second note", expectedVersion: 1 }]);
  for (const version of [0, 1]) {
    await save(others.map((questionId) => ({ questionId, value: "initial", note: `${version} `.padEnd(5000, "a long note "), expectedVersion: version })));
  }

  await page.goto("/audit");
  await page.getByLabel("Action").selectOption("answer.saved");
  await page.getByLabel("Person (name or e-mail)").fill("aldo");
  await page.getByRole("button", { name: "Filter" }).click();
  await expect(page).toHaveURL(/action=answer\.saved/);
  const pages = page.getByRole("navigation", { name: "Audit log pages", exact: true });
  await expect(pages).toContainText("Events 1–50 of 108 · page 1 of 3");
  const rows = page.locator("tbody tr");
  await expect(rows).toHaveCount(50);
  // Long values fold: the newest note is cut for the page, and says where the whole value is.
  const newest = rows.first();
  await expect(newest.getByText("Cut short here; the CSV export holds the whole value.")).toBeHidden();
  await newest.getByText("Note: changed").click();
  await expect(newest.getByText("Cut short here; the CSV export holds the whole value.")).toBeVisible();

  // 50 such events weighed 486 kB before values were cut for the page (500 of them 4.7 MB); about 230 kB now, the app's shell included.
  const html = await (await page.request.get(page.url())).text();
  expect(Buffer.byteLength(html)).toBeLessThan(280_000);

  await pages.getByRole("link", { name: "Next" }).click();
  await expect(page).toHaveURL(/page=2/);
  await expect(pages).toContainText("Events 51–100 of 108 · page 2 of 3");
  await pages.getByRole("link", { name: "Next" }).click();
  await expect(page).toHaveURL(/page=3/);
  await page.reload();
  await expect(pages).toContainText("Events 101–108 of 108 · page 3 of 3");
  await expect(page.getByLabel("Action")).toHaveValue("answer.saved");
  await expect(page.getByLabel("Person (name or e-mail)")).toHaveValue("aldo");
  await expect(rows).toHaveCount(8);
  const second = rows.nth(6);
  await expect(second).toContainText("Aldo Auditor");
  await expect(second).toContainText("Audit trail review");
  await expect(second).toContainText("Answer: Initial → Advanced");
  await expect(second).toContainText("Note: first note → second note");
  await expect(rows.nth(7)).toContainText("Answer: Initial");

  await pages.getByRole("link", { name: "Previous" }).click();
  await expect(pages).toContainText("Events 51–100 of 108");
});

test("the audit export refuses signed-out callers and bad filters with clear errors, and the page shows them", async ({ page, request }) => {
  const anonymous = await request.get("/api/v1/audit/export");
  expect(anonymous.status()).toBe(401);
  expect(await anonymous.json()).toEqual({ code: "unauthenticated", message: "Sign in first, or send a valid API token." });

  await signIn(page, DEMO.email, DEMO.password);
  const badDate = await page.request.get("/api/v1/audit/export?from=yesterday");
  expect(badDate.status()).toBe(400);
  expect(await badDate.json()).toEqual({ code: "invalid_input", message: "Use a date like 2026-01-31.", fields: { from: "Use a date like 2026-01-31." } });
  const response = await page.goto("/audit?page=zero");
  expect(response?.status()).toBe(200);
  await expect(page.getByRole("alert").filter({ hasText: "The page is a number from 1." })).toBeVisible();
});

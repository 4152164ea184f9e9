import { expect, test } from "@playwright/test";
import pg from "pg";
import { LATEST_FRAMEWORK } from "../lib/framework/index";
import { signUp } from "./helpers";

const [Q1, Q2, Q3] = LATEST_FRAMEWORK.questions as [(typeof LATEST_FRAMEWORK.questions)[number], (typeof LATEST_FRAMEWORK.questions)[number], (typeof LATEST_FRAMEWORK.questions)[number]];

test("a new organisation's overview offers to create or import an assessment and a short tour", async ({ page }) => {
  await signUp(page, "Nora New");
  const start = page.getByRole("region", { name: "Start your first assessment" });
  await expect(start.getByRole("link", { name: "Create an assessment" })).toHaveAttribute("href", "/assessments/new");
  await expect(start.getByRole("link", { name: "Import an assessment" })).toHaveAttribute("href", "/assessments/import");
  await expect(start.getByRole("listitem")).toHaveText([/^1Answer the questionnaire/, /^2Record a snapshot/, /^3Read the dashboard, track next steps/, /^4Share the report/]);
  await start.getByRole("link", { name: "Create an assessment" }).click();
  await expect(page).toHaveURL(/\/assessments\/new$/);
});

test("the overview continues at the first unanswered question, counts my next steps and tells recent activity by name", async ({ page }) => {
  const email = await signUp(page, "Olga Overview");
  const created = await page.request.post("/api/v1/assessments", { data: { name: "FY27 baseline" } });
  const { assessment } = (await created.json()) as { assessment: { id: string } };
  const answers = [Q1, Q2].map((question) => ({ questionId: question.id, value: "traditional", expectedVersion: 0 }));
  expect((await page.request.put(`/api/v1/assessments/${assessment.id}/answers`, { data: { answers } })).status()).toBe(200);
  expect((await page.request.post(`/api/v1/assessments/${assessment.id}/snapshots`, { data: { label: "Baseline" } })).status()).toBe(201);
  // Both tracked items assigned to me, one overdue; the tracker's own editing is next-steps.spec.ts's subject.
  const db = new pg.Client({ connectionString: process.env.DATABASE_URL });
  await db.connect();
  const assigned = await db.query(
    `UPDATE next_steps SET "ownerId" = u.id, "dueDate" = CASE WHEN next_steps."questionId" = $2 THEN DATE '2020-01-31' ELSE DATE '2999-01-31' END
     FROM users u WHERE u.email = $1 AND next_steps."assessmentId" = $3`,
    [email, Q1.id, assessment.id],
  );
  await db.end();
  expect(assigned.rowCount).toBe(2);

  await page.goto("/");
  const mine = page.getByRole("region", { name: "Assigned to you" });
  await expect(mine.getByRole("link", { name: "2 open next steps assigned to you" })).toHaveAttribute("href", "/next-steps?owner=me");
  await expect(mine.getByRole("link", { name: "1 overdue next steps assigned to you" })).toHaveAttribute("href", "/next-steps?owner=me&overdue=1");
  await expect(mine.getByRole("list", { name: "Your next steps by due date" }).getByRole("listitem").first()).toContainText("Overdue since 2020-01-31");

  const maturity = page.getByRole("region", { name: "Maturity" });
  // Two answers are too few to name a stage: the overview says so, with the share answered.
  await expect(maturity).toContainText(/Not enough answers \(\d+%\)/);
  await expect(maturity).toContainText("Unchanged since “Baseline”");

  const activity = page.getByRole("region", { name: "Recent activity" }).getByRole("listitem");
  await expect(activity.nth(0)).toContainText("Olga Overview recorded the snapshot “Baseline” of FY27 baseline");
  await expect(activity.nth(1)).toContainText("Olga Overview saved 2 answers in FY27 baseline");
  await expect(activity.nth(2)).toContainText("Olga Overview started answering FY27 baseline");
  await expect(activity.nth(3)).toContainText("Olga Overview created FY27 baseline");

  await page.getByRole("link", { name: `Continue FY27 baseline at ${Q3.id}: ${Q3.title}` }).click();
  await expect(page).toHaveURL(new RegExp(`/assessments/${assessment.id}\\?q=${Q3.id}$`));
  await expect(page.getByRole("heading", { level: 2, name: Q3.title })).toBeVisible();
});

import { expect, test, type Page } from "@playwright/test";
import { LATEST_FRAMEWORK } from "../lib/framework/index";
import { expectNoAxeViolations } from "./axe";
import { signUp } from "./helpers";

test.describe.configure({ timeout: 90_000 });

/** A question that may be N/A. */
const QUESTION = LATEST_FRAMEWORK.questions.find((question) => question.detail?.naAllowed !== false)!;
const saveStatus = (page: Page) => page.getByTestId("save-status");

test("an owner requires approval of N/A: an N/A awaits approval until approved, and a new reason asks again", async ({ page }) => {
  await signUp(page, "Nia Approver");
  await page.goto("/settings");
  await page.locator("html[data-hydrated]").waitFor();
  await page.getByLabel("Coverage threshold (%)").fill("0");
  await page.getByRole("button", { name: "Save scoring settings" }).click();
  await expect(page.getByText("Use 1 to 100 percent.")).toBeVisible();
  await page.getByLabel("Coverage threshold (%)").fill("80");
  await page.getByLabel("N/A answers need an owner’s or admin’s approval").check();
  await page.getByRole("button", { name: "Save scoring settings" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Saved." })).toBeVisible();

  await page.goto("/assessments/new");
  await page.getByLabel("Name", { exact: true }).fill("N/A governance");
  await page.getByRole("button", { name: "Create assessment" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "N/A governance" })).toBeVisible();
  const id = new URL(page.url()).pathname.split("/").pop()!;

  await page.goto(`/assessments/${id}?q=${QUESTION.id}`);
  await page.locator("html[data-hydrated]").waitFor();
  await page.getByRole("radiogroup").getByRole("radio", { name: /^Not applicable/ }).check();
  await page.getByLabel("Why does it not apply? (required)").fill("No such systems in scope");
  await expect(saveStatus(page)).toHaveText("All changes saved");
  const panel = page.getByTestId("na-governance");
  await expect(panel.getByLabel("Review the N/A by")).not.toHaveValue("");
  await expect(panel).toContainText("Awaiting approval: counts as unanswered until an owner or admin approves it.");
  await expectNoAxeViolations(page, "questionnaire with an N/A awaiting approval");

  await page.goto(`/assessments/${id}/dashboard`);
  await expect(page.getByRole("heading", { name: "N/A answers awaiting approval (1)" })).toBeVisible();
  await page.getByRole("button", { name: "Approve N/A" }).click();
  await expect(page.getByRole("heading", { name: /awaiting approval/ })).toHaveCount(0);

  await page.goto(`/assessments/${id}?q=${QUESTION.id}`);
  await page.locator("html[data-hydrated]").waitFor();
  await expect(panel).toContainText(/Approved by Nia Approver on \d{4}-\d{2}-\d{2}, review by \d{4}-\d{2}-\d{2}\./);
  await page.getByLabel("Why does it not apply? (required)").fill("No such systems in scope since 2025");
  await expect(saveStatus(page)).toHaveText("All changes saved");
  await expect(panel).toContainText("Awaiting approval");
  await panel.getByRole("button", { name: "Approve N/A" }).click();
  await expect(panel).toContainText("Approved by Nia Approver");
});

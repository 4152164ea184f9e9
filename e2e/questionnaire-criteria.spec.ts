import { expect, test, type Page } from "@playwright/test";
import { LATEST_FRAMEWORK } from "../lib/framework/index";
import type { QuestionV2 } from "../lib/framework/types";
import { expectNoAxeViolations } from "./axe";
import { signUp } from "./helpers";

test.describe.configure({ timeout: 90_000 });

const QUESTIONS = LATEST_FRAMEWORK.questions as QuestionV2[];
const FIRST = QUESTIONS[0]!;
const SECOND = QUESTIONS[1]!;
/** IDN-01 always applies in the final bank; read from the framework so the spec follows the data. */
const ALWAYS_APPLIES = QUESTIONS.find((question) => question.detail.naAllowed === false);

/** Creates an assessment with the form's defaults: the latest framework version. */
async function createAssessment(page: Page, name: string): Promise<string> {
  await page.goto("/assessments/new");
  await expect(page.getByLabel("Framework version")).toHaveValue(LATEST_FRAMEWORK.id);
  await page.getByLabel("Name", { exact: true }).fill(name);
  await page.getByRole("button", { name: "Create assessment" }).click();
  await expect(page.getByRole("heading", { level: 1, name })).toBeVisible();
  return new URL(page.url()).pathname.split("/").pop()!;
}

const levels = (page: Page) => page.getByRole("radiogroup");
const level = (page: Page, name: string) => levels(page).getByRole("radio", { name: new RegExp(`^${name}`) });
const stage = (page: Page, name: string) => page.getByRole("group", { name: new RegExp(`^${name}`) });
const saveStatus = (page: Page) => page.getByTestId("save-status");

test("an assessor ticks criteria and the level follows; Unknown counts as unanswered", async ({ page }) => {
  expect(LATEST_FRAMEWORK.id).toBe("zt-2026.2");
  await signUp(page, "Tia Ticker");
  const id = await createAssessment(page, "Criteria checklist");

  await expect(page.getByRole("heading", { level: 2, name: FIRST.title })).toBeVisible();
  await expect(page.getByText("A level is met when all its criteria and those of every level below are met.")).toBeVisible();
  await expect(page.getByRole("region", { name: "How to verify" })).toContainText(FIRST.detail.verify);
  const initial = stage(page, "Initial").getByRole("checkbox");
  const advanced = stage(page, "Advanced").getByRole("checkbox");
  await expect(initial).toHaveCount(FIRST.detail.criteria.initial.length);
  await expect(initial.first()).toBeEnabled();

  // One of Initial's criteria: Traditional, the starting point. All of them: Initial.
  await initial.first().check();
  await expect(level(page, "Traditional")).toBeChecked();
  for (const box of await initial.all()) await box.check();
  await expect(level(page, "Initial")).toBeChecked();
  await expect(stage(page, "Initial")).toContainText("met");
  await expectNoAxeViolations(page, "questionnaire with a level met by its criteria");

  // The keyboard ticks too: Space on a focused criterion.
  const [firstAdvanced, ...otherAdvanced] = await advanced.all();
  await firstAdvanced!.focus();
  await page.keyboard.press("Space");
  await expect(firstAdvanced!).toBeChecked();
  for (const box of otherAdvanced) await box.check();
  await expect(level(page, "Advanced")).toBeChecked();
  await expect(page.getByRole("region", { name: "How to verify" })).toContainText(FIRST.detail.evidence.advanced);
  await expect(page.getByRole("region", { name: "How to verify" })).toContainText(FIRST.detail.evidence.optimal);

  // One criterion fewer: back to Initial.
  await advanced.last().uncheck();
  await expect(level(page, "Initial")).toBeChecked();
  await expect(saveStatus(page)).toHaveText("All changes saved");

  // Picking a level directly counts its criteria and every lower level's as met.
  await level(page, "Optimal").check();
  for (const box of await page.getByRole("checkbox").all()) await expect(box).toBeChecked();
  await expect(saveStatus(page)).toHaveText("All changes saved");
  const stored = await page.request.get(`/api/v1/assessments/${id}/answers`);
  const [answer] = ((await stored.json()) as { answers: { questionId: string; value: string; criteriaMet: string[] }[] }).answers;
  const all = (["initial", "advanced", "optimal"] as const).flatMap((name) => FIRST.detail.criteria[name].map((_, index) => `${name}-${index + 1}`));
  expect(answer).toMatchObject({ questionId: FIRST.id, value: "optimal", criteriaMet: all });
  await expect(page.getByText(`1 of ${QUESTIONS.length} questions answered`)).toBeVisible();

  // Unknown is an answer, saved, yet the question still counts as unanswered.
  await page.getByRole("button", { name: "Next", exact: true }).click();
  await expect(page.getByRole("heading", { level: 2, name: SECOND.title })).toBeVisible();
  await level(page, "Unknown").check();
  await expect(saveStatus(page)).toHaveText("All changes saved");
  await expect(page.getByText(`1 of ${QUESTIONS.length} questions answered`)).toBeVisible();
  await expect(page.getByRole("button", { name: new RegExp(`^${SECOND.id}`) })).toHaveAttribute("data-state", "unknown");
  await expectNoAxeViolations(page, "questionnaire with an Unknown answer");

  await page.reload();
  await expect(page.getByText(`1 of ${QUESTIONS.length} questions answered`)).toBeVisible();
  // Resuming goes to the first question still to answer: the Unknown one.
  await expect(page.getByRole("heading", { level: 2, name: SECOND.title })).toBeVisible();
  await expect(level(page, "Unknown")).toBeChecked();
});

test("a question that applies to every organisation offers no N/A, and the server refuses one", async ({ page }) => {
  test.skip(!ALWAYS_APPLIES, "No question of the bank has naAllowed: false yet (IDN-01 will).");
  const question = ALWAYS_APPLIES!;
  await signUp(page, "Noa Never");
  const id = await createAssessment(page, "Always applies");
  await page.goto(`/assessments/${id}?q=${question.id}`);
  await expect(page.getByRole("heading", { level: 2, name: question.title })).toBeVisible();
  await expect(level(page, "Unknown")).toBeVisible();
  await expect(level(page, "Not applicable")).toHaveCount(0);
  await expect(page.getByText("Not applicable is not offered: this question applies to every organisation.")).toBeVisible();

  const refused = await page.request.put(`/api/v1/assessments/${id}/answers`, {
    data: { answers: [{ questionId: question.id, value: "not_applicable", naReason: "No staff", expectedVersion: 0 }] },
  });
  expect(refused.status()).toBe(400);
  expect(await refused.json()).toMatchObject({ code: "invalid_input", message: `${question.id} applies to every organisation: answer a level or Unknown, not Not applicable.` });
});

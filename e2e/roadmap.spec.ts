import { expect, test } from "@playwright/test";
import { LATEST_FRAMEWORK } from "../lib/framework/index";
import { expectNoAxeViolations, waitForHydration } from "./axe";
import { signUp } from "./helpers";

test.describe.configure({ timeout: 90_000 });

/** Two questions without prerequisites: DAT-07 needs two medium steps to reach Advanced, INF-01 one. */
const [CRITICAL, OTHER] = ["DAT-07", "INF-01"].map((id) => LATEST_FRAMEWORK.questions.find((question) => question.id === id)!) as [
  (typeof LATEST_FRAMEWORK.questions)[number],
  (typeof LATEST_FRAMEWORK.questions)[number],
];

test("an assessor plans a roadmap with a capacity, moves a step, accepts it, and finds the due dates in the tracker", async ({ page }) => {
  await signUp(page, "Rhea Roadmap");
  const created = await page.request.post("/api/v1/assessments", { data: { name: "Roadmap review" } });
  const { assessment } = (await created.json()) as { assessment: { id: string } };
  const answers = [
    { questionId: CRITICAL.id, value: "traditional", expectedVersion: 0 },
    { questionId: OTHER.id, value: "initial", expectedVersion: 0 },
  ];
  expect((await page.request.put(`/api/v1/assessments/${assessment.id}/answers`, { data: { answers } })).status()).toBe(200);

  // From the dashboard's roadmap summary to the roadmap page.
  await page.goto(`/assessments/${assessment.id}/dashboard`);
  await expect(page.getByText(/^3 steps in 2 phases at 10 points a month/)).toBeVisible();
  await page.getByRole("link", { name: "Open the roadmap" }).click();
  await expect(page).toHaveURL(new RegExp(`/assessments/${assessment.id}/roadmap$`));
  await waitForHydration(page);

  // 4 points a month from January 2027: each medium step is 3 points.
  await page.getByLabel("Team capacity (points per month)").fill("4");
  await page.getByLabel("First month").fill("2027-01");
  await page.getByRole("button", { name: "Re-plan" }).click();
  await expect(page.getByText("Saved: the plan below uses the new settings.")).toBeVisible();
  const rows = page.locator("tr[data-step]");
  await expect(rows).toHaveCount(3);
  const row = (key: string) => page.locator(`tr[data-step="${key}"]`);
  await expect(row(`${CRITICAL.id}:initial`)).toContainText("23 Jan 2027");
  await expect(row(`${CRITICAL.id}:advanced`)).toContainText("14 Feb 2027");
  await expect(row(`${OTHER.id}:advanced`)).toContainText("7 Mar 2027");

  // Move INF-01's step to June: it is pinned there.
  await row(`${OTHER.id}:advanced`).getByLabel(`Start month of ${OTHER.id} to Advanced`).selectOption("2027-06");
  await expect(page.getByText("Saved: the plan was re-drawn around the pinned month.")).toBeVisible();
  await expect(row(`${OTHER.id}:advanced`)).toContainText("1 Jun 2027");
  await expect(row(`${OTHER.id}:advanced`)).toContainText("22 Jun 2027");
  await expect(row(`${OTHER.id}:advanced`).getByText("Pinned", { exact: true })).toBeVisible();
  await expectNoAxeViolations(page, "roadmap with a pinned step");

  await page.getByRole("button", { name: "Accept plan" }).click();
  await expect(page.getByText(/^Accept 3 steps finishing on 22 Jun 2027\?/)).toBeVisible();
  await page.getByRole("button", { name: "Yes, accept and set due dates" }).click();
  await expect(page.getByText("Accepted. Due dates set on 2 tracked next steps (2 new).")).toBeVisible();
  await expect(page.getByText(/UTC by Rhea Roadmap$/)).toBeVisible();

  // Each question's next step carries the due date of its first planned step.
  await page.getByRole("link", { name: "Next steps" }).first().click();
  await expect(page.getByTestId("next-step-row")).toHaveCount(2);
  await expect(page.getByLabel(`Due date of ${CRITICAL.title}`)).toHaveValue("2027-01-23");
  await expect(page.getByLabel(`Due date of ${OTHER.title}`)).toHaveValue("2027-06-22");

  // A new answer closes INF-01's gap: the accepted plan asks for a review.
  const current = (await (await page.request.get(`/api/v1/assessments/${assessment.id}/answers`)).json()) as { answers: { questionId: string; version: number }[] };
  const version = current.answers.find((answer) => answer.questionId === OTHER.id)!.version;
  const update = await page.request.put(`/api/v1/assessments/${assessment.id}/answers`, { data: { answers: [{ questionId: OTHER.id, value: "advanced", expectedVersion: version }] } });
  expect(update.status()).toBe(200);
  await page.goto(`/assessments/${assessment.id}/roadmap`);
  await expect(page.getByTestId("replan-needed")).toContainText("0 new steps, 1 step no longer needed");
});

import { expect, test, type Page } from "@playwright/test";
import { signUp } from "./helpers";

/** Two assessments with tracked next steps: three in "Tracked review", one in "Other review". */
async function trackedAssessments(page: Page): Promise<{ tracked: string; other: string }> {
  const ids: string[] = [];
  for (const [name, questions] of [
    ["Tracked review", ["IDN-01", "IDN-02", "IDN-03"]],
    ["Other review", ["IDN-01"]],
  ] as const) {
    const created = await page.request.post("/api/v1/assessments", { data: { name } });
    const { assessment } = (await created.json()) as { assessment: { id: string } };
    const answers = questions.map((questionId) => ({ questionId, value: "traditional", expectedVersion: 0 }));
    expect((await page.request.put(`/api/v1/assessments/${assessment.id}/answers`, { data: { answers } })).status()).toBe(200);
    expect((await page.request.post(`/api/v1/assessments/${assessment.id}/snapshots`, { data: { label: "Baseline" } })).status()).toBe(201);
    ids.push(assessment.id);
  }
  return { tracked: ids[0]!, other: ids[1]! };
}

/** The save status beside a control: the field's own container. */
const fieldOf = (page: Page, id: string) => page.locator(`div:has(> #${id})`);

test("a project manager filters by assessment and owner, works an item in its panel, and finds it all after a reload", async ({ page }) => {
  // The longest journey of the suite: many saves, each one awaited.
  test.slow();
  await signUp(page, "Pia Manager");
  const { tracked } = await trackedAssessments(page);

  await page.getByRole("link", { name: "Next steps" }).first().click();
  const rows = page.getByTestId("next-step-row");
  await expect(rows).toHaveCount(4);
  const assessmentFilter = page.getByLabel("Assessment", { exact: true });
  await expect(assessmentFilter).toBeEnabled();

  // Take one item: the inline owner select says when it is saved.
  const first = rows.filter({ hasText: "Tracked review" }).filter({ hasText: "Phishing-resistant MFA" });
  await first.getByLabel(/^Owner of/).selectOption({ label: "Pia Manager" });
  await expect(first.getByText("Saved")).toBeVisible();

  await assessmentFilter.selectOption({ label: "Tracked review" });
  await expect(page).toHaveURL(new RegExp(`assessment=${tracked}`));
  await expect(rows).toHaveCount(3);
  await page.locator("#filter-owner").selectOption({ label: "Mine" });
  await expect(page).toHaveURL(/owner=me/);
  await expect(rows).toHaveCount(1);

  await rows.first().getByRole("button", { name: /Phishing-resistant MFA/ }).click();
  const panel = page.getByRole("dialog");
  await expect(panel).toBeVisible();
  await expect(page).toHaveURL(/item=/);

  const newTask = panel.getByLabel("New task");
  await newTask.fill("Order FIDO2 keys");
  await newTask.press("Enter");
  await expect(panel.getByLabel("Order FIDO2 keys", { exact: true })).toBeVisible();
  await expect(panel.getByText("Saved")).toBeVisible();
  await newTask.fill("Enrol admins");
  await panel.getByRole("button", { name: "Add" }).click();
  await expect(panel.getByLabel("Enrol admins", { exact: true })).toBeVisible();
  await expect(panel.getByText("0 of 2 done")).toBeVisible();
  await panel.getByLabel("Order FIDO2 keys", { exact: true }).check();
  await expect(panel.getByText("1 of 2 done")).toBeVisible();
  await expect(panel.locator("section", { hasText: "Tasks" }).getByText("Saved")).toBeVisible();

  await panel.getByLabel("Status").selectOption("in_progress");
  await expect(fieldOf(page, "panel-status").getByText("Saved")).toBeVisible();
  const due = panel.getByLabel("Due date");
  await due.fill("2031-05-31");
  await due.blur();
  await expect(fieldOf(page, "panel-due").getByText("Saved")).toBeVisible();
  await expect(panel.getByText("Due date: none → 2031-05-31")).toBeVisible();
  await expect(panel.getByText("Status: Not started → In progress")).toBeVisible();

  await page.reload();
  await expect(page).toHaveURL(new RegExp(`assessment=${tracked}.*owner=me.*item=`));
  await expect(page.getByLabel("Assessment", { exact: true })).toHaveValue(tracked);
  await expect(page.locator("#filter-owner")).toHaveValue("me");
  const reopened = page.getByRole("dialog");
  await expect(reopened.getByLabel("Status")).toHaveValue("in_progress");
  await expect(reopened.getByLabel("Due date")).toHaveValue("2031-05-31");
  await expect(reopened.getByLabel("Order FIDO2 keys", { exact: true })).toBeChecked();
  await expect(reopened.getByLabel("Enrol admins", { exact: true })).not.toBeChecked();
  // The checklist keeps its order.
  await expect(reopened.locator("ol").first().locator("> li")).toHaveText(["Order FIDO2 keys", "Enrol admins"]);
  await expect(reopened.getByText("Owner: Unassigned → Pia Manager")).toBeVisible();

  const csv = await page.request.get(`/api/v1/next-steps/export?assessment=${tracked}&owner=me`);
  expect(csv.headers()["content-type"]).toContain("text/csv");
  const lines = (await csv.text()).split("\r\n").filter(Boolean);
  expect(lines).toHaveLength(2);
  expect(lines[1]).toContain('"In progress"');
  expect(lines[1]).toContain('"[x] Order FIDO2 keys; [ ] Enrol admins"');
  expect(lines[1]).toContain('"Identity"');
});

test("bulk status hides finished items until asked, and bad filters in the address are named, not fatal", async ({ page }) => {
  await signUp(page, "Bo Bulk");
  const { tracked } = await trackedAssessments(page);
  await page.goto(`/next-steps?assessment=${tracked}&pillar=nonsense&page=-4`);
  await expect(page.getByText("The pillar filter in the address is not valid and was ignored.")).toBeVisible();
  await expect(page.getByText("The page filter in the address is not valid and was ignored.")).toBeVisible();
  const rows = page.getByTestId("next-step-row");
  await expect(rows).toHaveCount(3);

  await expect(rows.first().getByRole("checkbox")).toBeEnabled();
  await rows.nth(1).getByRole("checkbox").check();
  await rows.nth(2).getByRole("checkbox").check();
  await page.getByLabel("New status for the selected next steps").selectOption("done");
  await page.getByRole("button", { name: "Apply to selected" }).click();
  await expect(rows).toHaveCount(1);
  await expect(page.getByText("2 finished hidden")).toBeVisible();
  await page.getByLabel("Show finished").check();
  await expect(page).toHaveURL(/closed=1/);
  await expect(rows).toHaveCount(3);
  await expect(rows.nth(0).getByLabel(/^Status of/)).toHaveValue("not_started");
  await expect(rows.nth(1).getByLabel(/^Status of/)).toHaveValue("done");
  await expect(rows.nth(2).getByLabel(/^Status of/)).toHaveValue("done");
});

test("keyboard only: move between rows, open the panel, change the status, close it and land back on the row", async ({ page }) => {
  await signUp(page, "Kim Keys");
  await trackedAssessments(page);
  await page.goto("/next-steps");
  await expect(page.getByLabel("Assessment", { exact: true })).toBeEnabled();
  const rows = page.getByTestId("next-step-row");

  // Tab reaches the rows as one stop (roving tabindex).
  for (let presses = 0; presses < 40; presses += 1) {
    await page.keyboard.press("Tab");
    if (await rows.first().evaluate((row) => row === document.activeElement)) break;
  }
  await expect(rows.first()).toBeFocused();
  await page.keyboard.press("ArrowDown");
  await expect(rows.nth(1)).toBeFocused();
  await page.keyboard.press("j");
  await expect(rows.nth(2)).toBeFocused();
  await page.keyboard.press("k");
  await expect(rows.nth(1)).toBeFocused();

  // S moves to the row's status; the arrow key picks the next status and it saves.
  await page.keyboard.press("s");
  const rowStatus = rows.nth(1).getByLabel(/^Status of/);
  await expect(rowStatus).toBeFocused();
  await page.keyboard.press("ArrowDown");
  await expect(rowStatus).toHaveValue("in_progress");
  await expect(rows.nth(1).getByText("Saved")).toBeVisible();
  await page.keyboard.press("Shift+Tab");
  await page.keyboard.press("Shift+Tab");
  await page.keyboard.press("Shift+Tab");
  await expect(rows.nth(1)).toBeFocused();

  await page.keyboard.press("Enter");
  const panel = page.getByRole("dialog");
  await expect(panel).toBeVisible();
  const status = panel.getByLabel("Status");
  for (let presses = 0; presses < 10 && !(await status.evaluate((element) => element === document.activeElement)); presses += 1) await page.keyboard.press("Tab");
  await expect(status).toBeFocused();
  await page.keyboard.press("ArrowDown");
  await expect(status).toHaveValue("blocked");
  await expect(fieldOf(page, "panel-status").getByText("Saved")).toBeVisible();

  await page.keyboard.press("Escape");
  await expect(panel).toBeHidden();
  await expect(rows.nth(1)).toBeFocused();
  await expect(rows.nth(1).getByLabel(/^Status of/)).toHaveValue("blocked");
});

import { expect, test } from "@playwright/test";
import { signUp } from "./helpers";

test("a snapshot's next steps are tracked: inline edits, overdue filter, bulk status, grouping and CSV", async ({ page }) => {
  await signUp(page, "Pia Manager");
  const created = await page.request.post("/api/v1/assessments", { data: { name: "Tracked review" } });
  const { assessment } = (await created.json()) as { assessment: { id: string } };
  const answers = ["IDN-01", "IDN-02", "IDN-03"].map((questionId) => ({ questionId, value: "traditional", expectedVersion: 0 }));
  expect((await page.request.put(`/api/v1/assessments/${assessment.id}/answers`, { data: { answers } })).status()).toBe(200);
  expect((await page.request.post(`/api/v1/assessments/${assessment.id}/snapshots`, { data: { label: "Baseline" } })).status()).toBe(201);

  await page.getByRole("link", { name: "Next steps" }).click();
  const rows = page.getByTestId("next-step-row");
  await expect(rows).toHaveCount(3);
  const first = rows.filter({ hasText: "IDN-01" });
  await expect(first).toContainText("Phishing-resistant MFA");

  const due = first.getByLabel(/^Due date of/);
  await expect(due).toBeEnabled();
  await due.fill("2020-01-31");
  await due.blur();
  await expect(first).toContainText("Overdue");
  const tasks = first.getByLabel(/^Tasks for/);
  await tasks.fill("Order FIDO2 keys; enrol admins");
  await tasks.blur();
  await expect(tasks).toBeEnabled();
  await first.getByLabel(/^Status of/).selectOption("in_progress");
  await expect(first.getByLabel(/^Status of/)).toBeEnabled();

  await page.reload();
  await expect(rows.filter({ hasText: "IDN-01" }).getByLabel(/^Status of/)).toHaveValue("in_progress");
  await expect(rows.filter({ hasText: "IDN-01" }).getByLabel(/^Due date of/)).toHaveValue("2020-01-31");
  await expect(rows.filter({ hasText: "IDN-01" }).getByLabel(/^Tasks for/)).toHaveValue("Order FIDO2 keys; enrol admins");

  // A click before hydration would be lost: repeat until the filter takes it.
  await expect(async () => page.getByLabel("Overdue only").check()).toPass();
  await expect(rows).toHaveCount(1);
  await expect(async () => page.getByLabel("Overdue only").uncheck()).toPass();
  await expect(rows).toHaveCount(3);

  await rows.filter({ hasText: "IDN-02" }).getByRole("checkbox").check();
  await rows.filter({ hasText: "IDN-03" }).getByRole("checkbox").check();
  await page.getByLabel("New status for the selected next steps").selectOption("done");
  await page.getByRole("button", { name: "Apply to selected" }).click();
  await expect(rows.filter({ hasText: "IDN-02" }).getByLabel(/^Status of/)).toHaveValue("done");
  await expect(rows.filter({ hasText: "IDN-03" }).getByLabel(/^Status of/)).toHaveValue("done");

  await page.getByLabel("Group by").selectOption("status");
  await expect(page.getByRole("button", { name: "Done (2)" })).toBeVisible();
  await expect(page.getByRole("button", { name: "In progress (1)" })).toBeVisible();

  const csv = await page.request.get("/api/next-steps/export");
  expect(csv.headers()["content-type"]).toContain("text/csv");
  const text = await csv.text();
  expect(text.split("\r\n")[0]).toBe('"Assessment","Pillar","Question id","Stage","Objective","Tasks","Owner","Status","Due date","Overdue","Notes","Closed because"');
  expect(text).toContain('"2020-01-31","yes"');
});

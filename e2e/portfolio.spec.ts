import { expect, test, type Page } from "@playwright/test";
import { signUp } from "./helpers";

async function assessmentWith(page: Page, name: string, targets: Record<string, string>, answers: Record<string, string>, label: string) {
  const created = await page.request.post("/api/v1/assessments", { data: { name, targets } });
  const { assessment } = (await created.json()) as { assessment: { id: string } };
  const body = { answers: Object.entries(answers).map(([questionId, value]) => ({ questionId, value, expectedVersion: 0 })) };
  expect((await page.request.put(`/api/v1/assessments/${assessment.id}/answers`, { data: body })).status()).toBe(200);
  expect((await page.request.post(`/api/v1/assessments/${assessment.id}/snapshots`, { data: { label } })).status()).toBe(201);
  return assessment.id;
}

test("a project manager reads the portfolio's heatmap, trend and burndown, and filters it in the URL", async ({ page }) => {
  await signUp(page, "Paula Portfolio");
  const branch = await assessmentWith(page, "Branch network", { network: "advanced", identity: "optimal" }, { "NET-01": "traditional", "NET-02": "traditional" }, "Kick-off");
  expect((await page.request.put(`/api/v1/assessments/${branch}/answers`, { data: { answers: [{ questionId: "NET-01", value: "advanced", expectedVersion: 1 }] } })).status()).toBe(200);
  expect((await page.request.post(`/api/v1/assessments/${branch}/snapshots`, { data: { label: "Review" } })).status()).toBe(201);
  const office = await assessmentWith(page, "Head office", { identity: "advanced" }, { "IDN-01": "advanced", "IDN-02": "optimal" }, "Baseline");
  expect((await page.request.patch(`/api/v1/assessments/${office}`, { data: { status: "completed" } })).status()).toBe(200);

  await page.goto("/portfolio");
  await expect(page.getByRole("heading", { level: 1, name: "Portfolio" })).toBeVisible();
  // recharts draws after hydration.
  await expect(page.locator(".recharts-surface").first()).toBeVisible();

  // The heatmap: one row per assessment, one cell per pillar, with the score, the target and the gap as text.
  const heatmap = page.getByRole("table", { name: "Maturity against target by pillar" });
  const columns = await heatmap.getByRole("columnheader").allTextContents();
  const cell = (assessment: string, pillar: string) => heatmap.getByRole("row").filter({ hasText: assessment }).getByRole("cell").nth(columns.indexOf(pillar) - 1);
  await expect(cell("Branch network", "Network")).toContainText(/^\d\.\dtarget Advanced\d\.\d below$/);
  await expect(cell("Head office", "Identity")).toContainText(/target Advancedon target$/);
  await expect(cell("Head office", "Network")).toHaveText(/^—/);

  // The trend: one line per assessment, each shown or hidden by its own toggle.
  const trend = page.getByRole("figure").filter({ hasText: "Maturity over time" });
  await expect(trend.locator(".recharts-line")).toHaveCount(2);
  await expect(trend.locator(".recharts-yAxis-tick-labels .recharts-cartesian-axis-tick-value")).toHaveText(["Traditional", "Initial", "Advanced", "Optimal"]);
  const toggle = trend.getByRole("button", { name: "Head office" });
  await expect(toggle).toHaveAttribute("aria-pressed", "true");
  await toggle.click();
  await expect(toggle).toHaveAttribute("aria-pressed", "false");
  await expect(trend.locator(".recharts-line")).toHaveCount(1);
  await trend.getByRole("button", { name: "Show all" }).click();
  await expect(trend.locator(".recharts-line")).toHaveCount(2);

  // The burndown: the open count and the ideal line, which ends a quarter after the first snapshot without due dates.
  const burndown = page.getByRole("figure").filter({ hasText: "Next-steps burndown" });
  await expect(burndown).toContainText("90 days after the first snapshot");
  await expect(burndown.locator(".recharts-line")).toHaveCount(2);
  await burndown.getByText("Show the data as a table").click();
  await expect(burndown.getByRole("columnheader", { name: "Ideal" })).toBeVisible();
  await expect(burndown.getByRole("row").last()).toContainText(/—\s*0$/);

  // Filters apply at once, go into the URL and survive a reload.
  await page.getByLabel("Status", { exact: true }).selectOption("completed");
  await expect(page).toHaveURL(/status=completed/);
  await page.getByLabel("Pillar", { exact: true }).selectOption("identity");
  await expect(page).toHaveURL(/pillar=identity/);
  const assessments = page.getByRole("table", { name: "Assessments" });
  await expect(assessments.getByRole("row")).toHaveCount(2);
  await expect(assessments).toContainText("Head office");
  await expect(heatmap.getByRole("columnheader")).toHaveText(["Assessment", "Identity"]);
  await expect(page.getByText("Open next steps in Identity")).toBeVisible();

  await page.reload();
  await expect(page.getByLabel("Status", { exact: true })).toHaveValue("completed");
  await expect(page.getByLabel("Pillar", { exact: true })).toHaveValue("identity");
  await expect(assessments.getByRole("row")).toHaveCount(2);
  await expect(heatmap.getByRole("columnheader")).toHaveText(["Assessment", "Identity"]);

  await page.getByLabel("Status", { exact: true }).selectOption("archived");
  await expect(page.getByText("No assessment matches these filters.")).toBeVisible();
  await page.getByLabel("Status", { exact: true }).selectOption("");
  await page.getByLabel("Pillar", { exact: true }).selectOption("");
  await expect(page).toHaveURL(/\/portfolio$/);
  await expect(assessments.getByRole("row")).toHaveCount(3);

  // Each row leads to the assessment's dashboard.
  await heatmap.getByRole("link", { name: "Branch network" }).click();
  await expect(page).toHaveURL(new RegExp(`/assessments/${branch}/dashboard$`));
});

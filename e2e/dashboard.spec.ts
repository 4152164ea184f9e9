import { expect, test } from "@playwright/test";
import { signUp } from "./helpers";

test("the assessment dashboard: KPIs, radar and level charts with table alternatives, trend once there are two snapshots", async ({ page }) => {
  await signUp(page, "Dee Dashboard");
  const created = await page.request.post("/api/v1/assessments", { data: { name: "Charted" } });
  const { assessment } = (await created.json()) as { assessment: { id: string } };
  const put = (questionId: string, value: string, expectedVersion: number) =>
    page.request.put(`/api/v1/assessments/${assessment.id}/answers`, { data: { answers: [{ questionId, value, expectedVersion }] } });
  expect((await put("IDN-01", "initial", 0)).status()).toBe(200);
  expect((await put("IDN-02", "traditional", 0)).status()).toBe(200);

  await page.goto(`/assessments/${assessment.id}/dashboard`);
  await expect(page.getByText("Overall maturity")).toBeVisible();
  await expect(page.getByText("Weakest pillar")).toBeVisible();
  await expect(page.getByText("2 of 64 questions answered")).toBeVisible();
  await expect(page.getByText("No snapshot yet: record one on the Snapshots tab to start the history.")).toBeVisible();
  // recharts draws after hydration.
  await expect(page.locator(".recharts-surface").first()).toBeVisible();

  const radar = page.getByRole("figure").filter({ hasText: "Maturity against target" });
  await radar.getByText("Show the data as a table").click();
  await expect(radar.getByRole("row", { name: /^Identity/ })).toContainText("1.6");

  expect((await page.request.post(`/api/v1/assessments/${assessment.id}/snapshots`, { data: { label: "Before" } })).status()).toBe(201);
  await page.reload();
  await expect(page.getByText("One snapshot so far: the trend appears with the second.")).toBeVisible();
  await expect(page.getByText(/Nothing changed since Before/)).toBeVisible();

  expect((await put("IDN-02", "advanced", 1)).status()).toBe(200);
  expect((await page.request.post(`/api/v1/assessments/${assessment.id}/snapshots`, { data: { label: "After" } })).status()).toBe(201);
  expect((await put("IDN-01", "optimal", 1)).status()).toBe(200);
  await page.reload();
  const trend = page.getByRole("figure").filter({ hasText: "Maturity over time" });
  await expect(trend.locator(".recharts-line").first()).toBeVisible();
  await trend.getByText("Show the data as a table").click();
  await expect(trend.getByRole("row", { name: /^Before/ })).toBeVisible();
  await expect(trend.getByRole("row", { name: /^After/ })).toBeVisible();
  await expect(page.getByRole("region", { name: "What moved since the last snapshot" })).toContainText("IDN-01 Initial → Optimal");
  await expect(page.getByRole("region", { name: "Top next steps" }).getByRole("listitem")).not.toHaveCount(0);
});

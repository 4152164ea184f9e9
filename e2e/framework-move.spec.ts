import { expect, test } from "@playwright/test";
import { signUp } from "./helpers";

test("a zt-2026.1 assessment moves to zt-2026.2: preview, carried-over answers to confirm, snapshots pinned, the trend marks the change", async ({ page }) => {
  // Two snapshots, a move and several page loads: more than the default budget on a busy machine.
  test.slow();
  await signUp(page, "Mo Mover");
  const created = await page.request.post("/api/v1/assessments", { data: { name: "Moving house", frameworkVersion: "zt-2026.1" } });
  expect(created.status()).toBe(201);
  const { assessment } = (await created.json()) as { assessment: { id: string; frameworkVersion: string } };
  expect(assessment.frameworkVersion).toBe("zt-2026.1");
  const answers = [
    { questionId: "IDN-01", value: "advanced", note: "Keys for every admin.", evidence: ["https://example.com/mfa-report"], expectedVersion: 0 },
    { questionId: "IDN-02", value: "initial", expectedVersion: 0 },
    { questionId: "DEV-01", value: "initial", expectedVersion: 0 },
  ];
  expect((await page.request.put(`/api/v1/assessments/${assessment.id}/answers`, { data: { answers } })).status()).toBe(200);
  const before = await page.request.post(`/api/v1/assessments/${assessment.id}/snapshots`, { data: { label: "On 2026.1" } });
  expect(before.status()).toBe(201);
  const { snapshot: first } = (await before.json()) as { snapshot: { id: string } };

  // Settings: the version section, a preview, then the move.
  await page.goto(`/assessments/${assessment.id}/settings`);
  const section = page.getByRole("region", { name: "Question bank version" });
  await expect(section).toContainText("This assessment uses zt-2026.1");
  await section.getByRole("button", { name: "Move to zt-2026.2" }).click();
  const preview = section.getByRole("region", { name: "Moving from zt-2026.1 to zt-2026.2" });
  await expect(preview).toBeVisible();
  await expect(preview).toBeFocused();
  for (const label of ["Carried over", "Merged", "Dropped", "New"]) await expect(preview.getByText(label, { exact: true })).toBeVisible();
  await preview.getByRole("button", { name: "Confirm move to zt-2026.2" }).click();
  await expect(section.getByRole("status")).toContainText("Moved to zt-2026.2. 3 answers carried over");
  await expect(section).toContainText("This assessment uses zt-2026.2");
  await expect(section).toContainText("This is the newest version.");

  // The questionnaire asks for each carried answer to be confirmed.
  await page.goto(`/assessments/${assessment.id}?q=IDN-01`);
  await expect(page.getByTestId("carried-over-count")).toHaveText("3 carried-over answers await confirmation.");
  const notice = page.getByRole("note", { name: "Carried-over answer" });
  await expect(notice).toContainText("Carried over from zt-2026.1 IDN-01 — please confirm");
  await expect(page.getByRole("radio", { name: /^Advanced/ })).toBeChecked();
  // Ticks do not carry across versions; the carried level's criteria count as met, as for a level picked directly.
  for (const stage of ["Initial", "Advanced"]) {
    const boxes = page.getByRole("group", { name: new RegExp(`^${stage}`) }).getByRole("checkbox");
    expect(await boxes.count()).toBeGreaterThan(1);
    for (const box of await boxes.all()) await expect(box).toBeChecked();
  }
  await expect(page.getByRole("group", { name: /^Optimal/ }).getByRole("checkbox").first()).not.toBeChecked();
  await notice.getByRole("button", { name: "Confirm" }).click();
  await expect(notice).toBeHidden();
  await expect(page.getByTestId("carried-over-count")).toHaveText("2 carried-over answers await confirmation.");
  await page.reload();
  await expect(page.getByRole("radio", { name: /^Advanced/ })).toBeChecked();
  await expect(page.getByRole("note", { name: "Carried-over answer" })).toBeHidden();
  await expect(page.getByTestId("carried-over-count")).toHaveText("2 carried-over answers await confirmation.");

  // The answer kept its note and evidence; the snapshot stayed on its version.
  const stored = (await (await page.request.get(`/api/v1/assessments/${assessment.id}/answers`)).json()) as { answers: { questionId: string; note: string; evidence: string[] }[] };
  expect(stored.answers.find((answer) => answer.questionId === "IDN-01")).toMatchObject({ note: "Keys for every admin.", evidence: ["https://example.com/mfa-report"] });
  const history = (await (await page.request.get(`/api/v1/assessments/${assessment.id}/snapshots`)).json()) as { snapshots: { label: string; frameworkVersion: string }[] };
  expect(history.snapshots).toEqual([expect.objectContaining({ label: "On 2026.1", frameworkVersion: "zt-2026.1" })]);

  // Before a snapshot on the new version, "what moved" compares nothing across the change.
  await page.goto(`/assessments/${assessment.id}/dashboard`);
  await expect(page.getByRole("region", { name: "What moved since the last snapshot" })).toContainText("was taken on zt-2026.1; this assessment now uses zt-2026.2");

  const after = await page.request.post(`/api/v1/assessments/${assessment.id}/snapshots`, { data: { label: "On 2026.2" } });
  expect(after.status()).toBe(201);
  const { snapshot: second } = (await after.json()) as { snapshot: { id: string } };

  // The trend marks the version change and joins no line across it.
  await page.goto(`/assessments/${assessment.id}/dashboard`);
  const trend = page.getByRole("figure").filter({ hasText: "Maturity over time" });
  await expect(trend).toContainText("The dashed line marks the move to zt-2026.2");
  // One dashed marker, labelled with the new version (recharts draws labels in a layer of their own).
  await expect(trend.locator(".recharts-reference-line line")).toHaveCount(1);
  await expect(trend.locator(".recharts-surface")).toContainText("zt-2026.2");
  await trend.getByText("Show the data as a table").click();
  await expect(trend.getByRole("columnheader", { name: "Question bank" })).toBeVisible();
  await expect(trend.getByRole("row", { name: /^On 2026\.1 zt-2026\.1/ })).toBeVisible();
  await expect(trend.getByRole("row", { name: /^On 2026\.2 zt-2026\.2/ })).toBeVisible();

  // Comparing the two snapshots shows the break and relates answers through the lineage.
  await page.goto(`/assessments/${assessment.id}/snapshots/compare?from=${first.id}&to=${second.id}`);
  await expect(page.getByRole("note")).toContainText("These snapshots use different question bank versions (zt-2026.1 → zt-2026.2)");
  await expect(page.getByRole("heading", { name: "By question, through the lineage" })).toBeVisible();
});

test("an assessment on the newest version offers no move", async ({ page }) => {
  await signUp(page, "Vi Owner");
  const created = await page.request.post("/api/v1/assessments", { data: { name: "Newest", frameworkVersion: "zt-2026.2" } });
  const { assessment } = (await created.json()) as { assessment: { id: string } };
  await page.goto(`/assessments/${assessment.id}/settings`);
  const section = page.getByRole("region", { name: "Question bank version" });
  await expect(section).toContainText("This assessment uses zt-2026.2");
  await expect(section.getByRole("button", { name: /^Move to/ })).toHaveCount(0);
});

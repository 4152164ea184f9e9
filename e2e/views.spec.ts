import { expect, test } from "@playwright/test";
import { ZApiError, ZApiView } from "../lib/validation/api-responses";
import { expectNoAxeViolations, waitForHydration } from "./axe";
import { signUp } from "./helpers";

// 1.1 User Inventory (IDN-02, IDN-07 at Advanced, IDN-11 at Initial), 1.3 MFA (IDN-01) and 1.9 ICAM
// (IDN-02) reach their Target level; 1.3 also its Advanced level (IDN-01 at Optimal). 1.2 Conditional
// User Access does not: IDN-10 is Initial and needs Advanced.
const ANSWERS = [
  ["IDN-01", "optimal"],
  ["IDN-02", "advanced"],
  ["IDN-05", "advanced"],
  ["IDN-07", "advanced"],
  ["IDN-10", "initial"],
  ["IDN-11", "initial"],
] as const;

test("an assessor switches the dashboard to the DoD view with the keyboard and sees Target and Advanced attainment", async ({ page }) => {
  test.slow();
  await signUp(page, "Vic Views");
  const created = await page.request.post("/api/v1/assessments", { data: { name: "Seen four ways" } });
  const { assessment } = (await created.json()) as { assessment: { id: string } };
  const saved = await page.request.put(`/api/v1/assessments/${assessment.id}/answers`, {
    data: { answers: ANSWERS.map(([questionId, value]) => ({ questionId, value, expectedVersion: 0 })) },
  });
  expect(saved.status()).toBe(200);

  await page.goto(`/assessments/${assessment.id}/dashboard`);
  await waitForHydration(page);
  const views = page.getByRole("navigation", { name: "Results view" });
  await expect(views.getByRole("link", { name: "Pillars" })).toHaveAttribute("aria-current", "page");
  await expect(page.getByRole("figure").filter({ hasText: "Maturity against target" })).toBeVisible();

  // Tab moves along the switch and Enter opens a view.
  await views.getByRole("link", { name: "CISA ZTMM" }).focus();
  await page.keyboard.press("Tab");
  await expect(views.getByRole("link", { name: "DoD" })).toBeFocused();
  await page.keyboard.press("Enter");
  await expect(page).toHaveURL(/\?view=dod$/);
  await expect(views.getByRole("link", { name: "DoD" })).toHaveAttribute("aria-current", "page");
  await expect(page.getByRole("figure").filter({ hasText: "Maturity against target" })).toHaveCount(0);

  await expect(page.getByText("Target level capabilities").locator("..")).toContainText("3 of 40 attained");
  await expect(page.getByText("Advanced level capabilities").locator("..")).toContainText("1 of 28 attained");
  const user = page.getByRole("table", { name: /^User: Target 3 of 9 attained, Advanced 1 of 6 attained/ });
  await expect(user.getByRole("row", { name: /^1\.3 Multi-Factor Authentication/ })).toHaveText(/AttainedAttained$/);
  await expect(user.getByRole("row", { name: /^1\.2 Conditional User Access/ })).toContainText("Not attained: IDN-10 is Initial, needs Advanced");
  await expect(user.getByRole("row", { name: /^1\.1 User Inventory/ })).toContainText("AttainedNot assessed");
  const chart = page.getByRole("figure").filter({ hasText: "DoD capability attainment by pillar" });
  await expect(chart.locator(".recharts-bar-rectangle").first()).toBeAttached();
  await chart.getByText("Show the data as a table").click();
  await expect(chart.getByRole("row", { name: /^User/ })).toHaveText(/User3 of 9 attained1 of 6 attained/);
  await expectNoAxeViolations(page, "dashboard ?view=dod");

  // The other views open the same way, each with its chart and table.
  for (const [name, title] of [
    ["CISA ZTMM", "CISA Zero Trust Maturity Model"],
    ["Microsoft", "Microsoft business scenarios"],
    ["NIST 800-207", "NIST SP 800-207 tenets"],
  ] as const) {
    await views.getByRole("link", { name }).focus();
    await page.keyboard.press("Enter");
    await expect(page.getByRole("figure").filter({ hasText: title })).toBeVisible();
    await expect(views.getByRole("link", { name })).toHaveAttribute("aria-current", "page");
    await expectNoAxeViolations(page, `dashboard view ${name}`);
  }
  await expect(page.getByRole("figure").filter({ hasText: "NIST SP 800-207 tenets" }).locator("details")).toContainText("Tenet 6");

  // Back to the product's own pillars.
  await views.getByRole("link", { name: "Pillars" }).focus();
  await page.keyboard.press("Enter");
  await expect(page).toHaveURL(new RegExp(`/assessments/${assessment.id}/dashboard$`));
  await expect(page.getByRole("figure").filter({ hasText: "Maturity against target" })).toBeVisible();
});

test("the scores API gives each view, refuses an unknown one, and a zt-2026.1 assessment has no DoD view", async ({ page }) => {
  await signUp(page, "Ada API Views");
  const created = await page.request.post("/api/v1/assessments", { data: { name: "API views" } });
  const { assessment } = (await created.json()) as { assessment: { id: string } };
  await page.request.put(`/api/v1/assessments/${assessment.id}/answers`, { data: { answers: ANSWERS.map(([questionId, value]) => ({ questionId, value, expectedVersion: 0 })) } });

  const dod = ZApiView.parse(await (await page.request.get(`/api/v1/assessments/${assessment.id}/scores?view=dod`)).json());
  expect(dod).toMatchObject({ view: "dod", available: true, target: { attained: 3, assessed: 40, total: 45 }, advanced: { attained: 1, assessed: 28, total: 45 } });
  for (const view of ["cisa", "microsoft", "nist"]) {
    const response = await page.request.get(`/api/v1/assessments/${assessment.id}/scores?view=${view}`);
    expect(ZApiView.parse(await response.json())).toMatchObject({ view, available: true });
  }
  const bad = await page.request.get(`/api/v1/assessments/${assessment.id}/scores?view=gartner`);
  expect(bad.status()).toBe(400);
  expect(ZApiError.parse(await bad.json()).message).toBe('view is "cisa", "dod", "microsoft" or "nist"; leave it out for the pillar scores.');

  const old = await page.request.post("/api/v1/assessments", { data: { name: "Old bank", frameworkVersion: "zt-2026.1" } });
  const { assessment: oldAssessment } = (await old.json()) as { assessment: { id: string } };
  const unavailable = ZApiView.parse(await (await page.request.get(`/api/v1/assessments/${oldAssessment.id}/scores?view=dod`)).json());
  expect(unavailable).toMatchObject({ view: "dod", available: false });
  await page.goto(`/assessments/${oldAssessment.id}/dashboard?view=microsoft`);
  await expect(page.getByRole("status").filter({ hasText: "not available for question bank version zt-2026.1" })).toBeVisible();
});

import AxeBuilder from "@axe-core/playwright";
import { expect, test, type Locator, type Page } from "@playwright/test";
import { LATEST_FRAMEWORK } from "../lib/framework/index";
import { signUp } from "./helpers";

/** No control may hide in a part that assistive technology does not see, and every chart colour must contrast. */
async function expectAccessibleCharts(page: Page) {
  const results = await new AxeBuilder({ page }).include("figure").withRules(["aria-hidden-focus", "color-contrast", "nested-interactive", "button-name"]).analyze();
  expect(results.violations.map((violation) => `${violation.id}: ${violation.nodes.map((node) => node.target.join(" ")).join(", ")}`)).toEqual([]);
  // recharts marks its layers tabindex="-1" (focusable by script only, never by Tab); nothing else may be there.
  expect(await page.locator('[aria-hidden="true"] :is([tabindex]:not([tabindex="-1"]), a[href], button, input, select, textarea)').count()).toBe(0);
}

test("the assessment dashboard: KPIs, radar and level charts with table alternatives, trend once there are two snapshots", async ({ page }) => {
  // Three snapshots, three reloads and two axe runs: more than the default budget on a busy machine.
  test.slow();
  await signUp(page, "Dee Dashboard");
  const created = await page.request.post("/api/v1/assessments", { data: { name: "Charted" } });
  const { assessment } = (await created.json()) as { assessment: { id: string } };
  const put = (questionId: string, value: string, expectedVersion: number) =>
    page.request.put(`/api/v1/assessments/${assessment.id}/answers`, { data: { answers: [{ questionId, value, expectedVersion }] } });
  expect((await put("IDN-01", "initial", 0)).status()).toBe(200);
  expect((await put("IDN-02", "traditional", 0)).status()).toBe(200);
  expect((await put("DEV-01", "initial", 0)).status()).toBe(200);

  await page.goto(`/assessments/${assessment.id}/dashboard`);
  await expect(page.getByText("Overall maturity")).toBeVisible();
  await expect(page.getByText("Weakest pillar")).toBeVisible();
  await expect(page.getByText(`3 of ${LATEST_FRAMEWORK.questions.length} questions answered`)).toBeVisible();
  await expect(page.getByText("No snapshot yet: record one on the Snapshots tab to start the history.")).toBeVisible();
  // recharts draws after hydration.
  await expect(page.locator(".recharts-surface").first()).toBeVisible();

  const radar = page.getByRole("figure").filter({ hasText: "Maturity against target" });
  // Large enough to read, its scale named by stage, its target drawn, and a tooltip under the pointer.
  const surface = radar.locator(".recharts-surface");
  const size = (await surface.boundingBox())!;
  expect(size.height).toBeGreaterThanOrEqual(360);
  await expect(radar.locator(".recharts-polar-radius-axis")).toContainText("Optimal");
  await expect(radar.locator(".recharts-radar")).toHaveCount(2);
  await expect(radar.getByRole("list", { name: "Legend" }).getByRole("listitem")).toHaveText(["Current score", "Target"]);
  await radar.locator(".recharts-wrapper").hover({ position: { x: size.width / 2, y: size.height * 0.3 } });
  await expect(radar.locator(".recharts-tooltip-wrapper")).toContainText(/IdentityCurrent score : 1\.6Target : \w+/);
  await radar.getByText("Show the data as a table").click();
  await expect(radar.getByRole("row", { name: /^Identity/ })).toContainText("1.6");

  // Every level in the legend, in level order, even those no answer is at.
  const levels = page.getByRole("figure").filter({ hasText: "Answers by level" });
  await expect(levels.getByRole("list", { name: "Legend" }).getByRole("listitem")).toHaveText(["Traditional", "Initial", "Advanced", "Optimal", "Not applicable", "Unanswered"]);
  await expectAccessibleCharts(page);

  expect((await page.request.post(`/api/v1/assessments/${assessment.id}/snapshots`, { data: { label: "Before" } })).status()).toBe(201);
  await page.reload();
  await expect(page.getByText("One snapshot so far: the trend appears with the second.")).toBeVisible();
  await expect(page.getByText(/Nothing changed since Before/)).toBeVisible();

  expect((await put("IDN-02", "advanced", 1)).status()).toBe(200);
  expect((await page.request.post(`/api/v1/assessments/${assessment.id}/snapshots`, { data: { label: "After" } })).status()).toBe(201);
  expect((await put("IDN-01", "optimal", 1)).status()).toBe(200);
  await page.reload();
  const trend = page.getByRole("figure").filter({ hasText: "Maturity over time" });
  await expect(trend.locator(".recharts-line")).toHaveCount(10);
  // The value axis names the stages; Overall is the one thick line.
  await expect(trend.locator(".recharts-yAxis-tick-labels .recharts-cartesian-axis-tick-value")).toHaveText(["Traditional", "Initial", "Advanced", "Optimal"]);
  await expect(trend.locator('.recharts-line-curve[stroke-width="4"]')).toHaveCount(1);
  // Each pillar shows and hides with its toggle button.
  const identity = trend.getByRole("button", { name: "Identity" });
  await expect(identity).toHaveAttribute("aria-pressed", "true");
  await identity.click();
  await expect(identity).toHaveAttribute("aria-pressed", "false");
  await expect(trend.locator(".recharts-line")).toHaveCount(9);
  await trend.getByRole("button", { name: "Overall" }).click();
  await expect(trend.locator(".recharts-line")).toHaveCount(8);
  await expect(trend.locator('.recharts-line-curve[stroke-width="4"]')).toHaveCount(0);
  await trend.getByRole("button", { name: "Show all" }).click();
  await expect(trend.locator(".recharts-line")).toHaveCount(10);
  await expectAccessibleCharts(page);

  await trend.getByText("Show the data as a table").click();
  await expect(trend.getByRole("row", { name: /^Before/ })).toBeVisible();
  await expect(trend.getByRole("row", { name: /^After/ })).toBeVisible();
  await expect(page.getByRole("region", { name: "What moved since the last snapshot" })).toContainText("IDN-01 Initial → Optimal");
  await expect(page.getByRole("region", { name: "Top next steps" }).getByRole("listitem")).not.toHaveCount(0);
});

/** The lowest contrast against the page background of the colours the figure's series are drawn in (WCAG 1.4.11 asks 3:1). */
async function lowestSeriesContrast(figure: Locator): Promise<number> {
  return figure.evaluate((root) => {
    const context = document.createElement("canvas").getContext("2d", { willReadFrequently: true })!;
    const rgb = (colour: string) => {
      context.clearRect(0, 0, 1, 1);
      context.fillStyle = colour;
      context.fillRect(0, 0, 1, 1);
      return [...context.getImageData(0, 0, 1, 1).data].slice(0, 3).map((value) => {
        const channel = value / 255;
        return channel <= 0.04045 ? channel / 12.92 : ((channel + 0.055) / 1.055) ** 2.4;
      });
    };
    const luminance = (colour: string) => {
      const [r, g, b] = rgb(colour);
      return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
    };
    const background = luminance(getComputedStyle(document.body).backgroundColor);
    const contrast = (colour: string) => {
      const [light, dark] = [luminance(colour), background].sort((a, b) => b - a);
      return (light! + 0.05) / (dark! + 0.05);
    };
    // Unanswered is the deliberately faint remainder of a bar; every other series must stand out.
    const swatches = [...root.querySelectorAll<HTMLElement>("li span[aria-hidden], button span[aria-hidden]")].filter((swatch) => !swatch.parentElement!.textContent!.includes("Unanswered"));
    const colours = [
      ...swatches.map((swatch) => (swatch.style.background ? getComputedStyle(swatch).backgroundColor : getComputedStyle(swatch).borderTopColor)),
      ...[...root.querySelectorAll<SVGElement>(".recharts-radar-polygon path, .recharts-line-curve")].map((path) => getComputedStyle(path).stroke),
    ];
    return Math.min(...colours.map(contrast));
  });
}

for (const theme of ["light", "dark"] as const) {
  test(`every chart series stands out from the ${theme} background, and the charts pass axe`, async ({ page, context, baseURL }) => {
    await signUp(page, `Theo ${theme}`);
    const created = await page.request.post("/api/v1/assessments", { data: { name: "Themed" } });
    const { assessment } = (await created.json()) as { assessment: { id: string } };
    const answers = ["IDN-01", "DEV-01", "NET-01"].map((questionId) => ({ questionId, value: "initial", expectedVersion: 0 }));
    expect((await page.request.put(`/api/v1/assessments/${assessment.id}/answers`, { data: { answers } })).status()).toBe(200);
    for (const label of ["One", "Two"]) expect((await page.request.post(`/api/v1/assessments/${assessment.id}/snapshots`, { data: { label } })).status()).toBe(201);
    await context.addCookies([{ name: "theme", value: theme, url: baseURL! }]);
    await page.goto(`/assessments/${assessment.id}/dashboard`);
    await expect(page.locator(".recharts-surface")).toHaveCount(4);
    for (const title of ["Maturity against target", "Answers by level", "Maturity over time", "Roadmap"]) {
      const figure = page.getByRole("figure").filter({ hasText: title });
      expect(await lowestSeriesContrast(figure), title).toBeGreaterThanOrEqual(3);
    }
    await expectAccessibleCharts(page);
  });
}

import AxeBuilder from "@axe-core/playwright";
import { expect, type Page } from "@playwright/test";

/** WCAG 2.0, 2.1 and 2.2 at levels A and AA: the rules the app promises to meet. */
export const WCAG_AA_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22a", "wcag22aa"];

/** Waits until React has hydrated the page (components/ui/hydration-marker.tsx). */
export async function waitForHydration(page: Page): Promise<void> {
  await expect(page.locator("html[data-hydrated]")).toBeAttached();
}

/** One line per failing element: rule id, impact, what the rule asks, the element, why it failed. */
export async function axeViolations(page: Page): Promise<string[]> {
  await waitForHydration(page);
  const results = await new AxeBuilder({ page }).withTags(WCAG_AA_TAGS).analyze();
  return results.violations.flatMap((violation) =>
    violation.nodes.map((node) => {
      const summary = (node.failureSummary ?? "").replace(/\s+/g, " ").trim();
      return `${violation.id} (${violation.impact ?? "n/a"}): ${violation.help} | ${node.target.join(" ")} | ${summary}`;
    }),
  );
}

/** Fails with every violation listed when axe finds any on the page as it is now. */
export async function expectNoAxeViolations(page: Page, label = new URL(page.url()).pathname): Promise<void> {
  const violations = await axeViolations(page);
  expect(violations, `axe violations on ${label}:\n${violations.join("\n")}`).toEqual([]);
}

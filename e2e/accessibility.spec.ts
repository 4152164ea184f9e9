import { expect, test, type Page } from "@playwright/test";
import { readdirSync } from "node:fs";
import path from "node:path";
import { THEME_COOKIE, THEMES, type Theme } from "../lib/theme";
import { axeViolations } from "./axe";
import { DEMO, openUserMenu, signIn, signUp } from "./helpers";

/**
 * axe (WCAG 2.x A and AA) on every page of the app, in the light and the dark theme. The
 * pages come from app/**\/page.tsx, so a new page is checked, or this spec fails until it
 * says how to reach the page.
 */

interface PageRoute {
  /** The address pattern, e.g. /assessments/[id]/dashboard. */
  route: string;
  /** The route group the file sits in, e.g. (auth); null outside any group. */
  group: string | null;
}

function pageRoutes(): PageRoute[] {
  const app = path.join(process.cwd(), "app");
  return readdirSync(app, { recursive: true, encoding: "utf8" })
    .filter((file) => path.basename(file) === "page.tsx")
    .map((file) => {
      const segments = path.dirname(file).split(path.sep).filter((segment) => segment !== ".");
      const group = segments.find((segment) => segment.startsWith("(")) ?? null;
      return { route: `/${segments.filter((segment) => !segment.startsWith("(")).join("/")}`, group };
    })
    .sort((a, b) => a.route.localeCompare(b.route));
}

/** Pages for visitors who are not signed in; every other page is visited as the demo user. */
const SIGNED_OUT_GROUP = "(auth)";
const SIGNED_IN_GROUP = "(app)";
/** Pages outside both groups, visited signed out and signed in. */
const PUBLIC_PAGES = new Set(["/verify", "/invite/[token]"]);
/** Dynamic segments and where the run finds a real value for them. */
const PARAMS = new Set(["id", "token", "importId", "testId"]);

/** A new member's own assessment with two snapshots, so the history and the comparison have content. */
const FRESH_MEMBER_PAGES = ["/", "/assessments/[id]/snapshots", "/assessments/[id]/snapshots/compare", "/assessments/[id]/dashboard", "/assessments/[id]/roadmap"];

/** The name of a dynamic segment ("[id]" → "id"), or null for a plain one. */
const paramName = (segment: string) => (segment.startsWith("[") && segment.endsWith("]") ? segment.slice(1, -1) : null);
const dynamicParams = (route: string) => route.split("/").flatMap((segment) => paramName(segment) ?? []);

function fill(route: string, values: Record<string, string>): string {
  return route
    .split("/")
    .map((segment) => {
      const name = paramName(segment);
      if (name === null) return segment;
      const value = values[name];
      if (!value) throw new Error(`No value for [${name}] in ${route}`);
      return encodeURIComponent(value);
    })
    .join("/");
}

const routes = pageRoutes();
const signedOutRoutes = routes.filter((page) => page.group === SIGNED_OUT_GROUP || PUBLIC_PAGES.has(page.route)).map((page) => page.route);
const signedInRoutes = routes.filter((page) => page.group === SIGNED_IN_GROUP || PUBLIC_PAGES.has(page.route)).map((page) => page.route);

/** Visits each address, runs axe once the page has hydrated and settled, and collects every violation. */
async function audit(page: Page, theme: Theme, addresses: string[]): Promise<Map<string, string[]>> {
  const found = new Map<string, string[]>();
  for (const address of addresses) {
    const response = await page.goto(address);
    expect(response?.status(), `${address} answers`).toBeLessThan(500);
    // The colours checked are the theme's: a page that ignored the cookie would be checked in the wrong one.
    if (theme === "dark") await expect(page.locator("html")).toHaveClass(/\bdark\b/);
    else await expect(page.locator("html")).not.toHaveClass(/\bdark\b/);
    await page.waitForLoadState("networkidle");
    const violations = await axeViolations(page);
    if (violations.length) found.set(address, violations);
  }
  return found;
}

function report(theme: Theme, found: Map<string, string[]>): string {
  return [...found].map(([address, violations]) => `[${theme}] ${address}\n  ${violations.join("\n  ")}`).join("\n");
}

test("every app/**/page.tsx is reached by this spec", () => {
  expect(routes.length).toBeGreaterThan(0);
  const unreached = routes.filter((page) => !signedOutRoutes.includes(page.route) && !signedInRoutes.includes(page.route));
  expect(unreached.map((page) => `${page.route} in ${page.group ?? "no group"}`), "pages this spec does not know how to reach").toEqual([]);
  const unknownParams = routes.flatMap((page) => dynamicParams(page.route).filter((name) => !PARAMS.has(name)).map((name) => `[${name}] in ${page.route}`));
  expect(unknownParams, "dynamic segments this spec has no value for").toEqual([]);
  expect(FRESH_MEMBER_PAGES.filter((route) => !routes.some((page) => page.route === route)), "pages listed here that no longer exist").toEqual([]);
});

for (const theme of THEMES) {
  test.describe(`${theme} theme`, () => {
    test.beforeEach(async ({ context, baseURL }) => {
      await context.addCookies([{ name: THEME_COOKIE, value: theme, url: baseURL! }]);
    });

    test(`signed-out pages have no axe violations (${theme})`, async ({ page }) => {
      test.setTimeout(180_000);
      const addresses = [
        ...signedOutRoutes.map((route) => fill(route, { token: "no-such-invitation" })),
        "/reset-password?token=not-a-reset-token",
        "/verify?error=INVALID_TOKEN",
        "/this-page-does-not-exist",
      ];
      const found = await audit(page, theme, addresses);
      expect(found.size, report(theme, found)).toBe(0);
    });

    test(`the demo user's pages have no axe violations (${theme})`, async ({ page }) => {
      test.setTimeout(300_000);
      await signIn(page, DEMO.email, DEMO.password);
      const list = (await (await page.request.get("/api/v1/assessments?q=FY26")).json()) as { assessments: { id: string }[] };
      const id = list.assessments[0]!.id;
      // The demo assessment holds a run of Microsoft's Zero Trust Assessment: one of its tests has a page.
      const scores = (await (await page.request.get(`/api/v1/assessments/${id}/scores`)).json()) as { evidence: { questions: { tests: { importId: string; id: string }[] }[] } };
      const { importId, id: testId } = scores.evidence.questions[0]!.tests[0]!;
      const addresses = [...signedInRoutes.map((route) => fill(route, { id, token: "no-such-invitation", importId, testId })), "/assessments/no-such-assessment", "/no-such-page"];
      const found = await audit(page, theme, addresses);
      expect(found.size, report(theme, found)).toBe(0);
    });

    test(`a new member's pages with snapshots have no axe violations (${theme})`, async ({ page }) => {
      test.setTimeout(180_000);
      await signUp(page, "Axel Axe");
      const created = await page.request.post("/api/v1/assessments", { data: { name: "Accessible" } });
      const { assessment } = (await created.json()) as { assessment: { id: string } };
      const answer = (questionId: string, value: string, expectedVersion: number) =>
        page.request.put(`/api/v1/assessments/${assessment.id}/answers`, { data: { answers: [{ questionId, value, expectedVersion }] } });
      const snapshot = async (label: string) => {
        const response = await page.request.post(`/api/v1/assessments/${assessment.id}/snapshots`, { data: { label } });
        expect(response.status()).toBe(201);
        return ((await response.json()) as { snapshot: { id: string } }).snapshot.id;
      };
      expect((await answer("IDN-01", "initial", 0)).status()).toBe(200);
      const before = await snapshot("Before");
      expect((await answer("IDN-01", "optimal", 1)).status()).toBe(200);
      expect((await answer("DEV-01", "advanced", 0)).status()).toBe(200);
      const after = await snapshot("After");

      const addresses = [
        ...FRESH_MEMBER_PAGES.map((route) => fill(route, { id: assessment.id })),
        `/assessments/${assessment.id}/snapshots/compare?from=${before}&to=${after}`,
        "/verify",
        "/invite/no-such-invitation",
      ];
      const found = await audit(page, theme, addresses);

      // Open states: the tracker's side panel, the account menu, and the phone's menu sheet.
      // The new member's one tracked step closed itself when its answer reached the target.
      await page.goto("/next-steps?closed=1");
      await page.locator("tbody tr").first().getByRole("button").first().click();
      await expect(page.getByRole("dialog")).toBeVisible();
      await expect(page).toHaveURL(/item=/);
      await collect(page, found, "/next-steps with the panel open");
      await page.keyboard.press("Escape");
      await openUserMenu(page, "Axel Axe");
      await collect(page, found, "account menu open");
      await page.keyboard.press("Escape");
      await page.setViewportSize({ width: 390, height: 844 });
      await page.goto("/");
      await page.getByRole("button", { name: "Menu", exact: true }).click();
      await expect(page.getByRole("dialog", { name: "Menu", exact: true })).toBeVisible();
      await collect(page, found, "phone menu sheet open");
      expect(found.size, report(theme, found)).toBe(0);
    });
  });
}

/** axe on the page as it is now (a dialog or menu open), filed under a label. */
async function collect(page: Page, found: Map<string, string[]>, label: string): Promise<void> {
  const violations = await axeViolations(page);
  if (violations.length) found.set(label, violations);
}

import { expect, test, type Locator, type Page } from "@playwright/test";
import { DEMO, openUserMenu, signIn } from "./helpers";

/** Every entry of the navigation, the page it opens and that page's heading. */
const MAIN = [
  { label: "Assessments", path: "/assessments", heading: /^Assessments/ },
  { label: "Portfolio", path: "/portfolio", heading: /^Portfolio/ },
  { label: "Next steps", path: "/next-steps", heading: /^Next steps/ },
  { label: "Framework", path: "/framework", heading: /^Zero Trust Readiness \d/ },
  { label: "Overview", path: "/", heading: /\S/ },
];
// Settings last: the settings pages are clicked through from there.
const ACCOUNT = [
  { label: "My account", path: "/settings/account", heading: /^My account$/ },
  { label: "Audit log", path: "/audit", heading: /^Audit log/ },
  { label: "Outbox", path: "/outbox", heading: /^Outbox/ },
  { label: "Settings", path: "/settings", heading: /^Organisation$/ },
];
const SETTINGS = [
  { label: "Members", path: "/settings/members", heading: /^Members$/ },
  { label: "Security", path: "/settings/security", heading: /^Security$/ },
  { label: "API tokens", path: "/settings/api-tokens", heading: /^API tokens$/ },
  { label: "My account", path: "/settings/account", heading: /^My account$/ },
  { label: "Organisation", path: "/settings", heading: /^Organisation$/ },
];

// Some of these pages are heavy (the framework lists every question): on a loaded machine a
// navigation can take longer than the default 10 s.
async function expectPage(page: Page, path: string, heading: RegExp): Promise<void> {
  await expect(page).toHaveURL((url) => url.pathname === path, { timeout: 20_000 });
  await expect(page.getByRole("heading", { level: 1, name: heading })).toBeVisible({ timeout: 20_000 });
}

/** Nothing wider than the window: no sideways scrolling anywhere on the page. */
async function expectNoSidewaysScroll(page: Page): Promise<void> {
  expect(await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth)).toBeLessThanOrEqual(0);
}

async function tabTo(page: Page, target: Locator): Promise<void> {
  for (let presses = 0; presses < 20; presses++) {
    if (await target.evaluate((element) => element === document.activeElement)) return;
    await page.keyboard.press("Tab");
  }
  await expect(target).toBeFocused();
}

async function clickSettingsPages(page: Page): Promise<void> {
  const nav = page.getByRole("navigation", { name: "Settings" });
  for (const entry of SETTINGS) {
    const link = nav.getByRole("link", { name: entry.label, exact: true });
    await link.click();
    await expectPage(page, entry.path, entry.heading);
    await expect(link).toHaveAttribute("aria-current", "page");
    await expectNoSidewaysScroll(page);
  }
}

test("at 1440 px every entry is in the bar or the account menu, on one line, and opens its page", async ({ page }) => {
  test.slow(); // Fourteen pages, one after the other.
  await page.setViewportSize({ width: 1440, height: 900 });
  await signIn(page, DEMO.email, DEMO.password);
  const nav = page.getByRole("navigation", { name: "Main" });
  await expect(page.getByRole("button", { name: "Menu", exact: true })).toBeHidden();
  const heights = new Set<number>();
  for (const entry of MAIN) {
    const link = nav.getByRole("link", { name: entry.label, exact: true });
    await link.click();
    await expectPage(page, entry.path, entry.heading);
    await expect(link).toHaveAttribute("aria-current", "page");
    heights.add(Math.round((await link.boundingBox())!.height));
  }
  // A wrapped label would make its entry taller than the others.
  expect(heights.size).toBe(1);
  for (const entry of ACCOUNT) {
    await openUserMenu(page, DEMO.name);
    await page.getByRole("menuitem", { name: entry.label, exact: true }).click();
    await expectPage(page, entry.path, entry.heading);
  }
  await clickSettingsPages(page);
});

test("from 1024 to 1920 px the bar holds every main entry without scrolling; below, the menu button takes over", async ({ page }) => {
  await signIn(page, DEMO.email, DEMO.password);
  const nav = page.getByRole("navigation", { name: "Main" });
  for (const width of [1024, 1180, 1280, 1920]) {
    await page.setViewportSize({ width, height: 800 });
    for (const entry of MAIN) await expect(nav.getByRole("link", { name: entry.label, exact: true })).toBeInViewport({ ratio: 1 });
    expect(await nav.evaluate((element) => element.scrollWidth - element.clientWidth), `main navigation at ${width} px`).toBeLessThanOrEqual(0);
    await expect(page.getByRole("button", { name: `Account menu for ${DEMO.name}` })).toBeInViewport({ ratio: 1 });
    await expectNoSidewaysScroll(page);
  }
  await page.setViewportSize({ width: 1023, height: 800 });
  await expect(nav).toBeHidden();
  await expect(page.getByRole("button", { name: "Menu", exact: true })).toBeVisible();
});

test("at 390 px the menu button opens every entry, and the account menu and settings pages work by touch", async ({ page }) => {
  test.slow(); // Fourteen pages, one after the other.
  await signIn(page, DEMO.email, DEMO.password);
  await page.setViewportSize({ width: 390, height: 844 });
  // The switcher lives in the menu on phones, not in the bar.
  await expect(page.getByRole("button", { name: /Switch organisation/ })).toBeHidden();
  const menu = page.getByRole("dialog", { name: "Menu", exact: true });
  for (const entry of [...MAIN, ...ACCOUNT.filter((item) => item.label !== "My account")]) {
    await page.getByRole("button", { name: "Menu", exact: true }).click();
    await expect(menu.getByRole("button", { name: /Switch organisation/ })).toBeVisible();
    await menu.getByRole("link", { name: entry.label, exact: true }).click();
    await expect(menu).toBeHidden();
    await expectPage(page, entry.path, entry.heading);
    await expectNoSidewaysScroll(page);
  }
  await page.getByRole("button", { name: "Menu", exact: true }).click();
  await expect(menu.getByRole("link", { name: "Settings", exact: true })).toHaveAttribute("aria-current", "page");
  await page.keyboard.press("Escape");
  await expect(menu).toBeHidden();
  for (const entry of ACCOUNT) {
    await openUserMenu(page, DEMO.name);
    await page.getByRole("menuitem", { name: entry.label, exact: true }).click();
    await expectPage(page, entry.path, entry.heading);
  }
  await clickSettingsPages(page);
});

test("at 320 px the bar fits and the menu still reaches every page", async ({ page }) => {
  await signIn(page, DEMO.email, DEMO.password);
  await page.setViewportSize({ width: 320, height: 640 });
  await expectNoSidewaysScroll(page);
  await expect(page.getByRole("button", { name: `Account menu for ${DEMO.name}` })).toBeInViewport({ ratio: 1 });
  await page.getByRole("button", { name: "Menu", exact: true }).click();
  const menu = page.getByRole("dialog", { name: "Menu", exact: true });
  await expect(menu).toBeInViewport({ ratio: 1 });
  await menu.getByRole("link", { name: "Next steps", exact: true }).click();
  await expectPage(page, "/next-steps", /^Next steps/);
});

test("at 390 px the menu works by keyboard alone: Enter opens it, focus stays inside, Escape closes it, Enter follows a link", async ({ page }) => {
  await signIn(page, DEMO.email, DEMO.password);
  await page.setViewportSize({ width: 390, height: 844 });
  const button = page.getByRole("button", { name: "Menu", exact: true });
  await expect(button).toBeEnabled();
  await page.locator("body").focus();
  await tabTo(page, button);
  await page.keyboard.press("Enter");
  const menu = page.getByRole("dialog", { name: "Menu", exact: true });
  await expect(menu).toBeVisible();
  for (let presses = 0; presses < 15; presses++) await page.keyboard.press("Tab");
  expect(await menu.evaluate((element) => element.contains(document.activeElement))).toBe(true);
  await page.keyboard.press("Escape");
  await expect(menu).toBeHidden();
  await expect(button).toBeFocused();

  await page.keyboard.press("Enter");
  await expect(menu).toBeVisible();
  await tabTo(page, menu.getByRole("link", { name: "Portfolio", exact: true }));
  await page.keyboard.press("Enter");
  await expect(menu).toBeHidden();
  await expectPage(page, "/portfolio", /^Portfolio/);
});

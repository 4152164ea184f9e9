import { readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";
import { expect, test } from "@playwright/test";

/**
 * The signed-out column of the authorisation matrix, over HTTP against the production build:
 * every server action (from Next's own manifest) and every route handler, called without a
 * session, is turned away. A new action or route is covered without editing this file.
 */
const PUBLIC_ACTIONS = new Set(["signInAction", "signUpAction", "twoFactorSignInAction", "singleSignOnAction", "signOutAction", "requestPasswordResetAction", "resetPasswordAction", "setupAction"]);

interface ManifestEntry {
  workers: Record<string, unknown>;
  filename: string;
  exportedName: string;
}

/** "app/(app)/settings/page" → "/settings"; dynamic segments get a harmless value. */
function pagePath(worker: string): string {
  const segments = worker
    .replace(/^app\//, "")
    .replace(/\/?page$/, "")
    .split("/")
    .filter((segment) => segment && !/^\(.*\)$/.test(segment))
    .map((segment) => (segment.startsWith("[") ? "x" : segment));
  return `/${segments.join("/")}`;
}

const manifest = JSON.parse(readFileSync(path.resolve(".next/server/server-reference-manifest.json"), "utf8")).node as Record<string, ManifestEntry>;
const actions = Object.entries(manifest).filter(([, entry]) => !PUBLIC_ACTIONS.has(entry.exportedName));

function routeFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((entry) => {
    const full = path.join(dir, entry);
    return statSync(full).isDirectory() ? routeFiles(full) : entry === "route.ts" ? [full] : [];
  });
}
/** Every route handler with the methods it exports, e.g. ["api/v1/assessments/[id]", "PATCH"]. */
/** Probes for load balancers and orchestrators answer anyone, by design, and say nothing but up or ready. */
const PUBLIC_ROUTES = new Set(["api/health", "api/ready"]);
const routes = routeFiles(path.resolve("app/api"))
  .filter((file) => !path.relative(path.resolve("app"), file).startsWith("api/auth") && !PUBLIC_ROUTES.has(path.relative(path.resolve("app"), path.dirname(file))))
  .flatMap((file) =>
    [...readFileSync(file, "utf8").matchAll(/^export async function (GET|POST|PUT|PATCH|DELETE)\b/gm)].map(
      (match) => [path.relative(path.resolve("app"), path.dirname(file)), match[1]!] as const,
    ),
  );

test("every server action turns a signed-out caller away to sign-in", async ({ request }) => {
  expect(actions.length).toBeGreaterThanOrEqual(15);
  const origin = new URL(test.info().project.use.baseURL!).origin;
  for (const [id, entry] of actions) {
    const page = pagePath(Object.keys(entry.workers)[0]!);
    const response = await request.post(page, {
      headers: { "next-action": id, "content-type": "text/plain;charset=UTF-8", origin },
      data: JSON.stringify([{}]),
      maxRedirects: 0,
    });
    const label = `${entry.filename}#${entry.exportedName} via ${page}`;
    expect(response.status(), label).toBeLessThan(500);
    expect(response.headers()["x-action-redirect"], label).toMatch(/^\/sign-in/);
  }
});

test("the health and readiness probes answer a signed-out caller, with nothing but their status", async ({ request }) => {
  for (const route of PUBLIC_ROUTES) {
    const response = await request.get(`/${route}`);
    expect(response.status(), route).toBe(200);
    expect(response.headers()["cache-control"], route).toContain("no-store");
    expect(Object.keys(await response.json()), route).toEqual(["status"]);
  }
});

test("every route handler answers a signed-out caller with 401", async ({ request }) => {
  expect(routes.length).toBeGreaterThanOrEqual(10);
  for (const [route, method] of routes) {
    const url = `/${route.split(path.sep).map((segment) => (segment.startsWith("[") ? "zt-2026.1" : segment)).join("/")}`;
    const response = await request.fetch(url, { method, data: method === "GET" || method === "DELETE" ? undefined : {} });
    expect(response.status(), `${method} ${url}`).toBe(401);
    expect((await response.json()).code, `${method} ${url}`).toBe("unauthenticated");
  }
});

/**
 * Every server action and route handler is an endpoint anyone can call. Each must reach the
 * session (or token) check before anything else: actions through runAction/requireActor,
 * route handlers through getActor/getRequestActor. New files are picked up automatically.
 */
import { readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";

const ROOT = path.resolve(import.meta.dirname, "../..");
/** Route handlers live under app/, server actions under lib/actions/. */
const SOURCES = ["app", "lib/actions"].map((dir) => path.join(ROOT, dir));

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((entry) => {
    const full = path.join(dir, entry);
    return statSync(full).isDirectory() ? files(full) : [full];
  });
}

/** Endpoints open to signed-out callers on purpose, and why. */
const PUBLIC: Record<string, string> = {
  "lib/actions/auth.ts#signInAction": "signing in",
  "lib/actions/auth.ts#signUpAction": "creating an account",
  "lib/actions/auth.ts#twoFactorSignInAction": "second step of signing in (pending-sign-in cookie)",
  "lib/actions/auth.ts#singleSignOnAction": "starting single sign-on",
  "lib/actions/auth.ts#signOutAction": "signing out",
  "lib/actions/password-reset.ts#requestPasswordResetAction": "asking for a reset link: rate-limited, the same answer for every address",
  "lib/actions/password-reset.ts#resetPasswordAction": "setting a new password with a mailed single-use link",
  "lib/actions/setup.ts#setupAction": "creating the first owner while there are no users, with the setup code from the server log",
  "app/api/auth/[...all]/route.ts#GET": "better-auth's own endpoints",
  "app/api/auth/[...all]/route.ts#POST": "better-auth's own endpoints",
  "app/api/health/route.ts#GET": "liveness for load balancers and probes: says only that the process answers",
  "app/api/ready/route.ts#GET": "readiness for load balancers and probes: says only whether this server takes traffic, and which check failed",
};

function exportedFunctions(source: string): { name: string; body: string }[] {
  const starts = [...source.matchAll(/^export (?:async )?function (\w+)|^export const \{ (\w+), (\w+) \}/gm)];
  return starts.flatMap((match, index) => {
    const body = source.slice(match.index, starts[index + 1]?.index ?? source.length);
    return [match[1], match[2], match[3]].filter((name): name is string => Boolean(name)).map((name) => ({ name, body }));
  });
}

const endpoints = SOURCES.flatMap(files)
  .filter((file) => (file.endsWith(".ts") && readFileSync(file, "utf8").startsWith('"use server"')) || /route\.ts$/.test(file))
  .flatMap((file) => exportedFunctions(readFileSync(file, "utf8")).map((fn) => ({ id: `${path.relative(ROOT, file)}#${fn.name}`, ...fn })));

describe("endpoints", () => {
  it("finds the server actions and route handlers", () => {
    expect(endpoints.length).toBeGreaterThan(20);
  });

  it.each(endpoints.map((endpoint) => [endpoint.id, endpoint] as const))("%s checks who is calling", (id, endpoint) => {
    if (PUBLIC[id]) return;
    expect(endpoint.body, `${id} must call runAction, requireActor, getActor or getRequestActor`).toMatch(/\b(runAction|requireActor|requireMembership|getActor|getRequestActor|handleApi|handleUpload)\(/);
  });

  it("lists only public endpoints that exist", () => {
    const ids = new Set(endpoints.map((endpoint) => endpoint.id));
    expect(Object.keys(PUBLIC).filter((id) => !ids.has(id))).toEqual([]);
  });
});

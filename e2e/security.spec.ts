import http from "node:http";
import { expect, type Page, test } from "@playwright/test";
import { ZApiError } from "../lib/validation/api-responses";
import { DEMO, signIn } from "./helpers";

test("every page carries a per-request CSP nonce and the hardening headers", async ({ request }) => {
  const [first, second] = [await request.get("/sign-in"), await request.get("/sign-in")];
  const headers = first.headers();
  expect(headers["strict-transport-security"]).toBe("max-age=63072000; includeSubDomains");
  expect(headers["x-content-type-options"]).toBe("nosniff");
  expect(headers["referrer-policy"]).toBe("strict-origin-when-cross-origin");
  expect(headers["permissions-policy"]).toContain("camera=()");
  expect(headers["x-request-id"]).toMatch(/^[0-9a-f-]{36}$/);
  expect(headers["x-powered-by"]).toBeUndefined();

  const csp = headers["content-security-policy"]!;
  expect(csp).toContain("frame-ancestors 'none'");
  expect(csp).toContain("object-src 'none'");
  const nonce = /'nonce-([^']+)'/.exec(csp)?.[1];
  expect(nonce).toBeTruthy();
  expect(second.headers()["content-security-policy"]).not.toContain(nonce);

  const html = await first.text();
  const scripts = [...html.matchAll(/<script\b[^>]*>/g)].map((match) => match[0]);
  expect(scripts.length).toBeGreaterThan(0);
  for (const script of scripts) expect(script).toContain(`nonce="${nonce}"`);
});

test("pages run under the CSP without violations", async ({ page }) => {
  const violations: string[] = [];
  page.on("console", (message) => {
    if (/Content Security Policy/i.test(message.text())) violations.push(message.text());
  });
  await signIn(page, DEMO.email, DEMO.password);
  await page.goto("/settings/members");
  await expect(page.getByRole("heading", { name: "Members", exact: true })).toBeVisible();
  expect(violations).toEqual([]);
});

test("cross-site writes and oversized bodies are refused before they reach the app", async ({ request }) => {
  const crossSite = await request.post("/api/auth/sign-in/email", {
    data: { email: DEMO.email, password: DEMO.password },
    headers: { origin: "https://evil.example" },
  });
  expect(crossSite.status()).toBe(403);
  expect(await crossSite.json()).toMatchObject({ code: "cross_origin" });

  const huge = await request.post("/api/auth/sign-in/email", {
    data: { email: DEMO.email, password: "x".repeat(1024 * 1024 + 10) },
    headers: { origin: new URL(test.info().project.use.baseURL!).origin },
  });
  expect(huge.status()).toBe(413);
});

test("the API, which skips the proxy, refuses cross-site writes before the app and answers with its own headers", async ({ page }) => {
  await signIn(page, DEMO.email, DEMO.password);
  const [assessment] = (await (await page.request.get("/api/v1/assessments")).json()).assessments as { id: string }[];
  const route = `/api/v1/assessments/${assessment!.id}/answers`;
  const body = { answers: [{ questionId: "IDN-01", value: "optimal", note: "", evidence: [], expectedVersion: 1 }] };
  for (const headers of [{ origin: "https://evil.example" }, { "sec-fetch-site": "cross-site" }] as Record<string, string>[]) {
    const refused = await page.request.put(route, { data: body, headers });
    expect(refused.status()).toBe(403);
    const error = ZApiError.parse(await refused.json());
    expect(error.code).toBe("cross_origin");
    expect(refused.headers()["x-request-id"]).toMatch(/^[0-9a-f-]{36}$/);
  }
  // Reads from anywhere change nothing; their answers carry the request id and a CSP that lets nothing run.
  const read = await page.request.get(route, { headers: { origin: "https://evil.example" } });
  expect(read.status()).toBe(200);
  const headers = read.headers();
  expect(headers["x-request-id"]).toMatch(/^[0-9a-f-]{36}$/);
  expect(headers["content-security-policy"]).toBe("default-src 'none'; frame-ancestors 'none'");
  expect(headers["x-content-type-options"]).toBe("nosniff");
  expect(headers["x-frame-options"]).toBe("DENY");
});

/** A request sent as Node sends it, so the body can be chunked (no Content-Length) or the path left undecoded. */
function raw(path: string, { method = "GET", headers = {}, chunks = [] as string[] } = {}): Promise<{ status: number; type: string; body: string }> {
  const base = new URL(test.info().project.use.baseURL!);
  return new Promise((resolve, reject) => {
    let answered = false;
    const request = http.request({ host: base.hostname, port: base.port, method, path, headers: { origin: base.origin, ...headers } }, (response) => {
      answered = true;
      let body = "";
      response.setEncoding("utf8");
      response.on("data", (chunk: string) => (body += chunk));
      response.on("end", () => resolve({ status: response.statusCode ?? 0, type: response.headers["content-type"] ?? "", body }));
    });
    // The server may answer 413 and stop reading before the last chunk is sent.
    request.on("error", (error) => (answered ? undefined : reject(error)));
    if (chunks.length > 0) request.setHeader("transfer-encoding", "chunked");
    const send = (index: number) => {
      if (index === chunks.length) return request.end();
      if (request.write(chunks[index]!)) send(index + 1);
      else request.once("drain", () => send(index + 1));
    };
    send(0);
  });
}

/** Over 1 MB of JSON in 64 KB chunks, with no Content-Length. */
const chunkedJson = (field: string) => [`{"${field}":"`, ...Array.from({ length: 20 }, () => "a".repeat(64 * 1024)), '"}'];
const deepJson = (depth: number) => `{"name":${"[".repeat(depth)}1${"]".repeat(depth)}}`;

async function sessionCookie(page: Page): Promise<string> {
  await signIn(page, DEMO.email, DEMO.password);
  return (await page.context().cookies()).map((cookie) => `${cookie.name}=${cookie.value}`).join("; ");
}

test("a chunked body over 1 MB is refused with 413 wherever a body is read", async ({ page }) => {
  const cookie = await sessionCookie(page);
  const json = { "content-type": "application/json", cookie };
  for (const [path, method] of [
    ["/api/v1/assessments", "POST"],
    ["/api/v1/assessments/import", "POST"],
    ["/api/v1/assessments/any-id", "PATCH"],
    ["/api/auth/sign-in/email", "POST"],
  ] as const) {
    const response = await raw(path, { method, headers: json, chunks: chunkedJson("name") });
    expect(response.status, `${method} ${path}`).toBe(413);
    expect(ZApiError.parse(JSON.parse(response.body)).code).toBe("payload_too_large");
  }
  // A server action (the sign-in form's, sent as the browser would but chunked) is refused the same way.
  const action = await raw("/sign-in", { method: "POST", headers: { "next-action": "0".repeat(42), "content-type": "text/plain;charset=UTF-8" }, chunks: chunkedJson("email") });
  expect(action.status).toBe(413);
  expect(ZApiError.parse(JSON.parse(action.body)).code).toBe("payload_too_large");
  // Under the limit the same kind of body goes through.
  const small = await raw("/api/v1/assessments", { method: "POST", headers: json, chunks: ['{"name":', '"Chunked but small"}'] });
  expect(small.status).toBe(201);
});

test("JSON nested deeper than 32 levels is refused with 400 before it is parsed", async ({ page }) => {
  const cookie = await sessionCookie(page);
  for (const path of ["/api/v1/assessments", "/api/v1/assessments/import", "/api/auth/sign-in/email"]) {
    const response = await page.request.post(path, { data: deepJson(10_000), headers: { "content-type": "application/json", cookie } });
    expect(response.status(), path).toBe(400);
    expect(ZApiError.parse(await response.json())).toMatchObject({ code: "invalid_input", message: "The request body nests deeper than 32 levels." });
  }
  const shallow = await page.request.post("/api/v1/assessments", { data: deepJson(30), headers: { "content-type": "application/json" } });
  expect(shallow.status()).toBe(400);
  expect((await shallow.json()).fields).toHaveProperty("name");
});

test("NUL in an audit filter is a clear 400 for the export and a form error on the page", async ({ page }) => {
  await signIn(page, DEMO.email, DEMO.password);
  const exported = await page.request.get("/api/v1/audit/export?actor=a%00b");
  expect(exported.status()).toBe(400);
  expect(ZApiError.parse(await exported.json())).toMatchObject({ code: "invalid_input", message: expect.stringContaining("printable characters") });

  const response = await page.goto("/audit?actor=a%00b");
  expect(response?.status()).toBe(200);
  await expect(page.getByRole("alert").filter({ hasText: "printable characters" })).toBeVisible();
});

const MALFORMED = ["%ZZ", "%E0%A4%A", "%ED%A0%80", "a%"];

test("malformed percent-encoding in a path is a 4xx, never a 500, signed in or not", async ({ page }) => {
  const check = async (cookie?: string) => {
    for (const segment of MALFORMED) {
      for (const path of [`/api/v1/assessments/${segment}`, `/api/v1/assessments/x/snapshots/${segment}`, `/api/v1/framework/${segment}`]) {
        const response = await raw(path, { headers: cookie ? { cookie } : {} });
        expect(response.status, path).toBe(400);
        expect(ZApiError.parse(JSON.parse(response.body)).code, path).toBe("invalid_input");
      }
      for (const path of [`/assessments/${segment}/dashboard`, `/invite/${segment}`]) {
        const response = await raw(path, { headers: cookie ? { cookie } : {} });
        expect(response.status, path).toBe(404);
        expect(response.type, path).toContain("text/html");
        expect(response.body, path).toContain("Not found");
      }
    }
  };
  await check();
  await check(await sessionCookie(page));
});

test("signing in with a crafted next address lands on an app page, never another site", async ({ page }) => {
  // More variants are unit tests of safeRedirectPath; these reach the redirect of a real sign-in.
  for (const next of ["/%0A/evil.example", "/%09/evil.example", "/.//evil.example"]) {
    await page.goto(`/sign-in?next=${next}`);
    await page.getByLabel("Email").fill(DEMO.email);
    await page.getByLabel("Password").fill(DEMO.password);
    await page.getByRole("button", { name: "Sign in", exact: true }).click();
    await expect(page.getByRole("navigation", { name: "Main" })).toBeVisible();
    expect(new URL(page.url()).origin, next).toBe(new URL(test.info().project.use.baseURL!).origin);
    await page.context().clearCookies();
  }
});

test("build files answer only reads: any other method is a 405, never a 500", async ({ request }) => {
  const html = await (await request.get("/sign-in")).text();
  const chunk = /\/_next\/static\/[\w./-]+\.js/.exec(html)?.[0];
  expect(chunk).toBeTruthy();
  expect((await request.get(chunk!)).status()).toBe(200);
  for (const method of ["POST", "PUT", "DELETE", "PATCH"]) {
    const response = await request.fetch(chunk!, { method, data: "<x/>", headers: { "content-type": "application/xml" } });
    expect(response.status(), method).toBe(405);
    expect(ZApiError.parse(await response.json()).code).toBe("method_not_allowed");
  }
});

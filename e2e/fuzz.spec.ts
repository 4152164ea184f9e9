import http from "node:http";
import fc from "fast-check";
import { expect, test } from "@playwright/test";
import { ZApiError } from "../lib/validation/api-responses";
import { DEMO, signIn, signUp } from "./helpers";

const origin = () => ({ origin: new URL(test.info().project.use.baseURL!).origin, "content-type": "application/json" });

// Structured sign-in guesses would count towards the shared loopback IP's lockout, so sign-in
// gets arbitrary values only; sign-up gets both.
test("random sign-in and sign-up bodies never cause a 500", async ({ request }) => {
  await fc.assert(
    fc.asyncProperty(
      fc.oneof(
        fc.tuple(fc.constant("/api/auth/sign-in/email"), fc.anything()),
        fc.tuple(
          fc.constant("/api/auth/sign-up/email"),
          fc.oneof(fc.anything(), fc.record({ email: fc.oneof(fc.string(), fc.emailAddress(), fc.anything()), password: fc.anything(), name: fc.anything() })),
        ),
      ),
      async ([path, body]) => {
        const response = await request.post(path, { data: JSON.stringify(body) ?? "null", headers: origin() });
        expect(response.status(), `${path} ${JSON.stringify(body)}`).toBeLessThan(500);
      },
    ),
    { numRuns: 40 },
  );
});

test("random audit filters never cause a 500", async ({ page }) => {
  await signIn(page, DEMO.email, DEMO.password);
  await fc.assert(
    fc.asyncProperty(fc.dictionary(fc.constantFrom("actor", "action", "from", "to", "other"), fc.string({ maxLength: 300 })), async (filter) => {
      const response = await page.request.get(`/api/v1/audit/export?${new URLSearchParams(filter)}`);
      expect(response.status(), JSON.stringify(filter)).toBeLessThan(500);
    }),
    { numRuns: 40 },
  );
});

// ---------------------------------------------------------------------------------------------
// Every /api/v1 operation of the published OpenAPI document, with valid credentials, fed
// malformed ids, query strings and bodies: nothing may answer 5xx, and every error is the
// documented JSON shape.

interface Operation {
  method: string;
  template: string;
  query: string[];
  bodyFields: string[];
  hasBody: boolean;
  /** Its success is a rendered PDF: seconds of CPU each, so it gets fewer requests. */
  renders: boolean;
}

interface OpenApiDocument {
  paths: Record<
    string,
    Record<string, { parameters?: { name: string; in: string }[]; requestBody?: { content: Record<string, { schema: { properties?: Record<string, unknown>; $ref?: string } }> }; responses?: Record<string, { content?: Record<string, unknown> }> }>
  >;
  components: { schemas: Record<string, { properties?: Record<string, unknown> }> };
}

const METHODS = ["get", "post", "put", "patch", "delete"];
const CONCURRENCY = 3;
/** Requests for an operation that renders a PDF: enough to cover its input parsing, few enough that renders do not take the run's time. */
const PER_RENDERING_OPERATION = 60;

function operationsOf(doc: OpenApiDocument): Operation[] {
  return Object.entries(doc.paths).flatMap(([template, item]) =>
    METHODS.filter((method) => item[method]).map((method) => {
      const operation = item[method]!;
      const schema = operation.requestBody?.content["application/json"]?.schema;
      const resolved = schema?.$ref ? doc.components.schemas[schema.$ref.split("/").at(-1)!] : schema;
      return {
        method: method.toUpperCase(),
        template,
        query: (operation.parameters ?? []).concat((item as { parameters?: { name: string; in: string }[] }).parameters ?? []).filter((p) => p.in === "query").map((p) => p.name),
        bodyFields: Object.keys(resolved?.properties ?? {}),
        hasBody: method !== "get" && method !== "delete",
        renders: Boolean(operation.responses?.["200"]?.content?.["application/pdf"]),
      };
    }),
  );
}

/** Percent-encodes the UTF-8 bytes of any string (lone surrogates included, as U+FFFD). */
const encode = (text: string) => [...Buffer.from(text, "utf8")].map((byte) => (/[\w.~-]/.test(String.fromCharCode(byte)) ? String.fromCharCode(byte) : `%${byte.toString(16).padStart(2, "0").toUpperCase()}`)).join("");

/** Already-encoded path or query pieces, many of them not valid percent-encoding on purpose. */
const RAW_PIECES = ["%ZZ", "%E0%A4%A", "%ED%A0%80", "%C0%AF", "%FF", "%", "%%", "%0", "%00", "a%00b", "%2F", "%5C", "..", ".", "%2e%2e", "%F0%9F%98", "%uD800", "x".repeat(6000)];
const junkText = fc.oneof(
  fc.string({ maxLength: 40 }),
  fc.string({ unit: "binary", maxLength: 40 }),
  fc.constantFrom("\0", "a\0b", "\ud800", "x\udc00y", "😀", "\u202e", "=cmd|' /C calc'!A0", "' OR 1=1 --", "<script>", "x".repeat(3000), "null", "[]", "{}"),
);
const segment = (valid: string) => fc.oneof(fc.constant(valid), fc.constantFrom(...RAW_PIECES), junkText.map(encode));
const junkValue: fc.Arbitrary<unknown> = fc.oneof(
  junkText,
  fc.integer(),
  fc.double(),
  fc.boolean(),
  fc.constant(null),
  fc.array(junkText, { maxLength: 5 }),
  fc.dictionary(junkText, junkText, { maxKeys: 4 }),
  fc.constantFrom("draft", "archived", "optimal", "not_applicable", "zt-2026.1", 0, -1, 2 ** 31, 1e308),
);
const deep = (depth: number) => `${"[".repeat(depth)}${"]".repeat(depth)}`;
const body = (fields: string[]) =>
  fc.oneof(
    fc.anything().map((value) => JSON.stringify(value) ?? "null"),
    (fields.length > 0 ? fc.dictionary(fc.constantFrom(...fields), junkValue, { maxKeys: fields.length }) : fc.dictionary(junkText, junkValue)).map((value) => JSON.stringify(value)),
    fc.array(fc.record({ questionId: junkValue, value: junkValue, expectedVersion: junkValue, note: junkValue, evidence: junkValue }, { requiredKeys: [] }), { maxLength: 3 }).map((answers) => JSON.stringify({ answers })),
    fc.constantFrom("", "{", '{"name":', "nul", "\u0000", '{"name":"\\ud800"}', '{"name":"a\\u0000b"}', "\xff\xfe", deep(40), `{"name":${deep(5000)}}`, JSON.stringify({ name: "x".repeat(200_000) }), `[${"1,".repeat(100_000)}1]`),
    fc.string({ unit: "binary", maxLength: 200 }),
  );
const query = (names: string[]) =>
  fc
    .array(fc.tuple(fc.oneof(fc.constantFrom(...names, "other"), junkText.map(encode)), fc.oneof(junkText.map(encode), fc.constantFrom(...RAW_PIECES))), { maxLength: 4 })
    .map((pairs) => (pairs.length > 0 ? `?${pairs.map(([key, value]) => `${key}=${value}`).join("&")}` : ""));

interface FuzzRequest {
  method: string;
  path: string;
  body?: string;
  auth: "token" | "session" | "none";
}

test("every /api/v1 operation of the OpenAPI document answers malformed input with a documented 4xx, never a 5xx", async ({ page }) => {
  test.setTimeout(115_000);
  await signUp(page, "Fuzz Owner");
  const created = await page.request.post("/api/v1/assessments", { data: { name: "Fuzz target" } });
  const assessmentId = ((await created.json()) as { assessment: { id: string } }).assessment.id;
  const snapshot = await page.request.post(`/api/v1/assessments/${assessmentId}/snapshots`, { data: { label: "Fuzz" } });
  const snapshotId = ((await snapshot.json()) as { snapshot: { id: string } }).snapshot.id;

  // An API token with every scope: the form checks them all by default.
  await page.goto("/settings/api-tokens");
  await page.getByLabel("Token name").fill("Fuzzer");
  await page.getByRole("button", { name: "Create token" }).click();
  await expect(page.getByTestId("api-token-row").filter({ hasText: "Fuzzer" })).toBeVisible();
  const token = (await page.getByTestId("api-token-secret").textContent())!.trim();
  const cookie = (await page.context().cookies()).map((entry) => `${entry.name}=${entry.value}`).join("; ");

  const doc = (await (await page.request.get("/api/v1/openapi.json", { headers: { authorization: `Bearer ${token}` } })).json()) as OpenApiDocument;
  const operations = operationsOf(doc);
  expect(operations.length).toBeGreaterThanOrEqual(13);
  expect(operations.filter((operation) => operation.renders).map((operation) => operation.template)).toEqual(["/api/v1/assessments/{id}/report"]);

  const rendering = operations.filter((operation) => operation.renders).length;
  const PER_OPERATION = Math.ceil((5_100 - rendering * PER_RENDERING_OPERATION) / (operations.length - rendering));
  const requests: FuzzRequest[] = operations.flatMap((operation, index) =>
    fc.sample(
      fc.record({
        // Deleting the target would leave the other operations only unknown ids to try.
        id: operation.method === "DELETE" ? segment("no-such-assessment") : segment(assessmentId),
        snapshotId: segment(snapshotId),
        query: query(operation.query),
        body: operation.hasBody ? fc.option(body(operation.bodyFields), { freq: 8 }) : fc.constant(null),
        auth: fc.constantFrom<FuzzRequest["auth"]>("token", "token", "token", "token", "session", "none"),
      }),
      { numRuns: operation.renders ? PER_RENDERING_OPERATION : PER_OPERATION, seed: 20261201 + index },
    ).map(({ id, snapshotId: snapshot, query: search, body: text, auth }) => ({
      method: operation.method,
      // Node refuses request lines over 16 KB itself (431, no body); stay under that.
      path: `${operation.template.replace("{id}", id).replace("{snapshotId}", snapshot)}${search}`.slice(0, 12_000),
      body: text ?? undefined,
      auth,
    })),
  );

  const base = new URL(test.info().project.use.baseURL!);
  // Enough in flight to keep the server busy. Its one process answers them one at a time, so more
  // would not finish sooner (eight took 26–45 s here, three 26–41 s); they would only queue ahead
  // of the pages of the tests running beside this one.
  const agent = new http.Agent({ keepAlive: true, maxSockets: CONCURRENCY });
  const send = (request: FuzzRequest) =>
    new Promise<{ status: number; type: string; text: string }>((resolve, reject) => {
      const headers: Record<string, string> = { origin: base.origin, "content-type": "application/json" };
      if (request.auth === "token") headers.authorization = `Bearer ${token}`;
      if (request.auth === "session") headers.cookie = cookie;
      const outgoing = http.request({ agent, host: base.hostname, port: base.port, method: request.method, path: request.path, headers }, (response) => {
        const chunks: Buffer[] = [];
        response.on("data", (chunk: Buffer) => chunks.push(chunk));
        response.on("end", () => resolve({ status: response.statusCode ?? 0, type: response.headers["content-type"] ?? "", text: Buffer.concat(chunks).toString("utf8") }));
      });
      outgoing.on("error", reject);
      outgoing.setTimeout(15_000, () => outgoing.destroy(new Error(`no answer in 15 s: ${request.method} ${request.path.slice(0, 200)} ${request.body?.slice(0, 100)}`)));
      outgoing.end(request.body === undefined ? undefined : Buffer.from(request.body, "utf8"));
    });

  const failures: string[] = [];
  const statuses = new Map<number, number>();
  let next = 0;
  const started = Date.now();
  await Promise.all(
    Array.from({ length: CONCURRENCY }, async () => {
      while (next < requests.length) {
        const request = requests[next++]!;
        const response = await send(request);
        statuses.set(response.status, (statuses.get(response.status) ?? 0) + 1);
        const describe = `${request.method} ${request.path.slice(0, 200)} [${request.auth}] ${request.body?.slice(0, 120) ?? ""} → ${response.status} ${response.text.slice(0, 200)}`;
        if (response.status >= 500) failures.push(describe);
        else if (response.status >= 400) {
          let parsed = false;
          try {
            parsed = response.type.includes("application/json") && ZApiError.safeParse(JSON.parse(response.text)).success;
          } catch {
            parsed = false;
          }
          if (!parsed) failures.push(`undocumented error body: ${describe}`);
        }
      }
    }),
  );
  agent.destroy();
  const seconds = ((Date.now() - started) / 1000).toFixed(1);
  console.log(`OpenAPI fuzz: ${requests.length} requests over ${operations.length} operations in ${seconds} s; statuses ${JSON.stringify(Object.fromEntries([...statuses].sort()))}; ${failures.length} bad answers`);
  expect(failures.slice(0, 20), `${failures.length} bad answers`).toEqual([]);
  expect(requests.length).toBeGreaterThanOrEqual(5_000);
});

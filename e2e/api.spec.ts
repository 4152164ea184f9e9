import { expect, test } from "@playwright/test";
import { z } from "zod";
import { LATEST_FRAMEWORK } from "../lib/framework/index";
import {
  ZApiAnswer,
  ZApiAssessment,
  ZApiAssessmentSummary,
  ZApiConflict,
  ZApiError,
  ZApiScores,
  ZApiSnapshot,
  ZApiSnapshotSummary,
} from "../lib/validation/api-responses";
import { signUp } from "./helpers";

/** Parses a response with the schema the OpenAPI document publishes for it: the description stays true. */
async function body<S extends z.ZodType>(response: { json: () => Promise<unknown> }, schema: S): Promise<z.infer<S>> {
  return schema.parse(await response.json());
}

test("the v1 API: create with defaults, read, update, answers with versions, snapshots, scores, delete", async ({ page }) => {
  await signUp(page, "Api Ada");
  const api = page.request;

  const created = await api.post("/api/v1/assessments", { data: { name: "From the API" } });
  expect(created.status()).toBe(201);
  const { assessment } = await body(created, z.object({ assessment: ZApiAssessment }));
  expect(assessment).toMatchObject({ name: "From the API", scope: "", status: "draft", frameworkVersion: LATEST_FRAMEWORK.id, answered: 0, owner: { name: "Api Ada" } });
  // The default business scenario's targets, with its question-group targets.
  expect(assessment.targets).toEqual({ ...LATEST_FRAMEWORK.presets[0]!.targets, groups: LATEST_FRAMEWORK.presets[0]!.groups });
  expect(created.headers().location).toBe(`/api/v1/assessments/${assessment.id}`);

  const list = await body(await api.get("/api/v1/assessments?q=from the"), z.object({ assessments: z.array(ZApiAssessmentSummary) }));
  expect(list.assessments.map((row) => row.id)).toEqual([assessment.id]);

  const patched = await api.patch(`/api/v1/assessments/${assessment.id}`, { data: { name: "Renamed by API", status: "in_progress", targets: { data: "optimal" } } });
  expect((await body(patched, z.object({ assessment: ZApiAssessment }))).assessment).toMatchObject({ name: "Renamed by API", status: "in_progress", targets: { data: "optimal", identity: LATEST_FRAMEWORK.presets[0]!.targets.identity } });

  const url = `/api/v1/assessments/${assessment.id}/answers`;
  const first = await api.put(url, { data: { answers: [{ questionId: "IDN-01", value: "initial", expectedVersion: 0 }, { questionId: "IDN-02", value: "advanced", expectedVersion: 0 }] } });
  expect(first.status()).toBe(200);
  const saved = await body(first, z.object({ answers: z.array(ZApiAnswer) }));
  expect(saved.answers.map((answer) => [answer.questionId, answer.version])).toEqual([["IDN-01", 1], ["IDN-02", 1]]);

  const second = await api.put(url, { data: { answers: [{ questionId: "IDN-01", value: "advanced", expectedVersion: 1 }] } });
  expect((await body(second, z.object({ answers: z.array(ZApiAnswer) }))).answers[0]).toMatchObject({ value: "advanced", version: 2 });

  const stale = await api.put(url, { data: { answers: [{ questionId: "IDN-01", value: "optimal", expectedVersion: 1 }, { questionId: "IDN-03", value: "initial", expectedVersion: 0 }] } });
  expect(stale.status()).toBe(409);
  const conflict = await body(stale, ZApiConflict);
  expect(conflict.conflicts).toHaveLength(1);
  expect(conflict.conflicts[0]).toMatchObject({ questionId: "IDN-01", current: { value: "advanced", version: 2 }, mine: { value: "optimal" } });
  const afterConflict = await body(await api.get(url), z.object({ answers: z.array(ZApiAnswer) }));
  expect(afterConflict.answers.map((answer) => answer.questionId)).toEqual(["IDN-01", "IDN-02"]);

  const snapshot = await api.post(`/api/v1/assessments/${assessment.id}/snapshots`, { data: { label: "API baseline" } });
  expect(snapshot.status()).toBe(201);
  const { snapshot: summary } = await body(snapshot, z.object({ snapshot: ZApiSnapshotSummary }));
  expect(summary).toMatchObject({ label: "API baseline", takenBy: "Api Ada" });
  // The label is optional, and so is the body itself (with or without a content-length).
  const unlabelled = await api.post(`/api/v1/assessments/${assessment.id}/snapshots`);
  expect(unlabelled.status()).toBe(201);
  const chunked = await fetch(new URL(`/api/v1/assessments/${assessment.id}/snapshots`, page.url()), {
    method: "POST",
    headers: { cookie: (await page.context().cookies()).map((cookie) => `${cookie.name}=${cookie.value}`).join("; ") },
    body: new ReadableStream({ start: (controller) => controller.close() }),
    duplex: "half",
  } as RequestInit);
  expect(chunked.status).toBe(201);
  const history = await body(await api.get(`/api/v1/assessments/${assessment.id}/snapshots`), z.object({ snapshots: z.array(ZApiSnapshotSummary) }));
  expect(history.snapshots).toHaveLength(3);
  const frozen = await body(await api.get(`/api/v1/assessments/${assessment.id}/snapshots/${summary.id}`), z.object({ snapshot: ZApiSnapshot }));
  expect(frozen.snapshot.answers.map((answer) => answer.value)).toEqual(["advanced", "advanced"]);

  const scores = await body(await api.get(`/api/v1/assessments/${assessment.id}/scores`), ZApiScores);
  const identity = scores.scores.pillars.find((pillar) => pillar.pillar === "identity")!;
  // Two identity answers of eleven are too few to name a stage; the reason and the mean come instead.
  expect(identity).toMatchObject({ answered: 2, stage: null, unrated: "not_enough_answers", meanStage: "advanced", target: LATEST_FRAMEWORK.presets[0]!.targets.identity });
  expect(scores.nextSteps[0]).toMatchObject({ fromStage: expect.any(String), toStage: expect.any(String) });

  const csv = await api.get(`/api/v1/assessments/${assessment.id}/export?format=csv`);
  expect(csv.headers()["content-type"]).toContain("text/csv");
  expect((await csv.text()).split("\r\n")).toHaveLength(LATEST_FRAMEWORK.questions.length + 2);

  expect((await api.delete(`/api/v1/assessments/${assessment.id}`)).status()).toBe(204);
  const gone = await api.get(`/api/v1/assessments/${assessment.id}`);
  expect(gone.status()).toBe(404);
  expect(await body(gone, ZApiError)).toMatchObject({ code: "not_found" });
});

test("bad input is a 400 naming the field; another organisation's assessment is a 404", async ({ browser }) => {
  const owner = await browser.newContext();
  const stranger = await browser.newContext();
  try {
    const ownerPage = await owner.newPage();
    await signUp(ownerPage, "Olga Owner");
    const { assessment } = await body(await ownerPage.request.post("/api/v1/assessments", { data: { name: "Private" } }), z.object({ assessment: ZApiAssessment }));

    const cases: [string, unknown, string][] = [
      ["/api/v1/assessments", { name: "" }, "name"],
      ["/api/v1/assessments", { name: "x", frameworkVersion: "zt-1999.1" }, "frameworkVersion"],
      ["/api/v1/assessments", { name: "x", targets: { identity: "perfect" } }, "targets.identity"],
      ["/api/v1/assessments", { name: "x", presetId: "no-such-preset" }, "presetId"],
      ["/api/v1/assessments", { name: "nul\u0000byte" }, "name"],
    ];
    for (const [url, data, field] of cases) {
      const response = await ownerPage.request.post(url, { data });
      expect(response.status(), JSON.stringify(data)).toBe(400);
      expect((await body(response, ZApiError)).fields).toHaveProperty([field]);
    }
    const answers = `/api/v1/assessments/${assessment.id}/answers`;
    const badAnswer = await ownerPage.request.put(answers, { data: { answers: [{ questionId: "IDN-01", value: "not_applicable", expectedVersion: 0, evidence: ["javascript:alert(1)"] }] } });
    expect(badAnswer.status()).toBe(400);
    expect(Object.keys((await body(badAnswer, ZApiError)).fields ?? {}).sort()).toEqual(["answers[0].evidence[0]", "answers[0].naReason"]);
    const unknown = await ownerPage.request.put(answers, { data: { answers: [{ questionId: "NOPE-1", value: "initial", expectedVersion: 0 }] } });
    expect((await body(unknown, ZApiError)).fields).toHaveProperty(["answers[0].questionId"]);
    const notJson = await ownerPage.request.put(answers, { headers: { "content-type": "application/json" }, data: Buffer.from("{ nope") });
    expect(notJson.status()).toBe(400);
    expect((await body(notJson, ZApiError)).message).toContain("JSON");

    const strangerPage = await stranger.newPage();
    await signUp(strangerPage, "Sam Stranger");
    for (const [method, path] of [
      ["GET", ""],
      ["PATCH", ""],
      ["DELETE", ""],
      ["GET", "/answers"],
      ["PUT", "/answers"],
      ["GET", "/snapshots"],
      ["POST", "/snapshots"],
      ["GET", "/scores"],
      ["GET", "/export"],
    ] as const) {
      const data = method === "PUT" ? { answers: [{ questionId: "IDN-01", value: "optimal", expectedVersion: 0 }] } : method === "PATCH" ? { name: "Taken" } : undefined;
      const response = await strangerPage.request.fetch(`/api/v1/assessments/${assessment.id}${path}`, { method, data });
      expect(response.status(), `${method} ${path}`).toBe(404);
    }
    const still = await body(await ownerPage.request.get(`/api/v1/assessments/${assessment.id}`), z.object({ assessment: ZApiAssessment }));
    expect(still.assessment).toMatchObject({ name: "Private", answered: 0 });
  } finally {
    await Promise.all([owner.close(), stranger.close()]);
  }
});

test("the OpenAPI 3.1 document is served with the request schemas (lib/openapi.test.ts checks it covers every route file)", async ({ page }) => {
  await signUp(page, "Doc Reader");
  const response = await page.request.get("/api/v1/openapi.json");
  expect(response.status()).toBe(200);
  const doc = (await response.json()) as { openapi: string; paths: Record<string, Record<string, { requestBody?: { content: { "application/json": { schema: { properties?: object } } } } }>> };
  expect(doc.openapi).toBe("3.1.0");
  const create = doc.paths["/api/v1/assessments"]!.post!.requestBody!.content["application/json"].schema;
  expect(Object.keys(create.properties ?? {})).toEqual(expect.arrayContaining(["name", "scope", "frameworkVersion", "ownerId", "presetId", "targets"]));
  expect(JSON.stringify(doc.paths["/api/v1/assessments/{id}/answers"]!.put)).toContain("expectedVersion");
});

test("the exports and the framework download moved under /api/v1; the old addresses redirect there with their query", async ({ page }) => {
  await signUp(page, "Moved Exports");
  const moved = {
    "/api/audit/export?action=token.created": "/api/v1/audit/export?action=token.created",
    "/api/next-steps/export?owner=me&format=jira": "/api/v1/next-steps/export?owner=me&format=jira",
    [`/api/framework/${LATEST_FRAMEWORK.id}`]: `/api/v1/framework/${LATEST_FRAMEWORK.id}`,
  };
  for (const [old, now] of Object.entries(moved)) {
    const redirect = await page.request.get(old, { maxRedirects: 0 });
    expect(redirect.status(), old).toBe(308);
    expect(redirect.headers().location, old).toBe(now);
  }
  const framework = await page.request.get(`/api/framework/${LATEST_FRAMEWORK.id}`);
  expect(framework.status()).toBe(200);
  expect(framework.url()).toContain(`/api/v1/framework/${LATEST_FRAMEWORK.id}`);
  expect((await framework.json()).id).toBe(LATEST_FRAMEWORK.id);
  const csv = await page.request.get("/api/v1/next-steps/export?owner=me");
  expect(csv.status()).toBe(200);
  expect(csv.headers()["content-type"]).toContain("text/csv");
});

test("an API token drives v1 within its scopes", async ({ page, playwright }) => {
  await signUp(page, "Tia Token");
  const { assessment } = await body(await page.request.post("/api/v1/assessments", { data: { name: "Token target" } }), z.object({ assessment: ZApiAssessment }));
  await page.goto("/settings/api-tokens");
  await page.getByLabel("Token name").fill("Read-only dashboard");
  for (const box of await page.getByRole("checkbox", { name: /\./ }).all()) await box.uncheck();
  await page.getByRole("checkbox", { name: "assessment.read", exact: true }).check();
  await page.getByRole("button", { name: "Create token" }).click();
  await expect(page.getByTestId("api-token-row").filter({ hasText: "Read-only dashboard" })).toBeVisible();
  const token = (await page.getByTestId("api-token-secret").textContent())!.trim();

  const api = await playwright.request.newContext({ baseURL: test.info().project.use.baseURL, extraHTTPHeaders: { authorization: `Bearer ${token}` } });
  try {
    const list = await body(await api.get("/api/v1/assessments"), z.object({ assessments: z.array(ZApiAssessmentSummary) }));
    expect(list.assessments.map((row) => row.id)).toEqual([assessment.id]);
    const write = await api.put(`/api/v1/assessments/${assessment.id}/answers`, { data: { answers: [{ questionId: "IDN-01", value: "optimal", expectedVersion: 0 }] } });
    expect(write.status()).toBe(403);
    expect((await body(write, ZApiError)).code).toBe("forbidden");
    expect((await api.post("/api/v1/assessments", { data: { name: "Not allowed" } })).status()).toBe(403);
  } finally {
    await api.dispose();
  }
});

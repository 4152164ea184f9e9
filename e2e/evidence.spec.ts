import http from "node:http";
import { expect, test, type Page } from "@playwright/test";
import { KNOWN_TESTS, UTF8_BOM, ztaReportHtml, ztaReportJson, type FixtureReport } from "../lib/evidence/zero-trust-assessment/sample-report";
import { ZApiScores } from "../lib/validation/api-responses";
import { expectNoAxeViolations, waitForHydration } from "./axe";
import { signUp } from "./helpers";

test.describe.configure({ timeout: 120_000 });

const { privilegedPhishingResistant: adminMfa, fewGlobalAdmins, onDemandScans } = KNOWN_TESTS;
/** Markdown from the file trying to run script, load an image from elsewhere and link to javascript:. */
const HOSTILE_RESULT = '<script>window.pwned = 1</script><img src="https://attacker.example/pixel.png" onerror="window.pwned = 2">\n\n[click me](javascript:window.pwned=3) ![pixel](https://attacker.example/p.png)\n\n**Bold finding** and a [real link](https://learn.microsoft.com/entra/).';

const firstRun: FixtureReport = {
  executedAt: "2026-11-01T08:00:00.000000+01:00",
  tests: [
    { id: adminMfa.id, status: "Failed", risk: "High", result: HOSTILE_RESULT },
    { id: fewGlobalAdmins.id, status: "Passed" },
    { id: onDemandScans.id, status: "Passed", pillar: ["Data", "AI"] },
    { id: "99999", title: "A test newer than the mapping", status: "Failed", pillar: "Nowhere", category: "Nothing" },
  ],
};
const secondRun: FixtureReport = {
  executedAt: "2026-12-01T08:00:00.000000+01:00",
  tests: [
    { id: adminMfa.id, status: "Passed", risk: "High" },
    { id: fewGlobalAdmins.id, status: "Failed" },
    { id: onDemandScans.id, status: "Passed" },
  ],
};

async function assessmentWithAnswers(page: Page): Promise<string> {
  await signUp(page, "Eve Evidence");
  const created = await page.request.post("/api/v1/assessments", { data: { name: "Evidence review" } });
  const { assessment } = (await created.json()) as { assessment: { id: string } };
  const answers = [
    { questionId: "IDN-01", value: "optimal", expectedVersion: 0 },
    { questionId: "IDN-04", value: "traditional", expectedVersion: 0 },
    { questionId: "DAT-01", value: "initial", expectedVersion: 0 },
  ];
  expect((await page.request.put(`/api/v1/assessments/${assessment.id}/answers`, { data: { answers } })).status()).toBe(200);
  return assessment.id;
}

/** The status of a POST that declares a body of `length` bytes and sends none of it. */
function declaredOnly(url: URL, cookie: string, length: number): Promise<number> {
  return new Promise((resolve, reject) => {
    const request = http.request(url, { method: "POST", headers: { cookie, origin: url.origin, "content-type": "application/json", "content-length": String(length) } }, (response) => {
      response.resume();
      resolve(response.statusCode ?? 0);
      request.destroy();
    });
    request.on("error", reject);
    request.flushHeaders();
  });
}

/** Drops a file on the import area, as a browser's drag and drop does. */
async function dropFile(page: Page, name: string, content: Buffer) {
  const transfer = await page.evaluateHandle(
    ({ name, bytes }) => {
      const data = new DataTransfer();
      data.items.add(new File([new Uint8Array(bytes)], name, { type: "application/json" }));
      return data;
    },
    { name, bytes: [...content] },
  );
  await page.getByText(/^Drop ZeroTrustAssessmentReport\.json/).locator("..").dispatchEvent("drop", { dataTransfer: transfer });
}

test("an assessor imports the tool's report, sees contradicted answers and candidate steps, re-imports a later run and sees what changed", async ({ page }) => {
  const dialogs: string[] = [];
  page.on("dialog", (dialog) => {
    dialogs.push(dialog.message());
    void dialog.dismiss();
  });
  const id = await assessmentWithAnswers(page);
  await page.goto(`/assessments/${id}/evidence`);
  await expect(page.getByText("No results imported yet.")).toBeVisible();
  await waitForHydration(page);

  // The HTML report, chosen with the button's file input.
  await page.getByLabel("Zero Trust Assessment report").setInputFiles({ name: "ZeroTrustAssessmentReport.html", mimeType: "text/html", buffer: Buffer.from(ztaReportHtml(firstRun)) });
  await expect(page.getByRole("status")).toHaveText("Imported 4 tests from ZeroTrustAssessmentReport.html.");

  const question = (questionId: string) => page.locator(`tr[data-question="${questionId}"]`);
  await expect(question("IDN-01")).toHaveAttribute("data-confidence", "contradicted");
  await expect(question("IDN-01")).toContainText("Rated Advanced or higher while 1 Critical or High-risk test fails.");
  await expect(question("IDN-04")).toHaveAttribute("data-confidence", "contradicted");
  await expect(question("IDN-04")).toContainText("Rated Traditional while the one mapped test passes.");
  await expect(question("DAT-01")).toHaveAttribute("data-confidence", "supported");
  const candidates = page.getByRole("table", { name: "Candidate next steps from failed tests" });
  await expect(candidates.locator("tbody tr")).toHaveCount(1);
  await expect(candidates.locator(`tr[data-test="${adminMfa.id}"]`)).toContainText("IDN-01");
  await page.getByText(/These tests check nothing the question bank asks/).click();
  await expect(page.getByRole("link", { name: "A test newer than the mapping" })).toBeVisible();
  await expectNoAxeViolations(page, "evidence page with one run");

  // The failing test's own page: its Markdown is rendered, nothing of the file's HTML or script runs.
  await question("IDN-01").getByText(/tool tests?:/).click();
  await question("IDN-01").getByRole("link", { name: adminMfa.title }).click();
  await expect(page.getByRole("heading", { name: adminMfa.title })).toBeVisible();
  await expect(page.getByText("Bold finding")).toBeVisible();
  await expect(page.getByRole("link", { name: "real link" })).toHaveAttribute("href", "https://learn.microsoft.com/entra/");
  await expect(page.getByRole("link", { name: "click me" })).toHaveCount(0);
  expect(await page.locator("article script, article img").count()).toBe(0);
  expect(await page.evaluate(() => (window as unknown as { pwned?: number }).pwned)).toBeUndefined();
  await expect(page.getByText("[image: pixel]")).toBeVisible();

  // The dashboard names the contradictions; the questionnaire shows them beside the answer and re-judges a changed answer.
  await page.goto(`/assessments/${id}/dashboard`);
  await expect(page.getByRole("heading", { name: "2 ratings contradicted by tool evidence" })).toBeVisible();
  await page.goto(`/assessments/${id}?q=IDN-01`);
  await waitForHydration(page);
  const panel = page.getByRole("region", { name: "Tool evidence" });
  await expect(panel).toHaveAttribute("data-confidence", "contradicted");
  await page.getByRole("radio", { name: /^Initial/ }).check();
  await expect(panel).toHaveAttribute("data-confidence", "supported");
  await expect(page.getByText("All changes saved")).toBeVisible();

  // A later run, with a byte-order mark, dropped on the import area.
  await page.goto(`/assessments/${id}/evidence`);
  await waitForHydration(page);
  await dropFile(page, "ZeroTrustAssessmentReport.json", Buffer.concat([Buffer.from(UTF8_BOM), Buffer.from(ztaReportJson(secondRun))]));
  await expect(page.getByRole("status")).toHaveText("Imported 3 tests from ZeroTrustAssessmentReport.json.");
  const latest = page.locator("article[data-import]").first();
  await expect(latest.getByText("Changed since this tenant's run before")).toBeVisible();
  await expect(latest.getByRole("heading", { name: "Newly failing (1)" })).toBeVisible();
  await expect(latest.getByRole("link", { name: fewGlobalAdmins.title })).toBeVisible();
  await expect(latest.getByRole("heading", { name: "Newly passing (1)" })).toBeVisible();
  await expect(latest.getByRole("link", { name: adminMfa.title })).toBeVisible();
  await expect(question("IDN-04")).toHaveAttribute("data-confidence", "supported");
  await expectNoAxeViolations(page, "evidence page with two runs");

  // A malformed file lists its problems by path, and nothing is stored.
  const broken = ztaReportJson(secondRun).replace('"TestStatus": "Failed"', '"TestStatus": "Broken"').replace('"TenantId": "aaaabbbb-0000-cccc-1111-dddd2222eeee"', '"TenantId": ""');
  await page.getByLabel("Zero Trust Assessment report").setInputFiles({ name: "broken.json", mimeType: "application/json", buffer: Buffer.from(broken) });
  const alert = page.getByRole("alert").filter({ hasText: "broken.json" });
  await expect(alert).toContainText("broken.json was not imported: The report has 2 problems.");
  await expect(alert.getByRole("listitem")).toHaveText(["TenantId: TenantId is missing.", "Tests[1].TestStatus: TestStatus is one of Passed, Failed, Skipped, Planned, Investigate, Error."]);
  await expect(page.locator("article[data-import]")).toHaveCount(2);
  expect(dialogs).toEqual([]);
});

test("the API imports a report as the request body, carries the evidence in the scores, and refuses cross-site and oversized uploads", async ({ page, baseURL }) => {
  const id = await assessmentWithAnswers(page);
  const route = `/api/v1/assessments/${id}/evidence/zero-trust-assessment`;
  const imported = await page.request.post(`${route}?fileName=run.json`, { data: Buffer.from(ztaReportJson(firstRun)), headers: { "content-type": "application/json" } });
  expect(imported.status()).toBe(201);
  expect(await imported.json()).toMatchObject({ counts: { total: 4, byStatus: { Failed: 2, Passed: 2 } } });

  const scores = ZApiScores.parse(await (await page.request.get(`/api/v1/assessments/${id}/scores`)).json());
  expect(scores.evidence.contradicted).toBe(2);
  expect(scores.evidence.questions.find((question) => question.questionId === "IDN-01")).toMatchObject({ confidence: "contradicted", failedSevere: 1 });
  const listed = (await (await page.request.get(route)).json()) as { imports: { fileName: string; counts: { total: number } }[] };
  expect(listed.imports).toMatchObject([{ fileName: "run.json", counts: { total: 4 } }]);

  const malformed = await page.request.post(route, { data: Buffer.from("<html>not a report</html>"), headers: { "content-type": "text/html" } });
  expect(malformed.status()).toBe(400);
  expect(await malformed.json()).toMatchObject({ code: "invalid_input", message: expect.stringMatching(/not a Zero Trust Assessment report/) });

  const crossSite = await page.request.post(route, { data: Buffer.from(ztaReportJson(firstRun)), headers: { origin: "https://evil.example", "content-type": "application/json" } });
  expect(crossSite.status()).toBe(403);
  expect(await crossSite.json()).toMatchObject({ code: "cross_origin" });

  // Declared over 50 MB: refused before a byte of the body is read.
  const cookie = (await page.context().cookies()).map((entry) => `${entry.name}=${entry.value}`).join("; ");
  expect(await declaredOnly(new URL(route, baseURL), cookie, 50 * 1024 * 1024 + 1)).toBe(413);

  // An address Next cannot decode is a clear 400 on these routes too, though they skip the proxy.
  const undecodable = new Promise<number>((resolve, reject) => {
    http
      .get(new URL(`${route}/%E0%A4`, baseURL), { headers: { cookie } }, (response) => {
        response.resume();
        resolve(response.statusCode ?? 0);
      })
      .on("error", reject);
  });
  expect(await undecodable).toBe(400);

  // More than 1 MB, which the rest of the API refuses, is accepted here.
  const big: FixtureReport = { tests: Array.from({ length: 1200 }, (_, index) => ({ id: 100_000 + index, status: "Passed" as const, result: "x".repeat(1000) })) };
  const body = Buffer.from(ztaReportJson(big));
  expect(body.byteLength).toBeGreaterThan(1024 * 1024);
  expect((await page.request.post(route, { data: body, headers: { "content-type": "application/json", origin: new URL(baseURL!).origin } })).status()).toBe(201);
});

import { execFileSync } from "node:child_process";
import { mkdirSync, readdirSync } from "node:fs";
import { writeFile } from "node:fs/promises";
import path from "node:path";
import { expect, test, type Download, type Page, type TestInfo } from "@playwright/test";
import { LATEST_FRAMEWORK } from "../lib/framework/index";
import { DEMO, signIn, signUp } from "./helpers";

// One worker for the file: each report takes the server seconds of CPU, and two at once on a
// busy machine would starve the other test's sign-up.
test.describe.configure({ mode: "default" });

const PILLARS = ["Identity", "Devices", "Apps", "Data", "Infrastructure", "Network", "Visibility & analytics", "Automation & orchestration", "Governance"];

/** The text of a PDF, or of some of its pages, as `pdftotext -layout` reads it, whitespace folded. */
function pdfText(file: string, pages?: { first: number; last: number }): string {
  const range = pages ? ["-f", String(pages.first), "-l", String(pages.last)] : [];
  return execFileSync("pdftotext", ["-layout", ...range, file, "-"], { encoding: "utf8" }).replace(/\s+/g, " ");
}

/** Renders every page with pdftoppm and attaches the images to the test's output. */
async function attachPages(testInfo: TestInfo, file: string, name: string): Promise<number> {
  const directory = testInfo.outputPath(`${name}-pages`);
  mkdirSync(directory, { recursive: true });
  execFileSync("pdftoppm", ["-png", "-r", "60", file, path.join(directory, "page")]);
  const images = readdirSync(directory)
    .filter((entry) => entry.endsWith(".png"))
    .sort();
  for (const image of images) await testInfo.attach(`${name} ${image}`, { path: path.join(directory, image), contentType: "image/png" });
  return images.length;
}

async function save(download: Promise<Download>, testInfo: TestInfo, name: string): Promise<{ file: string; suggested: string }> {
  const done = await download;
  const file = testInfo.outputPath(name);
  await done.saveAs(file);
  return { file, suggested: done.suggestedFilename() };
}

async function demoAssessmentId(page: Page): Promise<string> {
  const { assessments } = (await (await page.request.get("/api/v1/assessments")).json()) as { assessments: { id: string; name: string }[] };
  return assessments.find((assessment) => assessment.name === "FY26 Zero Trust baseline")!.id;
}

test("the demo assessment's board report: summary with pillars, current and target, page numbers, marking, page images", async ({ page }, testInfo) => {
  // Two layout passes of a dozen pages on a shared CI machine.
  test.slow();
  await signIn(page, DEMO.email, DEMO.password);
  const id = await demoAssessmentId(page);
  await page.goto(`/assessments/${id}`);
  const download = page.waitForEvent("download");
  await page.getByRole("link", { name: "PDF report" }).click();
  const { file, suggested } = await save(download, testInfo, "demo-current.pdf");
  // Browsers take the UTF-8 name (filename*); the ASCII one is for older clients.
  expect(suggested).toMatch(/^FY26 Zero Trust baseline - current \d{4}-\d{2}-\d{2}\.pdf$/);

  const pages = Number(/Pages:\s+(\d+)/.exec(execFileSync("pdfinfo", [file], { encoding: "utf8" }))![1]);
  expect(pages).toBeGreaterThanOrEqual(6);
  const summary = pdfText(file, { first: 2, last: 2 });
  expect(summary).toContain("Board summary");
  for (const pillar of PILLARS) expect(summary).toContain(pillar);
  expect(summary).toMatch(/Pillar Current Target Gap/);
  expect(summary).toContain("Three largest risks");
  expect(summary).toContain("Top five next steps");

  const text = pdfText(file);
  expect(text).toContain("Page 1 of " + pages);
  expect(text).toContain(`Page ${pages} of ${pages}`);
  expect(text).toContain("Confidential");
  expect(text).toContain("Northwind Demo");
  // The seed takes no snapshot, so the trend says so in a sentence (other tests may have added some since).
  expect(text).toMatch(/No snapshot has been taken yet|Only one snapshot so far|Overall maturity of the \d+ snapshots/);
  expect(text).not.toMatch(/not_started|in_progress|wont_do/);
  expect(await attachPages(testInfo, file, "demo-current")).toBe(pages);
});

test("a snapshot's report carries its label in the file name and the organisation's own marking", async ({ page, browser }, testInfo) => {
  test.slow();
  // A copy of the demo assessment in an organisation of its own, so the shared demo data stays as it is.
  await signIn(page, DEMO.email, DEMO.password);
  const exported = await (await page.request.get(`/api/v1/assessments/${await demoAssessmentId(page)}/export`)).json();
  const reporter = await browser.newPage();
  await signUp(reporter, "Riley Reporter");
  const imported = await reporter.request.post("/api/v1/assessments/import", { data: exported });
  expect(imported.status()).toBe(201);
  const { id } = (await imported.json()) as { id: string };
  const created = await reporter.request.post(`/api/v1/assessments/${id}/snapshots`, { data: { label: "Board Q4 2026" } });
  const { snapshot } = (await created.json()) as { snapshot: { id: string } };

  await reporter.goto("/settings");
  const marking = reporter.getByLabel("Report classification marking");
  await expect(marking).toHaveValue("Confidential");
  await marking.fill("TLP:AMBER+STRICT");
  await reporter.getByRole("button", { name: "Save marking" }).click();
  await expect(reporter.getByRole("status").filter({ hasText: "Saved." })).toBeVisible();
  await marking.fill("Secret \u2192 board only");
  await reporter.getByRole("button", { name: "Save marking" }).click();
  await expect(reporter.getByText("Use letters, digits and punctuation of Western European alphabets only.")).toBeVisible();

  await reporter.goto(`/assessments/${id}/snapshots`);
  const download = reporter.waitForEvent("download");
  await reporter.getByRole("link", { name: "PDF report of Board Q4 2026" }).click();
  const { file, suggested } = await save(download, testInfo, "snapshot.pdf");
  expect(suggested).toMatch(/ - Board Q4 2026\.pdf$/);
  const response = await reporter.request.get(`/api/v1/assessments/${id}/report?snapshot=${snapshot.id}`);
  expect(response.headers()["content-disposition"]).toMatch(/^attachment; filename="[\w-]+_Board-Q4-2026\.pdf"; filename\*=UTF-8''/);

  const text = pdfText(file);
  expect(text).toContain("TLP:AMBER+STRICT");
  expect(text).not.toContain("Confidential");
  expect(text).toContain('Snapshot "Board Q4 2026"');
  expect(text).toContain("Page 1 of");
  expect(text).toContain("Only one snapshot so far");
  for (const pillar of PILLARS) expect(pdfText(file, { first: 2, last: 2 })).toContain(pillar);
  await attachPages(testInfo, file, "snapshot");
  await reporter.close();
});

test("an architect's report: answers, notes and N/A reasons, the same for the same snapshot, none for strangers", async ({ page }, testInfo) => {
  await signUp(page, "Arlo Architect");
  const created = await page.request.post("/api/v1/assessments", { data: { name: "Board report" } });
  const { assessment } = (await created.json()) as { assessment: { id: string } };
  const answers = [
    { questionId: "IDN-01", value: "traditional", expectedVersion: 0, note: "SMS codes still in use" },
    { questionId: "DEV-01", value: "advanced", expectedVersion: 0 },
    { questionId: "DAT-03", value: "not_applicable", naReason: "No regulated data in scope", expectedVersion: 0 },
  ];
  expect((await page.request.put(`/api/v1/assessments/${assessment.id}/answers`, { data: { answers } })).status()).toBe(200);
  const snapshot = await page.request.post(`/api/v1/assessments/${assessment.id}/snapshots`, { data: { label: "Board Q4" } });
  const { snapshot: recorded } = (await snapshot.json()) as { snapshot: { id: string } };
  const scores = (await (await page.request.get(`/api/v1/assessments/${assessment.id}/scores`)).json()) as { nextSteps: { action: string }[] };

  const response = await page.request.get(`/api/v1/assessments/${assessment.id}/report?snapshot=${recorded.id}`);
  expect(response.headers()["content-type"]).toBe("application/pdf");
  expect(response.headers()["content-disposition"]).toContain('filename="Board-report_Board-Q4.pdf"');
  const file = testInfo.outputPath("snapshot.pdf");
  await writeFile(file, await response.body());
  const text = pdfText(file);
  expect(text).toContain("Arlo Architect's organisation");
  // Three answers of 77: no stage is named, and the board is told why.
  expect(text).toMatch(/OVERALL STAGE .*Not enough answers \(3%\) .*mean \d\.\d of 4/);
  expect(text).toContain("SMS codes still in use");
  expect(text).toContain(scores.nextSteps[0]!.action.replace(/\s+/g, " ").slice(0, 40));
  expect(text).toContain("N/A: No regulated data in scope");

  // Reproducible: the same snapshot gives the same report, but for when it was generated.
  const again = testInfo.outputPath("snapshot-again.pdf");
  await writeFile(again, await (await page.request.get(`/api/v1/assessments/${assessment.id}/report?snapshot=${recorded.id}`)).body());
  const withoutTime = (pdf: string) => pdfText(pdf).replace(/generated \d{4}-\d{2}-\d{2} \d{2}:\d{2} UTC/, "");
  expect(withoutTime(again)).toBe(withoutTime(file));

  // Someone else's assessment has no report for this user.
  expect((await page.request.get(`/api/v1/assessments/not-mine/report`)).status()).toBe(404);
});

test("a critical control holds its pillar down on the dashboard and in the report, naming the question", async ({ page }, testInfo) => {
  await signUp(page, "Cora Critical");
  const created = await page.request.post("/api/v1/assessments", { data: { name: "Held back" } });
  const { assessment } = (await created.json()) as { assessment: { id: string } };
  // IDN-01 (phishing-resistant MFA) is critical: Traditional there holds Identity at Traditional, whatever the rest.
  // Every identity question is answered, so the pillar names a stage at all.
  const identity = LATEST_FRAMEWORK.questions.filter((question) => question.pillar === "identity").map((question) => question.id);
  const answers = identity.map((questionId) => ({ questionId, value: questionId === "IDN-01" ? "traditional" : "optimal", expectedVersion: 0 }));
  expect((await page.request.put(`/api/v1/assessments/${assessment.id}/answers`, { data: { answers } })).status()).toBe(200);

  await page.goto(`/assessments/${assessment.id}?q=IDN-01`);
  await expect(page.getByTestId("pillar-cap")).toHaveText("Held at Traditional by its critical question IDN-01.");

  await page.goto(`/assessments/${assessment.id}/dashboard`);
  const held = page.getByRole("region", { name: "Held back by a critical control" });
  await expect(held).toContainText("Identity is held at Traditional, not Advanced as its mean of 3.6 would say");
  await expect(page.getByTestId("rating-identity")).toContainText("Traditional");
  // Devices has no answer: it names no stage, and neither does the overall.
  await expect(page.getByTestId("rating-devices")).toContainText("Not enough answers (0%)");
  await expect(held).toContainText("IDN-01 Phishing-resistant MFA is at Traditional");

  const response = await page.request.get(`/api/v1/assessments/${assessment.id}/report`);
  expect(response.status()).toBe(200);
  const file = testInfo.outputPath("held-back.pdf");
  await writeFile(file, await response.body());
  expect(pdfText(file)).toContain("Held at Traditional by its critical question IDN-01");
});

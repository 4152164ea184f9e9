import { createHash } from "node:crypto";
import { readFile } from "node:fs/promises";
import http from "node:http";
import { expect, test, type Page } from "@playwright/test";
import { LATEST_FRAMEWORK } from "../lib/framework/index";
import { ZApiError } from "../lib/validation/api-responses";
import { expectNoAxeViolations } from "./axe";
import { signUp } from "./helpers";

test.describe.configure({ timeout: 90_000 });

const QUESTION = LATEST_FRAMEWORK.questions[0]!;
const PNG = Buffer.from("89504e470d0a1a0a0000000d49484452000000010000000108060000001f15c4890000000d49444154789c6360f8cf00000301010018dd8db00000000049454e44ae426082", "hex");
const PDF = Buffer.from("%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n");
const sha256 = (bytes: Buffer) => createHash("sha256").update(bytes).digest("hex");
const yesterday = () => new Date(Date.now() - 86_400_000).toISOString().slice(0, 10);

async function newAssessment(page: Page, name: string): Promise<string> {
  const created = await page.request.post("/api/v1/assessments", { data: { name } });
  expect(created.status()).toBe(201);
  return ((await created.json()) as { assessment: { id: string } }).assessment.id;
}

test("an assessor attaches a PNG and a PDF, downloads them, sees an expired one flagged on the card and the dashboard, and deletes one", async ({ page }, testInfo) => {
  await signUp(page, "Eve Evidence");
  const id = await newAssessment(page, "Evidence files");
  await page.goto(`/assessments/${id}?q=${QUESTION.id}`);
  await page.locator("html[data-hydrated]").waitFor();
  const area = page.getByTestId("evidence-files");
  await expect(area).toContainText("No files attached yet");

  // The upload is held until the progress bar has been seen, then let through.
  let release = () => {};
  const held = new Promise<void>((resolve) => (release = resolve));
  await page.route(`**/api/v1/assessments/${id}/evidence/files?*`, async (route) => {
    await held;
    await route.continue();
  });
  await area.getByLabel("Attach file").setInputFiles({ name: "screen.png", mimeType: "image/png", buffer: PNG });
  await expect(area.getByRole("progressbar", { name: "Uploading screen.png" })).toBeVisible();
  release();
  await expect(area.getByRole("status")).toHaveText("Attached screen.png.");
  await page.unroute(`**/api/v1/assessments/${id}/evidence/files?*`);
  const png = area.getByRole("listitem").filter({ hasText: "screen.png" });
  await expect(png).toContainText(`${PNG.length} bytes · Eve Evidence`);
  await expect(png.locator("abbr")).toHaveAttribute("title", sha256(PNG));

  await area.getByLabel("Expires on (optional)").fill(yesterday());
  await area.getByLabel("Attach file").setInputFiles({ name: "MFA policy.pdf", mimeType: "application/pdf", buffer: PDF });
  await expect(area.getByRole("status")).toHaveText("Attached MFA policy.pdf.");
  const pdf = area.getByRole("listitem").filter({ hasText: "MFA policy.pdf" });
  await expect(pdf).toContainText(`Expired — review at the next cycle (expired on ${yesterday()})`);
  await expect(png).not.toContainText("Expired");
  await expectNoAxeViolations(page, "question card with evidence files");

  // The PDF is saved, never shown in the page; its bytes are the ones sent.
  const download = page.waitForEvent("download");
  await pdf.getByRole("link", { name: "Download MFA policy.pdf" }).click();
  const saved = testInfo.outputPath("policy.pdf");
  await (await download).saveAs(saved);
  expect(sha256(await readFile(saved))).toBe(sha256(PDF));

  const pngResponse = await page.request.get((await png.getByRole("link", { name: "Download screen.png" }).getAttribute("href"))!);
  expect(pngResponse.status()).toBe(200);
  expect(sha256(await pngResponse.body())).toBe(sha256(PNG));
  expect(pngResponse.headers()).toMatchObject({
    "content-type": "image/png",
    "x-content-type-options": "nosniff",
    "content-security-policy": "sandbox; default-src 'none'",
    "cache-control": "private, no-store",
    "content-disposition": `inline; filename="screen.png"; filename*=UTF-8''screen.png`,
  });
  const pdfResponse = await page.request.get((await pdf.getByRole("link", { name: "Download MFA policy.pdf" }).getAttribute("href"))!);
  expect(pdfResponse.headers()["content-disposition"]).toBe(`attachment; filename="MFA policy.pdf"; filename*=UTF-8''MFA%20policy.pdf`);

  // A refused type: the API's message, under the area.
  await area.getByLabel("Attach file").setInputFiles({ name: "page.html", mimeType: "text/html", buffer: Buffer.from("<script>alert(1)</script>") });
  await expect(area.getByRole("alert")).toHaveText("page.html: Only PDF, images, text and spreadsheets can be attached.");
  await area.getByLabel("Attach file").setInputFiles({ name: "huge.txt", mimeType: "text/plain", buffer: Buffer.alloc(10 * 1024 * 1024 + 1, 0x61) });
  await expect(area.getByRole("alert")).toHaveText("huge.txt: the file is larger than 10 MB.");

  await page.goto(`/assessments/${id}/dashboard`);
  const expired = page.getByRole("region", { name: "Expired evidence (1)" });
  await expect(expired).toContainText(`${QUESTION.id} ${QUESTION.title}: MFA policy.pdf, expired on ${yesterday()}`);

  await page.goto(`/assessments/${id}?q=${QUESTION.id}`);
  await page.locator("html[data-hydrated]").waitFor();
  page.once("dialog", (dialog) => void dialog.accept());
  await area.getByRole("button", { name: "Delete screen.png" }).click();
  await expect(area.getByRole("status")).toHaveText("Deleted screen.png.");
  await expect(area.getByRole("listitem")).toHaveCount(1);
  await expect(area.getByRole("listitem")).toContainText("MFA policy.pdf");
});

/** A request as Node sends it: an Origin of our choosing, and a body in chunks without Content-Length. */
function raw(path: string, headers: Record<string, string>, chunks: Buffer[]): Promise<{ status: number; body: string }> {
  const base = new URL(test.info().project.use.baseURL!);
  return new Promise((resolve, reject) => {
    let answered = false;
    const request = http.request({ host: base.hostname, port: base.port, method: "POST", path, headers: { origin: base.origin, "transfer-encoding": "chunked", ...headers } }, (response) => {
      answered = true;
      let body = "";
      response.setEncoding("utf8");
      response.on("data", (chunk: string) => (body += chunk));
      response.on("end", () => resolve({ status: response.statusCode ?? 0, body }));
    });
    // The server may answer 413 and stop reading before the last chunk is sent.
    request.on("error", (error) => (answered ? undefined : reject(error)));
    const send = (index: number) => {
      if (index === chunks.length) return request.end();
      if (request.write(chunks[index]!)) send(index + 1);
      else request.once("drain", () => send(index + 1));
    };
    send(0);
  });
}

test("uploads refuse a cross-site POST with 403 and a chunked body over 10 MB with 413", async ({ page }) => {
  await signUp(page, "Ray Request");
  const id = await newAssessment(page, "Evidence limits");
  const cookie = (await page.context().cookies()).map((entry) => `${entry.name}=${entry.value}`).join("; ");
  const path = `/api/v1/assessments/${id}/evidence/files?questionId=${QUESTION.id}&name=notes.txt`;

  const crossSite = await raw(path, { cookie, origin: "https://evil.example" }, [Buffer.from("observed")]);
  expect(crossSite.status).toBe(403);
  expect(ZApiError.parse(JSON.parse(crossSite.body)).code).toBe("cross_origin");

  const huge = await raw(path, { cookie }, Array.from({ length: 161 }, () => Buffer.alloc(64 * 1024, 0x61)));
  expect(huge.status).toBe(413);
  expect(ZApiError.parse(JSON.parse(huge.body)).code).toBe("payload_too_large");

  // The same request under the limit is stored; nothing of the refused ones was.
  const small = await raw(path, { cookie }, [Buffer.from("observed "), Buffer.from("on site")]);
  expect(small.status).toBe(201);
  const listed = await page.request.get(`/api/v1/assessments/${id}/evidence/files`);
  expect(((await listed.json()) as { files: { name: string; size: number }[] }).files).toEqual([expect.objectContaining({ name: "notes.txt", size: 16 })]);
});

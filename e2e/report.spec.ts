import { execFileSync } from "node:child_process";
import { existsSync, statSync } from "node:fs";
import { writeFile } from "node:fs/promises";
import { expect, test } from "@playwright/test";
import { signUp } from "./helpers";

test("an architect downloads the PDF report; its text and first page come out right (poppler)", async ({ page }, testInfo) => {
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

  await page.goto(`/assessments/${assessment.id}`);
  const download = page.waitForEvent("download");
  await page.getByRole("link", { name: "PDF report" }).click();
  const current = testInfo.outputPath("current.pdf");
  await (await download).saveAs(current);
  expect(execFileSync("pdfinfo", [current], { encoding: "utf8" })).toMatch(/Pages:\s+[4-9]/);

  const response = await page.request.get(`/api/v1/assessments/${assessment.id}/report?snapshot=${recorded.id}`);
  expect(response.headers()["content-type"]).toBe("application/pdf");
  const file = testInfo.outputPath("snapshot.pdf");
  await writeFile(file, await response.body());
  const text = execFileSync("pdftotext", ["-layout", file, "-"], { encoding: "utf8" }).replace(/\s+/g, " ");
  for (const pillar of ["Identity", "Devices", "Apps", "Data", "Infrastructure", "Network", "Visibility & analytics", "Automation & orchestration", "Governance"]) {
    expect(text).toContain(pillar);
  }
  expect(text).toContain("Board Q4");
  expect(text).toContain("Arlo Architect's organisation");
  expect(text).toMatch(/Overall maturity: (Traditional|Initial|Advanced|Optimal)/);
  expect(text).toContain(scores.nextSteps[0]!.action.replace(/\s+/g, " ").slice(0, 40));
  expect(text).toContain("N/A: No regulated data in scope");

  // Reproducible: the same snapshot gives the same report, but for when it was generated.
  const again = testInfo.outputPath("snapshot-again.pdf");
  await writeFile(again, await (await page.request.get(`/api/v1/assessments/${assessment.id}/report?snapshot=${recorded.id}`)).body());
  const withoutTime = (path: string) => execFileSync("pdftotext", ["-layout", path, "-"], { encoding: "utf8" }).replace(/Generated at .*\n/, "");
  expect(withoutTime(again)).toBe(withoutTime(file));

  const prefix = testInfo.outputPath("page");
  execFileSync("pdftoppm", ["-png", "-r", "60", "-f", "1", "-l", "1", file, prefix]);
  const png = [`${prefix}-1.png`, `${prefix}-01.png`, `${prefix}-001.png`].find((candidate) => existsSync(candidate));
  expect(png, "pdftoppm wrote the first page").toBeTruthy();
  expect(statSync(png!).size).toBeGreaterThan(2_000);

  // Someone else's assessment has no report for this user.
  expect((await page.request.get(`/api/v1/assessments/not-mine/report`)).status()).toBe(404);
});

import { createServer, type IncomingHttpHeaders } from "node:http";
import type { AddressInfo } from "node:net";
import { readFile } from "node:fs/promises";
import { expect, test, type Page } from "@playwright/test";
import { parseCsv } from "../lib/testing/parse-csv";
import { ZApiNextStepPage } from "../lib/validation/api-responses";
import { signWebhook } from "../lib/webhooks";
import { signUp } from "./helpers";

/** One assessment with two tracked next steps. */
async function trackedSteps(page: Page): Promise<string> {
  const { assessment } = (await (await page.request.post("/api/v1/assessments", { data: { name: "Ticketed review" } })).json()) as { assessment: { id: string } };
  const answers = ["IDN-01", "IDN-02"].map((questionId) => ({ questionId, value: "traditional", expectedVersion: 0 }));
  expect((await page.request.put(`/api/v1/assessments/${assessment.id}/answers`, { data: { answers } })).status()).toBe(200);
  expect((await page.request.post(`/api/v1/assessments/${assessment.id}/snapshots`, { data: { label: "Baseline" } })).status()).toBe(201);
  return assessment.id;
}

/** Chooses a layout in the tracker's Export menu, by keyboard, and reads the downloaded file. */
async function exportAs(page: Page, label: string): Promise<{ name: string; rows: string[][] }> {
  const trigger = page.getByRole("button", { name: "Export" });
  await expect(trigger).toBeEnabled();
  await trigger.focus();
  await page.keyboard.press("Enter");
  const item = page.getByRole("menuitem", { name: label });
  await expect(item).toBeVisible();
  const [download] = await Promise.all([page.waitForEvent("download"), item.click()]);
  return { name: download.suggestedFilename(), rows: parseCsv(await readFile((await download.path())!, "utf8")) };
}

test("a project manager exports the tracker for Jira and Azure DevOps, and reads it through the API", async ({ page }) => {
  await signUp(page, "Tess Ticket");
  await trackedSteps(page);
  const { nextSteps } = ZApiNextStepPage.parse(await (await page.request.get("/api/v1/next-steps?limit=1")).json());
  expect(nextSteps).toHaveLength(1);
  const bad = await page.request.get("/api/v1/next-steps?limit=5000");
  expect(bad.status()).toBe(400);

  await page.goto("/next-steps");
  await expect(page.getByTestId("next-step-row")).toHaveCount(2);

  const jira = await exportAs(page, "Jira CSV import");
  expect(jira.name).toBe("next-steps-jira.csv");
  expect(jira.rows[0]).toEqual(["Summary", "Issue Type", "Description", "Assignee", "Status", "Resolution", "Due Date", "Labels", "Labels", "Labels", "Labels"]);
  expect(jira.rows).toHaveLength(3);
  const jiraRow = jira.rows.find((row) => row.includes(`ztr-${nextSteps[0]!.id}`))!;
  expect(jiraRow.slice(0, 2)).toEqual([nextSteps[0]!.title, "Task"]);
  expect(jiraRow[4]).toBe("To Do");
  expect(jiraRow[2]).toContain(`/next-steps?closed=1&item=${nextSteps[0]!.id}`);

  const azure = await exportAs(page, "Azure DevOps CSV import");
  expect(azure.name).toBe("next-steps-azure-devops.csv");
  expect(azure.rows[0]).toEqual(["Work Item Type", "Title", "Description", "Assigned To", "Tags"]);
  const azureRow = azure.rows.find((row) => row[4]!.startsWith(`ztr-${nextSteps[0]!.id};`))!;
  expect(azureRow.slice(0, 2)).toEqual(["Task", nextSteps[0]!.title]);
  expect(azureRow[4]).toContain("ztr-status-not-started");
});

test("a webhook set in settings gets one signed request when a step's status changes", async ({ page }) => {
  const received: { headers: IncomingHttpHeaders; body: string }[] = [];
  const receiver = createServer((request, response) => {
    const chunks: Buffer[] = [];
    request.on("data", (chunk: Buffer) => chunks.push(chunk));
    request.on("end", () => {
      received.push({ headers: request.headers, body: Buffer.concat(chunks).toString("utf8") });
      response.writeHead(204).end();
    });
  });
  await new Promise<void>((resolve) => receiver.listen(0, "127.0.0.1", resolve));
  try {
    await signUp(page, "Wes Webhook");
    await trackedSteps(page);

    await page.goto("/settings/webhooks");
    await expect(page.getByText("Set a webhook URL to start sending.")).toBeVisible();
    await page.getByLabel("Webhook URL").fill(`http://127.0.0.1:${(receiver.address() as AddressInfo).port}/hook`);
    await page.getByRole("button", { name: "Set webhook" }).click();
    const secret = (await page.getByTestId("webhook-secret").textContent())!.trim();
    expect(secret).toMatch(/^whsec_/);

    await page.goto("/next-steps");
    const row = page.getByTestId("next-step-row").first();
    await row.getByLabel(/^Status of/).selectOption("blocked");
    await expect(row.getByText("Saved")).toBeVisible();

    // Sent right after the change commits, not at the next sweep.
    await expect.poll(() => received.length, { timeout: 10_000 }).toBe(1);
    const [{ headers, body }] = received as [(typeof received)[number]];
    expect(headers["x-ztr-signature"]).toBe(signWebhook(secret, String(headers["x-ztr-timestamp"]), body));
    expect(JSON.parse(body)).toMatchObject({ event: "next_step.status_changed", data: { nextStep: { previousStatus: "not_started", status: "blocked" }, changedBy: { name: "Wes Webhook" } } });

    await page.goto("/settings/webhooks");
    const deliveries = page.getByRole("table", { name: "Recent webhook deliveries" });
    await expect(deliveries.getByRole("row")).toHaveCount(2);
    await expect(deliveries.getByText("Delivered")).toBeVisible();
    // The secret is never shown again.
    await expect(page.getByTestId("webhook-secret")).toHaveCount(0);
    expect(received).toHaveLength(1);
  } finally {
    await new Promise<void>((resolve) => receiver.close(() => resolve()));
  }
});

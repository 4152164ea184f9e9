import { readFile } from "node:fs/promises";
import { expect, test, type Page } from "@playwright/test";
import { LATEST_FRAMEWORK } from "../lib/framework/index";
import { signIn, signUp, uniqueEmail } from "./helpers";

// Whole journeys of many steps: more time than a single-page test needs.
test.describe.configure({ timeout: 90_000 });

const IDENTITY = LATEST_FRAMEWORK.questions.filter((question) => question.pillar === "identity").map((question) => question.id);
/** Keys 1–4 choose Traditional … Optimal; the pattern exercises every level. */
const KEYS = IDENTITY.map((_, index) => String(((index * 3) % 4) + 1));
/** The first question that may be N/A: some always apply (workforce MFA) and offer no N/A. */
const NA_QUESTION = LATEST_FRAMEWORK.questions.find((question) => question.detail?.naAllowed !== false)!.id;
const LEVEL_NAMES = ["Traditional", "Initial", "Advanced", "Optimal"];

async function createAssessment(page: Page, name: string): Promise<string> {
  await page.goto("/assessments/new");
  await page.getByLabel("Name", { exact: true }).fill(name);
  await page.getByLabel("Business scenario").selectOption({ label: "Identify and protect sensitive business data" });
  await expect(page.getByLabel("Data", { exact: true })).toHaveValue("optimal");
  await page.getByRole("button", { name: "Create assessment" }).click();
  await expect(page.getByRole("heading", { level: 1, name })).toBeVisible();
  return new URL(page.url()).pathname.split("/").pop()!;
}

const saveStatus = (page: Page) => page.getByTestId("save-status");
const levelsOf = (page: Page, questionId: string) => page.getByRole("radiogroup").filter({ has: page.locator(`input[name="level-${questionId}"]`) });

async function answerByApi(page: Page, assessmentId: string) {
  const response = await page.request.get(`/api/v1/assessments/${assessmentId}/answers`);
  expect(response.status()).toBe(200);
  return ((await response.json()) as { answers: { questionId: string; value: string; version: number; note: string; naReason: string | null; evidence: string[] }[] }).answers;
}

test("an assessor answers a pillar with the keyboard, reloads, snapshots twice and compares", async ({ page }) => {
  await signUp(page, "Ada Assessor");
  const id = await createAssessment(page, "Keyboard baseline");

  // A new assessment opens at its first unanswered question, with focus ready for the keyboard.
  await expect(page.getByRole("heading", { level: 2, name: "Phishing-resistant MFA" })).toBeVisible();
  const firstLevel = levelsOf(page, "IDN-01").getByRole("radio").first();
  await expect(firstLevel).toBeEnabled();
  await firstLevel.focus();
  for (const [index, key] of KEYS.entries()) {
    await expect(page.locator(`input[name="level-${IDENTITY[index]}"]`).first()).toBeVisible();
    await page.keyboard.press(key);
    await expect(levelsOf(page, IDENTITY[index]!).getByRole("radio", { name: new RegExp(`^${LEVEL_NAMES[Number(key) - 1]}`) })).toBeChecked();
    if (index === 0) {
      // Arrow keys move between the levels of the radio group.
      await page.keyboard.press("ArrowDown");
      await expect(levelsOf(page, "IDN-01").getByRole("radio", { name: /^Initial/ })).toBeChecked();
      await page.keyboard.press("ArrowUp");
      await expect(levelsOf(page, "IDN-01").getByRole("radio", { name: /^Traditional/ })).toBeChecked();
    }
    await page.keyboard.press("n");
  }
  await expect(page.getByRole("button", { name: /^Identity:/ })).toContainText(`${IDENTITY.length}/${IDENTITY.length}`);
  await expect(saveStatus(page)).toHaveText("All changes saved");
  await expect(page.getByTestId("pillar-score")).toBeVisible();

  await page.reload();
  await expect(page.getByRole("button", { name: /^Identity:/ })).toContainText(`${IDENTITY.length}/${IDENTITY.length}`);
  // Resumes at the first unanswered question: the first of the next pillar.
  await expect(page.getByRole("button", { name: /^DEV-01/ })).toHaveAttribute("aria-current", "step");
  const saved = await answerByApi(page, id);
  expect(saved.map((answer) => [answer.questionId, answer.value])).toEqual(IDENTITY.map((questionId, index) => [questionId, ["traditional", "initial", "advanced", "optimal"][Number(KEYS[index]) - 1]]));

  await page.getByRole("link", { name: "Snapshots" }).click();
  await expect(page.getByRole("heading", { name: "No snapshots yet" })).toBeVisible();
  await page.getByLabel("Label (optional)").fill("Q3 2026 review");
  await page.getByRole("button", { name: "Record snapshot" }).click();
  await expect(page.getByRole("cell", { name: "Q3 2026 review", exact: true })).toBeVisible();

  await page.getByRole("link", { name: "Questionnaire" }).click();
  await page.getByRole("button", { name: /^Identity:/ }).click();
  await expect(page.getByRole("button", { name: /^IDN-01/ })).toHaveAttribute("aria-current", "step");
  await levelsOf(page, "IDN-01").getByRole("radio", { name: /^Optimal/ }).click();
  await page.getByLabel("Note").fill("Phishing-resistant MFA for everyone since October.");
  await expect(saveStatus(page)).toHaveText("All changes saved");

  await page.getByRole("link", { name: "Snapshots" }).click();
  await page.getByLabel("Label (optional)").fill("Q4 2026 review");
  await page.getByRole("button", { name: "Record snapshot" }).click();
  await expect(page.getByRole("cell", { name: "Q4 2026 review", exact: true })).toBeVisible();
  await expect(page.getByLabel("From")).toHaveValue(/.+/);
  await page.getByRole("button", { name: "Compare" }).click();

  await expect(page.getByRole("heading", { name: /Q3 2026 review .* → Q4 2026 review/ })).toBeVisible();
  const row = page.getByRole("row").filter({ hasText: "IDN-01" });
  await expect(row).toContainText("Traditional");
  await expect(row).toContainText("Optimal");
  await expect(row).toContainText("Improved");
  await expect(page.getByRole("row", { name: /^Identity/ })).toContainText("+0.");
});

test("two people editing one answer: the second sees both values and chooses", async ({ browser }) => {
  const email = uniqueEmail("conflict");
  const first = await browser.newContext();
  const second = await browser.newContext();
  try {
    const pageA = await first.newPage();
    await signUp(pageA, "Casey Conflict", email);
    const id = await createAssessment(pageA, "Shared answer");
    const pageB = await second.newPage();
    await signIn(pageB, email, "a long enough password");
    await pageB.goto(`/assessments/${id}?q=IDN-02`);
    await pageA.goto(`/assessments/${id}?q=IDN-02`);

    await levelsOf(pageA, "IDN-02").getByRole("radio", { name: /^Advanced/ }).click();
    await expect(saveStatus(pageA)).toHaveText("All changes saved");

    // B still holds the version it loaded: its save must not overwrite A's.
    await levelsOf(pageB, "IDN-02").getByRole("radio", { name: /^Initial/ }).click();
    const conflict = pageB.getByRole("alert", { name: "Conflicting change" });
    await expect(conflict).toBeVisible();
    await expect(conflict.getByText("Your value")).toBeVisible();
    await expect(conflict).toContainText("Initial");
    await expect(conflict).toContainText("Advanced");
    expect((await answerByApi(pageB, id)).find((answer) => answer.questionId === "IDN-02")?.value).toBe("advanced");

    await conflict.getByRole("button", { name: "Keep mine" }).click();
    await expect(saveStatus(pageB)).toHaveText("All changes saved");
    const stored = (await answerByApi(pageB, id)).find((answer) => answer.questionId === "IDN-02");
    expect(stored).toMatchObject({ value: "initial", version: 2 });
  } finally {
    await Promise.all([first.close(), second.close()]);
  }
});

test("exporting and re-importing the JSON reproduces the assessment; a malformed file names its bad fields", async ({ page }, testInfo) => {
  await signUp(page, "Ivy Importer");
  const id = await createAssessment(page, "Round trip");
  const answers = [
    { questionId: "IDN-01", value: "advanced", note: "Hardware keys for admins", evidence: ["https://wiki.example.com/mfa"], expectedVersion: 0 },
    { questionId: "DAT-03", value: "not_applicable", naReason: "No data of this class in scope", note: "", evidence: [], expectedVersion: 0 },
  ];
  expect((await page.request.put(`/api/v1/assessments/${id}/answers`, { data: { answers } })).status()).toBe(200);
  expect((await page.request.post(`/api/v1/assessments/${id}/snapshots`, { data: { label: "Baseline" } })).status()).toBe(201);

  await page.reload();
  const download = page.waitForEvent("download");
  await page.getByRole("link", { name: "Export JSON" }).click();
  const file = testInfo.outputPath("round-trip.json");
  await (await download).saveAs(file);
  const exported = JSON.parse(await readFile(file, "utf8")) as { schema: string; answers: unknown[]; snapshots: unknown[] };
  expect(exported.schema).toBe("zero-trust-readiness/assessment");

  await page.goto("/assessments/import");
  await page.getByLabel(/Assessment file/).setInputFiles(file);
  await page.getByRole("button", { name: "Import", exact: true }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Round trip" })).toBeVisible();
  const importedId = new URL(page.url()).pathname.split("/").pop()!;
  expect(importedId).not.toBe(id);
  const strip = (list: Awaited<ReturnType<typeof answerByApi>>) => list.map(({ questionId, value, note, naReason, evidence }) => ({ questionId, value, note, naReason, evidence }));
  expect(strip(await answerByApi(page, importedId))).toEqual(strip(await answerByApi(page, id)));
  const snapshots = (await (await page.request.get(`/api/v1/assessments/${importedId}/snapshots`)).json()) as { snapshots: { label: string }[] };
  expect(snapshots.snapshots.map((snapshot) => snapshot.label)).toEqual(["Baseline"]);

  const broken = { ...exported, assessment: { ...(exported as unknown as { assessment: object }).assessment, name: "" }, answers: [{ questionId: "IDN-01", value: "excellent" }] };
  await page.goto("/assessments/import");
  await page.getByLabel(/Assessment file/).setInputFiles({ name: "broken.json", mimeType: "application/json", buffer: Buffer.from(JSON.stringify(broken)) });
  await page.getByRole("button", { name: "Import", exact: true }).click();
  const problems = page.getByRole("list", { name: "Problems in the file" });
  await expect(problems).toContainText("assessment.name");
  await expect(problems).toContainText("answers[0].value");
  await expect(page.getByRole("alert").filter({ hasText: "nothing was imported" })).toBeVisible();

  await page.getByLabel(/Assessment file/).setInputFiles({ name: "not-json.json", mimeType: "application/json", buffer: Buffer.from("{ not json") });
  await page.getByRole("button", { name: "Import", exact: true }).click();
  await expect(page.getByRole("alert").filter({ hasText: "not valid JSON" })).toBeVisible();
});

test("the list filters and searches, and archive, restore and delete work with confirmation", async ({ page }) => {
  await signUp(page, "Lee Lister");
  await page.goto("/assessments");
  await expect(page.getByRole("heading", { name: "No assessments yet" })).toBeVisible();
  const id = await createAssessment(page, "Alpha review");
  await createAssessment(page, "Beta review");

  await page.goto("/assessments");
  await page.getByLabel("Search by name").fill("alpha");
  await expect(page.getByRole("link", { name: "Alpha review" })).toBeVisible();
  await expect(page.getByRole("link", { name: "Beta review" })).toHaveCount(0);
  await page.getByLabel("Search by name").fill("");

  await page.goto(`/assessments/${id}/settings`);
  await page.getByRole("button", { name: "Archive assessment" }).click();
  await expect(page.getByText("Archived.", { exact: true })).toBeVisible();
  await page.goto(`/assessments/${id}`);
  await expect(saveStatus(page)).toContainText("Archived: read only");
  await expect(levelsOf(page, "IDN-01").getByRole("radio").first()).toBeDisabled();

  await page.goto("/assessments");
  await page.getByLabel("Status").selectOption("archived");
  await expect(page.getByRole("link", { name: "Alpha review" })).toBeVisible();
  await expect(page.getByRole("link", { name: "Beta review" })).toHaveCount(0);

  await page.goto(`/assessments/${id}/settings`);
  await page.getByRole("button", { name: "Restore assessment" }).click();
  await expect(page.getByText("Restored.", { exact: true })).toBeVisible();
  // Saving other settings after a restore must not archive it again.
  await page.getByLabel("Scope").fill("Head office only");
  await page.getByRole("button", { name: "Save changes" }).click();
  await expect(page.getByText("Saved.", { exact: true })).toBeVisible();
  expect((await (await page.request.get(`/api/v1/assessments/${id}`)).json()).assessment).toMatchObject({ status: "in_progress", scope: "Head office only" });
  const remove = page.getByRole("button", { name: "Delete assessment" });
  await expect(remove).toBeDisabled();
  await page.getByLabel(/to confirm/).fill("Alpha review");
  await remove.click();
  await expect(page).toHaveURL(/\/assessments$/);
  await expect(page.getByRole("link", { name: "Alpha review" })).toHaveCount(0);
  expect((await page.request.get(`/api/v1/assessments/${id}`)).status()).toBe(404);
});

test.describe("the questionnaire", () => {
  const statusBadge = (page: Page, name: string) => page.getByRole("heading", { level: 1, name }).locator("xpath=following-sibling::span");

  test("the first answer moves a draft to In progress; Mark complete appears once every question is answered", async ({ page }) => {
    await signUp(page, "Cleo Completer");
    const id = await createAssessment(page, "Status journey");
    await expect(statusBadge(page, "Status journey")).toHaveText("Draft");

    const firstLevel = levelsOf(page, "IDN-01").getByRole("radio", { name: /^Initial/ });
    await expect(firstLevel).toBeEnabled();
    await firstLevel.click();
    await expect(saveStatus(page)).toHaveText("All changes saved");
    await expect(statusBadge(page, "Status journey")).toHaveText("In progress");
    await expect(page.getByRole("button", { name: "Mark complete" })).toHaveCount(0);

    // Every other question but the last through the API, the last one on screen.
    const others = LATEST_FRAMEWORK.questions.slice(1, -1).map((question) => ({ questionId: question.id, value: "advanced", expectedVersion: 0 }));
    expect((await page.request.put(`/api/v1/assessments/${id}/answers`, { data: { answers: others } })).status()).toBe(200);
    const last = LATEST_FRAMEWORK.questions.at(-1)!;
    await page.goto(`/assessments/${id}?q=${last.id}`);
    const lastLevel = levelsOf(page, last.id).getByRole("radio", { name: /^Optimal/ });
    await expect(lastLevel).toBeEnabled();
    await lastLevel.click();
    await expect(saveStatus(page)).toHaveText("All changes saved");
    await page.getByRole("button", { name: "Mark complete" }).click();
    await expect(statusBadge(page, "Status journey")).toHaveText("Completed");
    await expect(page.getByRole("button", { name: "Mark complete" })).toHaveCount(0);
  });

  test("an N/A without its reason is shown as unsaved and leaving asks first", async ({ page }) => {
    await signUp(page, "Nora Nonapplicable");
    const id = await createAssessment(page, "Leaving early");
    await page.goto(`/assessments/${id}?q=${NA_QUESTION}`);
    const na = levelsOf(page, NA_QUESTION).getByRole("radio", { name: /^Not applicable/ });
    await expect(na).toBeEnabled();
    await na.click();
    await expect(saveStatus(page)).toHaveText("Some answers need a reason before they are saved");
    await expect(page.getByRole("region", { name: "Unsaved answers" })).toContainText(NA_QUESTION);
    await expect(page.getByRole("button", { name: NA_QUESTION, exact: true })).toHaveAttribute("data-state", "unsaved");

    // The tab bar asks; dismissing keeps the page and the draft.
    const asked: string[] = [];
    page.once("dialog", (dialog) => {
      asked.push(dialog.message());
      void dialog.dismiss();
    });
    await page.getByRole("navigation", { name: "Assessment" }).getByRole("link", { name: "Dashboard" }).click();
    await expect.poll(() => asked).toEqual([expect.stringContaining("not saved")]);
    await expect(page).toHaveURL(new RegExp(`/assessments/${id}(\\?q=[A-Z0-9-]+)?$`));
    await expect(na).toBeChecked();

    // Closing the tab asks too (beforeunload).
    const unload = page.waitForEvent("dialog");
    await page.close({ runBeforeUnload: true });
    const dialog = await unload;
    expect(dialog.type()).toBe("beforeunload");
    await dialog.accept();
  });

  test("an N/A with its reason leaves without asking", async ({ page }) => {
    await signUp(page, "Rita Reason");
    const id = await createAssessment(page, "Leaving with a reason");
    await page.goto(`/assessments/${id}?q=${NA_QUESTION}`);
    const na = levelsOf(page, NA_QUESTION).getByRole("radio", { name: /^Not applicable/ });
    await expect(na).toBeEnabled();
    await na.click();
    await page.getByLabel("Why does it not apply? (required)").fill("No workforce accounts in scope");
    await expect(saveStatus(page)).toHaveText("All changes saved");
    let asked = false;
    page.on("dialog", (dialog) => {
      asked = true;
      void dialog.dismiss();
    });
    await page.getByRole("navigation", { name: "Assessment" }).getByRole("link", { name: "Dashboard" }).click();
    await expect(page).toHaveURL(/\/dashboard$/);
    expect(asked).toBe(false);
  });

  test("the search jumps to a question and a chip tells its title and level on focus", async ({ page }) => {
    await signUp(page, "Sam Searcher");
    await createAssessment(page, "Searching");
    const firstLevel = levelsOf(page, "IDN-01").getByRole("radio", { name: /^Advanced/ });
    await expect(firstLevel).toBeEnabled();
    await firstLevel.click();
    await expect(saveStatus(page)).toHaveText("All changes saved");

    const search = page.getByRole("combobox", { name: "Search the questions" });
    await search.fill("vpn");
    await expect(page.getByRole("option", { name: /APP-03 Apps reachable without network trust/ })).toHaveAttribute("aria-selected", "true");
    await search.press("Enter");
    await expect(page.getByRole("heading", { level: 2, name: "Apps reachable without network trust" })).toBeVisible();
    await expect(page.getByRole("button", { name: "APP-03", exact: true })).toHaveAttribute("aria-current", "step");
    await expect(search).toHaveValue("");

    // By id, then the arrow keys, back to Identity.
    await search.fill("idn-0");
    await search.press("ArrowDown");
    await search.press("Enter");
    await expect(page.getByRole("heading", { level: 2, name: LATEST_FRAMEWORK.questions[1]!.title })).toBeVisible();

    const chip = page.getByRole("button", { name: "IDN-01", exact: true });
    await expect(chip).toHaveAccessibleDescription(new RegExp(`^${LATEST_FRAMEWORK.questions[0]!.title}.*Answer: Advanced$`));
    await page.getByRole("button", { name: "IDN-02", exact: true }).focus();
    await page.keyboard.press("Shift+Tab");
    await expect(chip).toBeFocused();
    const tooltip = page.getByRole("tooltip").filter({ hasText: LATEST_FRAMEWORK.questions[0]!.title });
    await expect(tooltip).toBeVisible();
    await expect(tooltip).toContainText("Answer: Advanced");
    await page.keyboard.press("Escape");
    await expect(tooltip).toBeHidden();
  });
});

test("a business scenario sets question-group targets, which the assessor adjusts and the assessment keeps", async ({ page }) => {
  await signUp(page, "Gus Groups");
  await page.goto("/assessments/new");
  await page.getByLabel("Name", { exact: true }).fill("Hybrid work");
  await page.getByLabel("Business scenario").selectOption({ label: "Secure remote and hybrid work" });
  await page.getByText(/^Question groups with their own target/).click();
  await expect(page.getByLabel("Workforce sign-in")).toHaveValue("optimal");
  await expect(page.getByLabel("Non-human identities")).toHaveValue("initial");
  await page.getByLabel("Non-human identities").selectOption("advanced");
  await expect(page.getByLabel("Business scenario")).toHaveValue("");
  await page.getByRole("button", { name: "Create assessment" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Hybrid work" })).toBeVisible();

  const id = new URL(page.url()).pathname.split("/").pop()!;
  const { assessment } = (await (await page.request.get(`/api/v1/assessments/${id}`)).json()) as { assessment: { targets: { groups?: Record<string, string> } } };
  expect(assessment.targets.groups).toMatchObject({ "workforce-sign-in": "optimal", "non-human-identity": "advanced", "ot-iot": "traditional" });
});

/** Tracked next steps: made from snapshots, kept across recommendation changes, closed when the gap is. */
import "@/scripts/test/use-test-database";
import { describe, expect, it } from "vitest";
import { LATEST_FRAMEWORK } from "@/lib/framework/index";
import { prioritiseNextSteps } from "@/lib/scoring/next-steps";
import { parseCsv } from "@/lib/testing/parse-csv";
import { filterOfApiQuery, ZNextStepApiQuery } from "@/lib/validation/next-step";
import { addMember, assessmentWithAnswers, newOrganization } from "@/scripts/test/org-fixtures";
import type { Actor } from "@/lib/actor";

const { prisma } = await import("./db");
const { AppError } = await import("./errors");
const assessments = await import("./assessments");
const answers = await import("./answers");
const snapshots = await import("./snapshots");
const nextSteps = await import("./next-steps");
const portfolio = await import("./portfolio");

const IDENTITY = LATEST_FRAMEWORK.questions.filter((question) => question.pillar === "identity").map((question) => question.id);
const [Q1, Q2] = IDENTITY as [string, string];

/** An assessment targeting Advanced everywhere, so a question at Advanced has no next step. */
async function setLevel(owner: Actor, assessmentId: string, questionId: string, value: "initial" | "advanced") {
  const current = await prisma.answer.findUniqueOrThrow({ where: { assessmentId_questionId: { assessmentId, questionId } } });
  const result = await answers.saveAnswers(owner, assessmentId, [{ questionId, value, note: "", evidence: [], expectedVersion: current.version }]);
  expect(result.ok).toBe(true);
}

const stepFor = async (owner: Actor, assessmentId: string, questionId: string) => (await nextSteps.listNextSteps(owner, { assessmentId, closed: true })).items.find((step) => step.questionId === questionId);

describe("tracked next steps", () => {
  it("a snapshot turns each prioritised next step into a tracked item with the adoption tracker's columns", async () => {
    const { owner } = await newOrganization();
    const id = await assessmentWithAnswers(owner, { [Q1]: "traditional", [Q2]: "advanced" });
    await snapshots.recordSnapshot(owner, id, { label: "Q1 review" });
    const { items: steps } = await nextSteps.listNextSteps(owner, { assessmentId: id });
    expect(steps.map((step) => step.questionId)).toEqual([Q1]);
    const question = LATEST_FRAMEWORK.questions.find((candidate) => candidate.id === Q1)!;
    expect(steps[0]).toMatchObject({
      title: question.title,
      objective: question.nextSteps.traditional.action,
      stage: "initial",
      status: "not_started",
      owner: null,
      pillar: "identity",
      overdue: false,
      assessment: { id, name: "Assessed" },
    });
  });

  it("keeps owner, status, due date and notes when a later snapshot moves the recommendation, and closes it with a reason when the gap is gone", async () => {
    const { organizationId, owner } = await newOrganization();
    const pm = await addMember(organizationId, "tracker", "Pat Manager");
    const id = await assessmentWithAnswers(owner, { [Q1]: "traditional" });
    await snapshots.recordSnapshot(owner, id, { label: "Q1" });
    const step = (await stepFor(owner, id, Q1))!;
    await nextSteps.updateNextStep(pm, step.id, { ownerId: pm.userId, status: "in_progress", dueDate: "2027-03-31", notes: "Hardware keys ordered" });

    await setLevel(owner, id, Q1, "initial");
    await snapshots.recordSnapshot(owner, id, { label: "Q2" });
    const moved = (await stepFor(owner, id, Q1))!;
    expect(moved).toMatchObject({ id: step.id, stage: "advanced", owner: { id: pm.userId }, status: "in_progress", dueDate: "2027-03-31", notes: "Hardware keys ordered", closedReason: null });

    await setLevel(owner, id, Q1, "advanced");
    await snapshots.recordSnapshot(owner, id, { label: "Q3" });
    const closed = (await stepFor(owner, id, Q1))!;
    expect(closed).toMatchObject({ id: step.id, status: "done", owner: { id: pm.userId } });
    expect(closed.closedReason).toMatch(/Gap closed.*“Q3”/);

    // The gap coming back reopens what was closed automatically.
    await setLevel(owner, id, Q1, "initial");
    await snapshots.recordSnapshot(owner, id, { label: "Q4" });
    expect(await stepFor(owner, id, Q1)).toMatchObject({ id: step.id, status: "not_started", closedReason: null, owner: { id: pm.userId } });
  });

  it("keeps an item open while its gap is open, though its step waits for an unanswered prerequisite", async () => {
    // IDN-03 reaches Initial only once IDN-02 is at Initial: with IDN-02 back to Unknown, its step is not offered.
    const { owner } = await newOrganization();
    const id = await assessmentWithAnswers(owner, { "IDN-02": "traditional", "IDN-03": "traditional" });
    await snapshots.recordSnapshot(owner, id, { label: "First" });
    expect(await stepFor(owner, id, "IDN-03")).toMatchObject({ status: "not_started" });
    const current = await prisma.answer.findUniqueOrThrow({ where: { assessmentId_questionId: { assessmentId: id, questionId: "IDN-02" } } });
    expect((await answers.saveAnswers(owner, id, [{ questionId: "IDN-02", value: "unknown", note: "", evidence: [], expectedVersion: current.version }])).ok).toBe(true);
    await snapshots.recordSnapshot(owner, id, { label: "Second" });
    expect(await stepFor(owner, id, "IDN-03")).toMatchObject({ status: "not_started", closedReason: null });
  });

  it("a won't-do decision survives later snapshots", async () => {
    const { owner } = await newOrganization();
    const id = await assessmentWithAnswers(owner, { [Q1]: "traditional" });
    await snapshots.recordSnapshot(owner, id, {});
    const step = (await stepFor(owner, id, Q1))!;
    await nextSteps.updateNextStep(owner, step.id, { status: "wont_do", notes: "Risk accepted by the CISO" });
    await snapshots.recordSnapshot(owner, id, {});
    expect(await stepFor(owner, id, Q1)).toMatchObject({ status: "wont_do", closedReason: null });
  });

  it("flags and filters overdue open items, and bulk status changes are all or nothing", async () => {
    const { owner } = await newOrganization();
    const id = await assessmentWithAnswers(owner, { [Q1]: "traditional", [Q2]: "initial" });
    await snapshots.recordSnapshot(owner, id, {});
    const [late, onTime] = [(await stepFor(owner, id, Q1))!, (await stepFor(owner, id, Q2))!];
    await nextSteps.updateNextStep(owner, late.id, { dueDate: "2020-01-31" });
    await nextSteps.updateNextStep(owner, onTime.id, { dueDate: "2999-12-31" });
    expect((await nextSteps.listNextSteps(owner, { overdue: true })).items.map((step) => step.id)).toEqual([late.id]);
    expect((await stepFor(owner, id, Q1))!.overdue).toBe(true);

    const other = await newOrganization("Eve Elsewhere");
    const foreignId = await assessmentWithAnswers(other.owner, { [Q1]: "traditional" });
    await snapshots.recordSnapshot(other.owner, foreignId, {});
    const foreign = (await stepFor(other.owner, foreignId, Q1))!;
    const refused = await nextSteps.setNextStepsStatus(owner, { ids: [late.id, foreign.id], status: "blocked" }).catch((error: unknown) => error);
    expect(refused).toBeInstanceOf(AppError);
    expect((await stepFor(owner, id, Q1))!.status).toBe("not_started");

    expect(await nextSteps.setNextStepsStatus(owner, { ids: [late.id, onTime.id], status: "done" })).toEqual({ updated: 2 });
    expect((await nextSteps.listNextSteps(owner, { assessmentId: id, closed: true })).items.map((step) => [step.status, step.overdue])).toEqual([
      ["done", false],
      ["done", false],
    ]);
  });

  it("concurrent status changes each report the status they replaced, read under a row lock", async () => {
    const { owner } = await newOrganization();
    const id = await assessmentWithAnswers(owner, { [Q1]: "traditional" });
    await snapshots.recordSnapshot(owner, id, {});
    const step = (await stepFor(owner, id, Q1))!;
    await Promise.all([
      nextSteps.updateNextStep(owner, step.id, { status: "in_progress" }),
      nextSteps.updateNextStep(owner, step.id, { status: "blocked" }),
      nextSteps.setNextStepsStatus(owner, { ids: [step.id], status: "done" }),
    ]);
    const events = await prisma.auditEvent.findMany({ where: { action: { in: ["nextstep.updated", "nextstep.bulk_status"] }, OR: [{ targetId: step.id }, { after: { path: ["ids"], array_contains: [step.id] } }] } });
    const next = new Map(
      events.map((event) => {
        const before = event.before as Record<string, string>;
        return [event.action === "nextstep.bulk_status" ? before[step.id] : before.status, (event.after as Record<string, string>).status];
      }),
    );
    // Whatever order they ran in, they form one chain from "not_started": each replaced what the one before set.
    expect(next.size).toBe(3);
    let status = "not_started";
    for (let link = 0; link < 3; link += 1) {
      expect(next.has(status)).toBe(true);
      status = next.get(status)!;
    }
  });

  it("refuses an owner from outside the organisation and audits every change with before and after", async () => {
    const { organizationId, owner } = await newOrganization();
    const id = await assessmentWithAnswers(owner, { [Q1]: "traditional" });
    await snapshots.recordSnapshot(owner, id, {});
    const step = (await stepFor(owner, id, Q1))!;
    const stranger = await newOrganization("Sam Stranger");
    const error = await nextSteps.updateNextStep(owner, step.id, { ownerId: stranger.owner.userId }).catch((caught: unknown) => caught);
    expect(error).toMatchObject({ code: "invalid_input" });

    await nextSteps.updateNextStep(owner, step.id, { status: "blocked", notes: "Waiting for budget" });
    const [event] = await prisma.auditEvent.findMany({ where: { organizationId, action: "nextstep.updated" } });
    expect(event).toMatchObject({ targetId: step.id, before: { status: "not_started", notes: "" }, after: { status: "blocked", notes: "Waiting for budget" } });
  });

  it("the portfolio shows latest maturity, change since the previous snapshot, open and overdue counts, a burndown, and filters by owner", async () => {
    const { organizationId, owner } = await newOrganization();
    const other = await addMember(organizationId, "assessor", "Olli Other");
    const id = await assessmentWithAnswers(owner, { [Q1]: "traditional", [Q2]: "initial" });
    await snapshots.recordSnapshot(owner, id, { label: "Before" });
    await setLevel(owner, id, Q1, "advanced");
    await snapshots.recordSnapshot(owner, id, { label: "After" });
    await nextSteps.updateNextStep(owner, (await stepFor(owner, id, Q2))!.id, { dueDate: "2020-01-31" });
    const theirs = await assessments.createAssessment(owner, { name: "Theirs", scope: "", frameworkVersion: LATEST_FRAMEWORK.id, ownerId: other.userId });

    const { rows, burndown } = await portfolio.getPortfolio(owner);
    const row = rows.find((candidate) => candidate.id === id)!;
    // Two answers of 77 are too few for a stage: the portfolio shows the mean alone.
    expect(row).toMatchObject({ name: "Assessed", latest: { label: "After", stage: null }, openNextSteps: 1, overdueNextSteps: 1 });
    const [after, before] = await snapshots.listSnapshots(owner, id);
    expect(row.latest!.score).toBeCloseTo(after!.overallScore!, 10);
    expect(row.change).toBeCloseTo(after!.overallScore! - before!.overallScore!, 10);
    expect(row.change).toBeGreaterThan(0);
    expect(rows.find((candidate) => candidate.id === theirs.id)).toMatchObject({ latest: null, change: null, openNextSteps: 0 });
    expect(burndown.at(-1)).toMatchObject({ open: 1 });

    expect((await portfolio.getPortfolio(owner, { ownerId: other.userId })).rows.map((candidate) => candidate.id)).toEqual([theirs.id]);
  });
});


describe("the tracker: filters, pages, checklist and history", () => {
  const PILLAR_OF = new Map(LATEST_FRAMEWORK.questions.map((question) => [question.id, question.pillar]));

  it("filters in the database by assessment, pillar, stage, owner (mine, unassigned), status and overdue, and hides finished items unless asked", async () => {
    const { organizationId, owner } = await newOrganization();
    const pm = await addMember(organizationId, "tracker", "Pat Manager");
    const devices = LATEST_FRAMEWORK.questions.find((question) => question.pillar === "devices")!.id;
    const id = await assessmentWithAnswers(owner, { [Q1]: "traditional", [Q2]: "initial", [devices]: "traditional" });
    const other = await assessmentWithAnswers(owner, { [Q1]: "traditional" });
    await snapshots.recordSnapshot(owner, id, {});
    await snapshots.recordSnapshot(owner, other, {});
    const [first, second, device] = [(await stepFor(owner, id, Q1))!, (await stepFor(owner, id, Q2))!, (await stepFor(owner, id, devices))!];
    await nextSteps.updateNextStep(pm, first.id, { ownerId: pm.userId, dueDate: "2020-01-31" });
    await nextSteps.updateNextStep(pm, second.id, { status: "done" });
    const ids = async (filter: Parameters<typeof nextSteps.listNextSteps>[1]) => (await nextSteps.listNextSteps(owner, filter)).items.map((step) => step.id).sort();

    expect(await ids({ assessmentId: id })).toEqual([first.id, device.id].sort());
    expect((await nextSteps.listNextSteps(owner, { assessmentId: id })).hiddenClosed).toBe(1);
    expect(await ids({ assessmentId: id, closed: true })).toEqual([first.id, second.id, device.id].sort());
    expect(await ids({ assessmentId: id, status: "done" })).toEqual([second.id]);
    expect(await ids({ assessmentId: id, pillar: "devices" })).toEqual([device.id]);
    expect((await nextSteps.listNextSteps(owner, { pillar: "identity" })).items.every((step) => PILLAR_OF.get(step.questionId) === "identity")).toBe(true);
    expect(await ids({ assessmentId: id, stage: "initial" })).toEqual([first.id, device.id].sort());
    expect(await ids({ ownerId: pm.userId })).toEqual([first.id]);
    expect(await ids({ assessmentId: id, ownerId: "none" })).toEqual([device.id]);
    expect(await ids({ overdue: true })).toEqual([first.id]);
    expect((await nextSteps.listNextSteps(owner, {})).assessments.map((assessment) => assessment.id).sort()).toEqual([id, other].sort());

    // Another organisation's filters and ids find nothing here.
    const stranger = await newOrganization("Sam Stranger");
    expect(await nextSteps.listNextSteps(stranger.owner, { assessmentId: id, closed: true })).toMatchObject({ items: [], total: 0, assessments: [] });
    await expect(nextSteps.getNextStep(stranger.owner, first.id)).rejects.toMatchObject({ code: "not_found" });
    await expect(nextSteps.getNextStepHistory(stranger.owner, first.id)).rejects.toMatchObject({ code: "not_found" });
  });

  it("pages on the server with counts, open items first, and clamps a page past the end", async () => {
    const { owner } = await newOrganization();
    const id = await assessmentWithAnswers(owner, Object.fromEntries(IDENTITY.map((questionId) => [questionId, "traditional" as const])));
    await snapshots.recordSnapshot(owner, id, {});
    const all = (await nextSteps.listNextSteps(owner, { assessmentId: id })).items;
    // A step whose prerequisite (in another pillar) is unanswered is not offered yet.
    const offered = prioritiseNextSteps(LATEST_FRAMEWORK, IDENTITY.map((questionId) => ({ questionId, value: "traditional" as const })));
    expect(all.length).toBe(offered.length);
    expect(all.length).toBeGreaterThan(5);
    await nextSteps.setNextStepsStatus(owner, { ids: [all[0]!.id], status: "done" });
    const first = await nextSteps.listNextSteps(owner, { assessmentId: id, closed: true }, 1, 2);
    expect(first).toMatchObject({ total: offered.length, page: 1, pageSize: 2, pageCount: Math.ceil(offered.length / 2) });
    expect(first.items).toHaveLength(2);
    const last = await nextSteps.listNextSteps(owner, { assessmentId: id, closed: true }, 999, 2);
    expect(last.page).toBe(last.pageCount);
    expect(last.items.at(-1)!.id).toBe(all[0]!.id);
    const seen = new Set<string>();
    for (let page = 1; page <= first.pageCount; page += 1) for (const step of (await nextSteps.listNextSteps(owner, { assessmentId: id, closed: true }, page, 2)).items) seen.add(step.id);
    expect(seen.size).toBe(offered.length);
  });

  it("keeps tasks as an ordered checklist, refuses oversized ones, and shows a malformed stored list as empty", async () => {
    const { ZUpdateNextStep } = await import("@/lib/validation/next-step");
    const { owner } = await newOrganization();
    const id = await assessmentWithAnswers(owner, { [Q1]: "traditional" });
    await snapshots.recordSnapshot(owner, id, {});
    const step = (await stepFor(owner, id, Q1))!;
    const tasks = [
      { text: "Order FIDO2 keys", done: true },
      { text: "Enrol admins", done: false },
      { text: "Enforce for everyone", done: false },
    ];
    expect((await nextSteps.updateNextStep(owner, step.id, { tasks })).tasks).toEqual(tasks);
    expect((await nextSteps.getNextStep(owner, step.id)).tasks).toEqual(tasks);

    expect(ZUpdateNextStep.safeParse({ tasks: Array.from({ length: 51 }, () => ({ text: "x", done: false })) }).success).toBe(false);
    expect(ZUpdateNextStep.safeParse({ tasks: [{ text: "x".repeat(501), done: false }] }).success).toBe(false);
    expect(ZUpdateNextStep.safeParse({ tasks: [{ text: "  ", done: false }] }).success).toBe(false);

    await prisma.nextStep.update({ where: { id: step.id }, data: { tasks: { not: "a list" } } });
    expect((await nextSteps.getNextStep(owner, step.id)).tasks).toEqual([]);
  });

  it("history names people and shows field: before → after, bulk changes included, and nothing else of the event", async () => {
    const { organizationId, owner } = await newOrganization();
    const pm = await addMember(organizationId, "tracker", "Pat Manager");
    const viewer = await addMember(organizationId, "viewer", "Vic Viewer");
    const id = await assessmentWithAnswers(owner, { [Q1]: "traditional" });
    await snapshots.recordSnapshot(owner, id, {});
    const step = (await stepFor(owner, id, Q1))!;
    await nextSteps.updateNextStep(pm, step.id, { ownerId: pm.userId, status: "in_progress" });
    await nextSteps.updateNextStep(pm, step.id, { tasks: [{ text: "Order keys", done: true }] });
    await nextSteps.setNextStepsStatus(owner, { ids: [step.id], status: "blocked" });

    const history = await nextSteps.getNextStepHistory(viewer, step.id);
    expect(history).toHaveLength(3);
    expect(history.map((entry) => entry.actor)).toEqual(["Ada Owner", "Pat Manager", "Pat Manager"]);
    expect(history[0]!.changes).toEqual([{ field: "Status", before: "In progress", after: "Blocked" }]);
    expect(history[1]!.changes).toEqual([{ field: "Tasks", before: "none", after: "[x] Order keys" }]);
    expect(history[2]!.changes).toEqual([
      { field: "Owner", before: "Unassigned", after: "Pat Manager" },
      { field: "Status", before: "Not started", after: "In progress" },
    ]);
    expect(Object.keys(history[0]!).sort()).toEqual(["actor", "at", "changes", "id"]);
    expect(JSON.stringify(history)).not.toContain("@example.com");
  });

  it("exports the filtered items with readable labels", async () => {
    const { owner } = await newOrganization();
    const id = await assessmentWithAnswers(owner, { [Q1]: "traditional", [Q2]: "traditional" });
    await snapshots.recordSnapshot(owner, id, {});
    const step = (await stepFor(owner, id, Q1))!;
    await nextSteps.updateNextStep(owner, step.id, { status: "in_progress", tasks: [{ text: "Order keys", done: true }, { text: "Enrol admins", done: false }] });
    const { csv, filename } = await nextSteps.exportNextStepsCsv(owner, { assessmentId: id, status: "in_progress" });
    expect(filename).toBe("next-steps.csv");
    const [header, row, extra] = csv.split("\r\n");
    expect(header).toBe('"Assessment","Pillar","Question id","Next step","Stage","Objective","Tasks","Owner","Status","Due date","Overdue","Notes","Closed because"');
    expect(row).toContain('"Identity"');
    expect(row).toContain('"Initial"');
    expect(row).toContain('"In progress"');
    expect(row).toContain('"[x] Order keys; [ ] Enrol admins"');
    expect(row).not.toContain("in_progress");
    expect(extra ?? "").toBe("");
  });

  it("exports for Jira and Azure DevOps with the owner's email, the stable key and a link back", async () => {
    const { owner, organizationId } = await newOrganization();
    const id = await assessmentWithAnswers(owner, { [Q1]: "traditional", [Q2]: "traditional" });
    await snapshots.recordSnapshot(owner, id, {});
    const step = (await stepFor(owner, id, Q1))!;
    await nextSteps.updateNextStep(owner, step.id, { status: "blocked", ownerId: owner.userId, dueDate: "2027-03-31" });
    const jira = await nextSteps.exportNextStepsCsv(owner, { assessmentId: id, status: "blocked" }, "jira");
    expect(jira.filename).toBe("next-steps-jira.csv");
    const [jiraHeader, jiraRow, ...jiraRest] = parseCsv(jira.csv);
    expect(jiraHeader).toEqual(["Summary", "Issue Type", "Description", "Assignee", "Status", "Resolution", "Due Date", "Labels", "Labels", "Labels", "Labels"]);
    expect(jiraRow!.slice(3)).toEqual([owner.email, "In Progress", "", "2027-03-31", `ztr-${step.id}`, "zero-trust", "ztr-pillar-identity", "blocked"]);
    expect(jiraRow![2]).toContain(`/next-steps?closed=1&item=${step.id}`);
    expect(jiraRest).toEqual([]);
    const azure = await nextSteps.exportNextStepsCsv(owner, { assessmentId: id, status: "blocked" }, "azure-devops");
    const [azureHeader, azureRow] = parseCsv(azure.csv);
    expect(azureHeader).toEqual(["Work Item Type", "Title", "Description", "Assigned To", "Tags"]);
    expect(azureRow![3]).toBe(owner.email);
    expect(azureRow![4]).toBe(`ztr-${step.id}; zero-trust; ztr-pillar-identity; ztr-status-blocked; ztr-due-2027-03-31`);
    const audit = await prisma.auditEvent.findFirst({ where: { organizationId, action: "nextstep.exported" }, orderBy: { at: "desc" }, select: { after: true } });
    expect(audit!.after).toMatchObject({ format: "azure-devops", rows: 1 });
  });

  it("lists for the API within the caller's organisation and token scopes, a bounded page at a time", async () => {
    const { owner } = await newOrganization();
    const id = await assessmentWithAnswers(owner, { [Q1]: "traditional", [Q2]: "traditional" });
    await snapshots.recordSnapshot(owner, id, {});
    const stranger = (await newOrganization()).owner;
    const page = await nextSteps.listNextSteps(owner, filterOfApiQuery(ZNextStepApiQuery.parse({ assessment: id, limit: "1" }), owner.userId), 1, 1);
    expect(page).toMatchObject({ pageSize: 1, page: 1 });
    expect(page.items).toHaveLength(1);
    expect(page.pageCount).toBe(page.total);
    // Another organisation's assessment id filters to nothing: its items are never listed.
    const across = await nextSteps.listNextSteps(stranger, filterOfApiQuery(ZNextStepApiQuery.parse({ assessment: id, closed: "true" }), stranger.userId));
    expect(across.total).toBe(0);
    await expect(nextSteps.listNextSteps({ ...owner, tokenScopes: ["assessment.write"] })).rejects.toMatchObject({ code: "forbidden" });
    expect((await nextSteps.listNextSteps({ ...owner, tokenScopes: ["assessment.read"] })).total).toBe(page.total);
  });

  it("lists a page of 1,000 items quickly enough to report (printed, not asserted)", async () => {
    const { organizationId, owner } = await newOrganization();
    const ids: string[] = [];
    for (let index = 0; index < 20; index += 1) {
      const assessment = await prisma.assessment.create({
        data: { organizationId, name: `Load ${index}`, frameworkVersion: LATEST_FRAMEWORK.id, targets: {} },
      });
      ids.push(assessment.id);
    }
    await prisma.nextStep.createMany({
      data: Array.from({ length: 1000 }, (_, index) => {
        const question = LATEST_FRAMEWORK.questions[index % LATEST_FRAMEWORK.questions.length]!;
        return {
          assessmentId: ids[Math.floor(index / 50)]!,
          questionId: `${question.id}${index >= LATEST_FRAMEWORK.questions.length ? `-${index}` : ""}`,
          title: question.title,
          objective: question.nextSteps.traditional.action,
          stage: "initial",
          status: index % 5 === 0 ? ("done" as const) : ("not_started" as const),
          dueDate: new Date(Date.UTC(2026, index % 12, 1 + (index % 28))),
          ownerId: index % 3 === 0 ? owner.userId : null,
        };
      }),
    });
    const timings: Record<string, number> = {};
    for (const [name, filter] of Object.entries({ all: {}, mine: { ownerId: owner.userId }, overdue: { overdue: true }, identity: { pillar: "identity" as const }, finished: { closed: true } })) {
      const started = performance.now();
      const page = await nextSteps.listNextSteps(owner, filter);
      timings[name] = Math.round(performance.now() - started);
      expect(page.items.length).toBeLessThanOrEqual(50);
    }
    expect((await nextSteps.listNextSteps(owner, { closed: true })).total).toBe(1000);
    console.log(`next steps: 1,000 items, one page of 50 in ms: ${JSON.stringify(timings)}`);
  });
});

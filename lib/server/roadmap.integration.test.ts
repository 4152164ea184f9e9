/** The roadmap: settings and pins stored on the assessment, and accepting it into the tracker. */
import "@/scripts/test/use-test-database";
import { describe, expect, it } from "vitest";
import { nextMonthStart } from "@/lib/scoring/roadmap";
import { addMember, appError, assessmentWithAnswers, newOrganization } from "@/scripts/test/org-fixtures";

const { prisma } = await import("./db");
const assessments = await import("./assessments");
const answers = await import("./answers");
const snapshots = await import("./snapshots");
const nextSteps = await import("./next-steps");
const roadmap = await import("./roadmap");
const report = await import("./report");

// Questions without prerequisites that none needs, so the plan is only theirs. DAT-07 is critical (M, M steps), INF-01's step out of Initial is M.
const [CRITICAL, OTHER, DONE] = ["DAT-07", "INF-01", "NET-01"] as const;

const auditOf = (targetId: string, action: string) => prisma.auditEvent.findMany({ where: { targetId, action }, orderBy: { at: "asc" } });

describe("roadmap", () => {
  it("plans the current answers from next month at 10 points until settings are stored, then with the stored capacity and start", async () => {
    const { owner } = await newOrganization();
    const id = await assessmentWithAnswers(owner, { [CRITICAL]: "traditional", [OTHER]: "initial", [DONE]: "advanced" });
    const initial = await roadmap.getRoadmap(owner, id);
    expect(initial.settings).toEqual({ capacity: 10, start: nextMonthStart(new Date().toISOString().slice(0, 10)).slice(0, 7), startIsDefault: true, pins: {} });
    expect(initial.accepted).toBeNull();

    const view = await roadmap.updateRoadmapSettings(owner, id, { capacity: 4, start: "2027-01" });
    expect(view.settings).toMatchObject({ capacity: 4, start: "2027-01", startIsDefault: false });
    // The critical question's steps lead their phases; its Advanced step spills from January into February.
    expect(view.roadmap.steps.map(({ key, start, due, phase }) => ({ key, start, due, phase }))).toEqual([
      { key: `${CRITICAL}:initial`, start: "2027-01-01", due: "2027-01-23", phase: 0 },
      { key: `${CRITICAL}:advanced`, start: "2027-01-24", due: "2027-02-14", phase: 1 },
      { key: `${OTHER}:advanced`, start: "2027-02-15", due: "2027-03-07", phase: 1 },
    ]);
    expect(view.roadmap.months).toEqual([
      { month: "2027-01", points: 4, capacity: 4 },
      { month: "2027-02", points: 4, capacity: 4 },
      { month: "2027-03", points: 1, capacity: 4 },
    ]);
    const [event] = await auditOf(id, "roadmap.updated");
    expect(event).toMatchObject({ before: { capacity: 10, start: null }, after: { capacity: 4, start: "2027-01" } });

    // Back to the default start.
    expect((await roadmap.updateRoadmapSettings(owner, id, { start: null })).settings.startIsDefault).toBe(true);
  });

  it("pins a planned step to a later month and unpins it; refuses steps not planned and months before the start", async () => {
    const { owner } = await newOrganization();
    const id = await assessmentWithAnswers(owner, { [CRITICAL]: "traditional", [OTHER]: "initial" });
    await roadmap.updateRoadmapSettings(owner, id, { capacity: 4, start: "2027-01" });
    const pinned = await roadmap.pinRoadmapStep(owner, id, { key: `${OTHER}:advanced`, month: "2027-06" });
    expect(pinned.settings.pins).toEqual({ [`${OTHER}:advanced`]: "2027-06" });
    expect(pinned.roadmap.steps.find((step) => step.key === `${OTHER}:advanced`)).toMatchObject({ start: "2027-06-01", pinned: true, pinAdjusted: false });
    expect((await appError(roadmap.pinRoadmapStep(owner, id, { key: `${DONE}:advanced`, month: "2027-06" }))).code).toBe("invalid_input");
    expect((await appError(roadmap.pinRoadmapStep(owner, id, { key: `${OTHER}:advanced`, month: "2026-12" }))).fields).toEqual({ month: "Choose 2027-01 or later." });

    const unpinned = await roadmap.pinRoadmapStep(owner, id, { key: `${OTHER}:advanced`, month: null });
    expect(unpinned.settings.pins).toEqual({});
    expect((await auditOf(id, "roadmap.step_pinned")).map((event) => event.after)).toEqual([{ step: `${OTHER}:advanced`, month: "2027-06" }]);
    expect((await auditOf(id, "roadmap.step_unpinned")).map((event) => event.before)).toEqual([{ step: `${OTHER}:advanced`, month: "2027-06" }]);
  });

  it("accepting writes each question's next due date into the tracker, creates missing items, leaves closed ones, and notices when the gaps change", async () => {
    const { organizationId, owner } = await newOrganization();
    const id = await assessmentWithAnswers(owner, { [CRITICAL]: "traditional", [OTHER]: "initial", [DONE]: "initial" });
    await snapshots.recordSnapshot(owner, id, { label: "Q1" });
    const tracked = async () => new Map((await nextSteps.listNextSteps(owner, { assessmentId: id, closed: true })).items.map((item) => [item.questionId, item]));
    const before = await tracked();
    // Someone finished DONE's step by hand; OTHER's tracked item is gone (a tracker set up before snapshots, say).
    await nextSteps.updateNextStep(owner, before.get(DONE)!.id, { status: "done" });
    await prisma.nextStep.delete({ where: { id: before.get(OTHER)!.id } });
    await roadmap.updateRoadmapSettings(owner, id, { capacity: 4, start: "2027-01" });
    const view = await roadmap.getRoadmap(owner, id);

    const tracker = await addMember(organizationId, "tracker", "Pat Tracker");
    expect((await appError(roadmap.acceptRoadmap(tracker, id, { fingerprint: view.fingerprint }))).code).toBe("forbidden");
    expect((await appError(roadmap.acceptRoadmap(owner, id, { fingerprint: "0".repeat(64) }))).code).toBe("conflict");

    const result = await roadmap.acceptRoadmap(owner, id, { fingerprint: view.fingerprint });
    expect({ created: result.created, updated: result.updated, closed: result.closed }).toEqual({ created: 1, updated: 1, closed: 1 });
    expect(result.view.accepted).toMatchObject({ by: "Ada Owner", steps: view.roadmap.steps.length });
    expect(result.view.replan).toEqual({ needed: false, added: [], removed: [], datesMoved: 0 });
    const firstDue = (questionId: string) => view.roadmap.steps.find((step) => step.questionId === questionId)!.due;
    const after = await tracked();
    expect(after.get(CRITICAL)).toMatchObject({ id: before.get(CRITICAL)!.id, stage: "initial", dueDate: firstDue(CRITICAL), status: "not_started" });
    expect(after.get(OTHER)).toMatchObject({ stage: "advanced", dueDate: firstDue(OTHER), status: "not_started" });
    expect(after.get(DONE)).toMatchObject({ status: "done", dueDate: null });
    const [event] = await auditOf(id, "roadmap.accepted");
    expect(event!.after).toMatchObject({ steps: view.roadmap.steps.length, capacity: 4, start: "2027-01-01", created: 1, updated: 1, closed: 1 });

    // A new answer closes a gap: the accepted plan no longer matches.
    const answer = await prisma.answer.findUniqueOrThrow({ where: { assessmentId_questionId: { assessmentId: id, questionId: OTHER } } });
    await answers.saveAnswers(owner, id, [{ questionId: OTHER, value: "advanced", note: "", evidence: [], expectedVersion: answer.version }]);
    const moved = await roadmap.getRoadmap(owner, id);
    expect(moved.replan).toMatchObject({ needed: true, added: [], removed: [`${OTHER}:advanced`] });
  });

  it("gives the report the same plan as the roadmap page, with the stored settings and pins", async () => {
    const { owner } = await newOrganization();
    const id = await assessmentWithAnswers(owner, { [CRITICAL]: "traditional", [OTHER]: "initial" });
    await roadmap.updateRoadmapSettings(owner, id, { capacity: 4, start: "2027-01" });
    const view = await roadmap.pinRoadmapStep(owner, id, { key: `${OTHER}:advanced`, month: "2027-06" });
    expect((await report.getReportData(owner, id)).plannedRoadmap).toEqual(view.roadmap);
  });

  it("refuses changes to an archived assessment and a plan with nothing in it", async () => {
    const { owner } = await newOrganization();
    const id = await assessmentWithAnswers(owner, { [DONE]: "advanced" });
    const empty = await roadmap.getRoadmap(owner, id);
    expect(empty.roadmap.steps).toEqual([]);
    expect((await appError(roadmap.acceptRoadmap(owner, id, { fingerprint: empty.fingerprint }))).code).toBe("conflict");
    await assessments.updateAssessment(owner, id, { status: "archived" });
    expect((await appError(roadmap.updateRoadmapSettings(owner, id, { capacity: 5 }))).code).toBe("conflict");
  });
});

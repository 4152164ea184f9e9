/**
 * The level checklist and the Unknown answer against the real database: ticks are stored and
 * checked against the question's criteria in the assessment's version, N/A is refused where a
 * question always applies, and Unknown counts as unanswered wherever answers are counted.
 */
import { randomUUID } from "node:crypto";
import "@/scripts/test/use-test-database";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { z } from "zod";
import { tickableIds } from "@/lib/assessment/criteria";
import { getFramework } from "@/lib/framework/index";
import type { QuestionV2 } from "@/lib/framework/types";
import { ZCreateAssessment, ZSaveAnswer } from "@/lib/validation/assessment";
import { appError } from "@/scripts/test/org-fixtures";

const { prisma } = await import("./db");
const assessments = await import("./assessments");
const answers = await import("./answers");
import type { Actor } from "@/lib/actor";

const V2 = getFramework("zt-2026.2")!;
const V1 = getFramework("zt-2026.1")!;

async function newOwner(): Promise<Actor> {
  const org = await prisma.organization.create({ data: { name: "Org", slug: `org-${randomUUID()}` } });
  const id = randomUUID();
  const email = `owner-${id}@example.com`;
  await prisma.user.create({ data: { id, name: "Olive Owner", email } });
  await prisma.membership.create({ data: { organizationId: org.id, userId: id, role: "owner" } });
  return {
    userId: id,
    email,
    name: "Olive Owner",
    sessionId: `test-${id}`,
    twoFactorEnabled: false,
    membership: { organizationId: org.id, organizationName: "Org", role: "owner", mfaRequired: false },
    organizations: [{ id: org.id, name: "Org" }],
  };
}

const create = (actor: Actor, input: z.input<typeof ZCreateAssessment>) => assessments.createAssessment(actor, ZCreateAssessment.parse(input));
const save = (actor: Actor, assessmentId: string, ...saves: z.input<typeof ZSaveAnswer>[]) =>
  answers.saveAnswers(
    actor,
    assessmentId,
    saves.map((input) => ZSaveAnswer.parse(input)),
  );

// A question that always applies. Until the bank marks one (IDN-01 will be), the first question
// is marked so for these tests and restored after them.
let always: QuestionV2;
let restore = () => {};
beforeAll(() => {
  const marked = (V2.questions as QuestionV2[]).find((question) => !question.detail.naAllowed);
  if (marked) return void (always = marked);
  always = V2.questions[0] as QuestionV2;
  always.detail.naAllowed = false;
  restore = () => void (always.detail.naAllowed = true);
});
afterAll(() => restore());

describe("saveAnswers: the level checklist", () => {
  it("stores the ticks with the answer, returns and lists them, and treats a new tick as a change", async () => {
    const owner = await newOwner();
    const { id } = await create(owner, { name: "Ticks", frameworkVersion: V2.id });
    const question = V2.questions.find((candidate) => candidate.detail?.naAllowed !== false)!;
    const initial = tickableIds(question).filter((tick) => tick.startsWith("initial-"));

    const [first] = await expectOk(save(owner, id, { questionId: question.id, value: "initial", criteriaMet: initial, expectedVersion: 0 }));
    expect(first).toMatchObject({ value: "initial", criteriaMet: initial, version: 1 });
    expect(await prisma.answer.findUnique({ where: { assessmentId_questionId: { assessmentId: id, questionId: question.id } } })).toMatchObject({ level: "initial", criteriaMet: initial });

    const more = [...initial, "advanced-1"];
    const [second] = await expectOk(save(owner, id, { questionId: question.id, value: "initial", criteriaMet: more, expectedVersion: 1 }));
    expect(second).toMatchObject({ criteriaMet: more, version: 2 });
    expect((await answers.listAnswers(owner, id)).map((answer) => answer.criteriaMet)).toEqual([more]);
    const audited = await prisma.auditEvent.findFirst({ where: { organizationId: owner.membership!.organizationId, action: "answer.saved" }, orderBy: { seq: "desc" } });
    expect(audited?.after).toMatchObject({ questionId: question.id, criteriaMet: more, version: 2 });
  });

  it("refuses ids that are not criteria of the question in the assessment's version, saving nothing", async () => {
    const owner = await newOwner();
    const { id } = await create(owner, { name: "Bad ticks", frameworkVersion: V2.id });
    const [question, other] = V2.questions as [QuestionV2, QuestionV2];
    const beyond = `optimal-${question.detail.criteria.optimal.length + 1}`;

    const error = await appError(
      save(owner, id, { questionId: other.id, value: "initial", expectedVersion: 0 }, { questionId: question.id, value: "optimal", criteriaMet: ["initial-1", beyond], expectedVersion: 0 }),
    );
    expect(error.code).toBe("invalid_input");
    expect(error.status).toBe(400);
    expect(error.message).toBe(`${question.id} has no criterion "${beyond}" to tick (Traditional's criteria describe the starting point and are not ticked).`);
    expect(error.fields).toEqual({ "answers[1].criteriaMet": error.message });

    // Traditional's criteria describe the starting point: never ticked.
    const traditional = await appError(save(owner, id, { questionId: question.id, value: "traditional", criteriaMet: ["traditional-1"], expectedVersion: 0 }));
    expect(traditional.message).toMatch(/no criterion "traditional-1"/);
    expect(await prisma.answer.count({ where: { assessmentId: id } })).toBe(0);
  });

  it("refuses ticks on a zt-2026.1 assessment, whose questions have no checklist, and saves its answers as before", async () => {
    const owner = await newOwner();
    const { id } = await create(owner, { name: "Old version", frameworkVersion: V1.id });
    const question = V1.questions[0]!;

    const error = await appError(save(owner, id, { questionId: question.id, value: "initial", criteriaMet: ["initial-1"], expectedVersion: 0 }));
    expect(error.message).toBe(`${question.id} has no criteria to tick.`);
    const [saved] = await expectOk(save(owner, id, { questionId: question.id, value: "not_applicable", naReason: "Out of scope", expectedVersion: 0 }));
    expect(saved).toMatchObject({ value: "not_applicable", criteriaMet: [] });
  });

  it("refuses N/A with a clear message where the question always applies, and accepts a level or Unknown there", async () => {
    const owner = await newOwner();
    const { id } = await create(owner, { name: "Always applies", frameworkVersion: V2.id });

    const error = await appError(save(owner, id, { questionId: always.id, value: "not_applicable", naReason: "We have no staff", expectedVersion: 0 }));
    expect(error.code).toBe("invalid_input");
    expect(error.status).toBe(400);
    expect(error.message).toBe(`${always.id} applies to every organisation: answer a level or Unknown, not Not applicable.`);
    expect(error.fields).toEqual({ "answers[0].value": error.message });
    expect(await prisma.answer.count({ where: { assessmentId: id } })).toBe(0);

    const [unknown] = await expectOk(save(owner, id, { questionId: always.id, value: "unknown", expectedVersion: 0 }));
    expect(unknown).toMatchObject({ value: "unknown", version: 1 });
  });
});

describe("an Unknown answer", () => {
  it("is stored but counts as unanswered in the list and the score", async () => {
    const owner = await newOwner();
    const { id } = await create(owner, { name: "Unknowns", frameworkVersion: V2.id });
    const [q1, q2] = V2.questions as [QuestionV2, QuestionV2];
    await expectOk(save(owner, id, { questionId: q1.id, value: "unknown", expectedVersion: 0 }, { questionId: q2.id, value: "advanced", expectedVersion: 0 }));

    const listed = (await assessments.listAssessments(owner, {})).find((summary) => summary.id === id);
    expect(listed).toMatchObject({ answered: 1, total: V2.questions.length });
    const { scores } = await assessments.getAssessmentScores(owner, id);
    expect(scores.overall.answered).toBe(1);
    expect(scores.unanswered).toContain(q1.id);
    // The assessment started: an Unknown is still a decision recorded.
    expect((await assessments.getAssessment(owner, id)).status).toBe("in_progress");
  });
});

async function expectOk(promise: ReturnType<typeof answers.saveAnswers>) {
  const result = await promise;
  if (!result.ok) throw new Error(`unexpected conflict: ${JSON.stringify(result.conflicts)}`);
  return result.answers;
}

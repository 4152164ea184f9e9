/** The one converter from answer rows: each reading of a stored N/A and of a level. */
import "@/scripts/test/use-test-database";
import { describe, expect, it } from "vitest";
import { assessmentWithAnswers, newOrganization } from "@/scripts/test/org-fixtures";

const { prisma } = await import("./db");
const { ANSWER_INCLUDE, SCORING_SELECT, toScoredAnswer, toScoringInput, toStoredAnswer } = await import("./answer-rows");

describe("answer rows", () => {
  it("read as the stored answer, the scored content and the scoring input, an approved N/A's reason and date included", async () => {
    const { owner } = await newOrganization();
    const assessmentId = await assessmentWithAnswers(owner, { "IDN-01": "advanced", "IDN-02": "initial" });
    const approvedAt = new Date("2026-11-02T10:00:00Z");
    await prisma.answer.update({
      where: { assessmentId_questionId: { assessmentId, questionId: "IDN-02" } },
      data: { level: "not_applicable", naReason: "No users.", naReviewDate: new Date("2027-05-01"), naApprovedAt: approvedAt, naApprovedById: owner.userId, criteriaMet: [] },
    });
    const where = (questionId: string) => ({ assessmentId_questionId: { assessmentId, questionId } });

    const level = await prisma.answer.findUniqueOrThrow({ where: where("IDN-01"), include: ANSWER_INCLUDE });
    const na = await prisma.answer.findUniqueOrThrow({ where: where("IDN-02"), include: ANSWER_INCLUDE });
    expect(toStoredAnswer(na)).toMatchObject({
      questionId: "IDN-02",
      value: "not_applicable",
      naReason: "No users.",
      naReviewDate: "2027-05-01",
      naApprovedBy: owner.name,
      naApprovedAt: approvedAt,
      updatedBy: owner.name,
      version: 1,
    });
    expect(toStoredAnswer(level)).toMatchObject({ questionId: "IDN-01", value: "advanced", naReason: null, naReviewDate: null, naApprovedBy: null });

    expect(toScoredAnswer(na)).toEqual({ questionId: "IDN-02", value: "not_applicable", naReason: "No users.", note: "", evidence: [], criteriaMet: [], naReviewDate: "2027-05-01", naApproved: true });
    expect(toScoredAnswer(level)).toEqual({ questionId: "IDN-01", value: "advanced", naReason: null, note: "", evidence: [], criteriaMet: level.criteriaMet });

    const scoring = await prisma.answer.findMany({ where: { assessmentId }, select: SCORING_SELECT, orderBy: { questionId: "asc" } });
    expect(scoring.map(toScoringInput)).toEqual([
      { questionId: "IDN-01", value: "advanced", naReason: null, naApproved: false },
      { questionId: "IDN-02", value: "not_applicable", naReason: "No users.", naApproved: true },
    ]);
  });
});

/**
 * The benchmarks' load: in the demo organisation, 1,000 assessments with 64 answers and 5
 * snapshots each, their tracked next steps (some overdue), and one assessment with 20
 * snapshots. Seeded random, so every run loads the same data.
 */
import { PrismaPg } from "@prisma/adapter-pg";
import { Prisma, PrismaClient } from "../../generated/prisma/client";
import { POLICY_SELECT, scoringPolicyOf } from "../../lib/assessment/scoring-settings";
import { LATEST_FRAMEWORK } from "../../lib/framework/index";
import { STAGES } from "../../lib/framework/types";
import { scoreAssessment } from "../../lib/scoring/maturity";
import { prioritiseNextSteps } from "../../lib/scoring/next-steps";
import { SCORING_VERSION, type ScoringPolicy } from "../../lib/scoring/policy";
import type { AnswerInput } from "../../lib/scoring/types";
import { seededRandom } from "../seeded-random";

const DAY_MS = 86_400_000;
const framework = LATEST_FRAMEWORK;
const targets = framework.presets[0]!.targets;

/** Answers that improve a little with every review. */
function answersAt(random: () => number, review: number): AnswerInput[] {
  return framework.questions.map((question) => ({
    questionId: question.id,
    value: STAGES[Math.min(3, Math.floor(random() * 3) + Math.floor(review / 2))]!,
  }));
}

const json = (value: unknown) => value as Prisma.InputJsonValue;

async function seedAssessment(prisma: PrismaClient, ids: { organizationId: string; userId: string; policy: ScoringPolicy }, name: string, snapshots: number, random: () => number) {
  const now = Date.now();
  const assessment = await prisma.assessment.create({
    data: { organizationId: ids.organizationId, name, frameworkVersion: framework.id, targets, ownerId: ids.userId, status: "in_progress" },
  });
  let answers: AnswerInput[] = [];
  const rows = [];
  for (let review = 0; review < snapshots; review += 1) {
    answers = answersAt(random, review);
    rows.push({
      assessmentId: assessment.id,
      label: `Review ${review + 1}`,
      takenAt: new Date(now - (snapshots - review) * 30 * DAY_MS),
      takenById: ids.userId,
      frameworkVersion: framework.id,
      answers: json(answers.map((answer) => ({ ...answer, naReason: null, note: "", evidence: [] }))),
      scores: json(scoreAssessment(framework, answers, targets, ids.policy)),
      scoringVersion: SCORING_VERSION,
      targets: json(targets),
    });
  }
  await prisma.snapshot.createMany({ data: rows });
  await prisma.answer.createMany({ data: answers.map((answer) => ({ assessmentId: assessment.id, questionId: answer.questionId, level: answer.value, updatedById: ids.userId })) });
  const steps = prioritiseNextSteps(framework, answers, targets, ids.policy);
  await prisma.nextStep.createMany({
    data: steps.map((step, index) => ({
      assessmentId: assessment.id,
      questionId: step.questionId,
      title: step.title,
      objective: step.action,
      stage: step.toStage,
      ownerId: ids.userId,
      createdAt: new Date(now - snapshots * 30 * DAY_MS),
      // A few past their due date, a few done.
      dueDate: index % 7 === 0 ? new Date(now - 10 * DAY_MS) : new Date(now + (index + 1) * 7 * DAY_MS),
      status: index % 5 === 0 ? "done" : "not_started",
      closedAt: index % 5 === 0 ? new Date(now - (index % 90) * DAY_MS) : null,
    })),
  });
  return assessment.id;
}

/** Loads the benchmark data into the demo organisation; returns the id of the 20-snapshot assessment. */
export async function seedLoad(url: string, { assessments = 1000, snapshots = 5 } = {}): Promise<{ organizationId: string; longHistoryId: string }> {
  const prisma = new PrismaClient({ adapter: new PrismaPg({ connectionString: url, max: 4 }) });
  try {
    const membership = await prisma.membership.findFirstOrThrow({ where: { organization: { slug: "northwind-demo" } } });
    const organization = await prisma.organization.findUniqueOrThrow({ where: { id: membership.organizationId }, select: POLICY_SELECT });
    const ids = { organizationId: membership.organizationId, userId: membership.userId, policy: scoringPolicyOf(organization) };
    const random = seededRandom(20_261_129);
    const longHistoryId = await seedAssessment(prisma, ids, "Load: 20 snapshots", 20, random);
    for (let start = 0; start < assessments; start += 8) {
      await Promise.all(
        Array.from({ length: Math.min(8, assessments - start) }, (_, offset) => seedAssessment(prisma, ids, `Load ${String(start + offset + 1).padStart(4, "0")}`, snapshots, random)),
      );
    }
    return { organizationId: ids.organizationId, longHistoryId };
  } finally {
    await prisma.$disconnect();
  }
}

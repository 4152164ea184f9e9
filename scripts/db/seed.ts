/**
 * `npm run db:seed`: demo organisation, user and assessment, only into a database with no
 * users yet. `npm start` seeds the embedded database by default, a server only when
 * SEED_DEMO_DATA=true: the demo password is public.
 */
import { createHash, randomUUID } from "node:crypto";
import { PrismaPg } from "@prisma/adapter-pg";
import { hashPassword } from "better-auth/crypto";
import { PrismaClient } from "../../generated/prisma/client";
import { impliedCriteria } from "../../lib/assessment/criteria";
import { LATEST_FRAMEWORK, presetTargets } from "../../lib/framework/index";
import { STAGES, type Stage } from "../../lib/framework/types";
import { parseZtaReport } from "../../lib/evidence/zero-trust-assessment/report";
import { countTests, splitTests } from "../../lib/evidence/zero-trust-assessment/results";
import { bytesOf, demoReport, ztaReportJson } from "../../lib/evidence/zero-trust-assessment/sample-report";
import { openCommandDatabase } from "./database-url";

export const DEMO_LOGIN = { email: "demo@example.com", password: "ZeroTrust-demo-2026", name: "Dana Demo" };

/**
 * A plausible, repeatable spread of answers: stronger on identity, weaker on network, with a
 * critical control lagging in identity and in data, as a board would meet in a real baseline.
 */
function demoLevel(index: number, pillarBias: number): Stage {
  const position = Math.max(0, Math.min(3, ((index * 7) % 4) - 1 + pillarBias));
  return STAGES[position]!;
}

const PILLAR_BIAS: Record<string, number> = { identity: 2, network: 0 };
const DEFAULT_BIAS = 1;

/**
 * Nearly every question answered, so each pillar is rated and the demo shows ratings, progress
 * and a few questions still open; the last question of each large pillar is left for the visitor,
 * and one infrastructure question is N/A with its reason.
 */
function demoAnswers(userId: string) {
  const framework = LATEST_FRAMEWORK;
  const lastOfLargePillars = new Set(
    framework.pillars.flatMap(({ id }) => {
      const questions = framework.questions.filter((question) => question.pillar === id);
      return questions.length >= 10 ? [questions.at(-1)!.id] : [];
    }),
  );
  const notApplicable = framework.questions.find((question) => question.pillar === "infrastructure" && question.detail?.naAllowed && question.detail.importance === "standard");
  return framework.questions
    .filter((question) => !lastOfLargePillars.has(question.id))
    .map((question, index) => {
      if (question.id === notApplicable?.id) {
        return { questionId: question.id, level: "not_applicable" as const, naReason: "No on-premises datacentre in scope: every workload runs in the Azure landing zone.", note: "", updatedById: userId };
      }
      const level = demoLevel(index, PILLAR_BIAS[question.pillar] ?? DEFAULT_BIAS);
      // The level's checklist is ticked, as if the assessor had ticked their way to it.
      return { questionId: question.id, level, criteriaMet: impliedCriteria(question, level), note: "", updatedById: userId };
    });
}

/** A run of Microsoft's Zero Trust Assessment over the demo answers, as an import would store it. */
function demoEvidence(answers: ReturnType<typeof demoAnswers>, userId: string) {
  const levels = new Map(answers.map((answer) => [answer.questionId, answer.level]));
  const pillars = new Map(LATEST_FRAMEWORK.questions.map((question) => [question.id, question.pillar as string]));
  const levelOf = (questionId: string) => {
    const level = levels.get(questionId);
    return level && level !== "not_applicable" ? level : null;
  };
  const bytes = bytesOf(ztaReportJson(demoReport(levelOf, (questionId) => pillars.get(questionId))));
  const parsed = parseZtaReport(bytes);
  if (!parsed.ok) throw new Error(`The demo report does not parse: ${JSON.stringify(parsed.problems)}`);
  const { report } = parsed;
  const { results, details } = splitTests(report.tests);
  return {
    source: "zero-trust-assessment",
    tenantId: report.tenantId,
    tenantName: report.tenantName,
    domain: report.domain,
    executedAt: report.executedAt,
    toolVersion: report.toolVersion,
    fileName: "ZeroTrustAssessmentReport.json",
    fileSize: bytes.byteLength,
    sha256: createHash("sha256").update(bytes).digest("hex"),
    importedById: userId,
    counts: countTests(results),
    tests: results,
    details,
  };
}

export async function seedDemoData(url: string): Promise<"seeded" | "not-empty"> {
  const prisma = new PrismaClient({ adapter: new PrismaPg({ connectionString: url, max: 1 }) });
  try {
    if ((await prisma.user.count()) > 0) return "not-empty";
    const framework = LATEST_FRAMEWORK;
    const userId = randomUUID();
    const password = await hashPassword(DEMO_LOGIN.password);
    await prisma.$transaction(async (tx) => {
      await tx.user.create({
        data: {
          id: userId,
          name: DEMO_LOGIN.name,
          email: DEMO_LOGIN.email,
          emailVerified: true,
          accounts: { create: { id: randomUUID(), accountId: userId, providerId: "credential", password } },
        },
      });
      const organization = await tx.organization.create({
        data: { name: "Northwind Demo", slug: "northwind-demo", memberships: { create: { userId, role: "owner" } } },
      });
      const answers = demoAnswers(userId);
      const preset = framework.presets.find((candidate) => candidate.id === "modernize-posture") ?? framework.presets[0]!;
      await tx.assessment.create({
        data: {
          organizationId: organization.id,
          name: "FY26 Zero Trust baseline",
          scope: "Corporate IT: workforce identities, managed endpoints, Microsoft 365 and the Azure landing zone.",
          frameworkVersion: framework.id,
          targets: presetTargets(preset),
          ownerId: userId,
          status: "in_progress",
          answers: { create: answers },
          evidenceImports: { create: demoEvidence(answers, userId) },
        },
      });
    });
    return "seeded";
  } finally {
    await prisma.$disconnect();
  }
}

/** Whether the demo account is in the database, so that its login is worth printing. */
export async function demoLoginExists(url: string): Promise<boolean> {
  const prisma = new PrismaClient({ adapter: new PrismaPg({ connectionString: url, max: 1 }) });
  try {
    return (await prisma.user.count({ where: { email: DEMO_LOGIN.email } })) > 0;
  } finally {
    await prisma.$disconnect();
  }
}

if (import.meta.filename === process.argv[1]) {
  const database = await openCommandDatabase();
  try {
    const outcome = await seedDemoData(database.url);
    console.log(outcome === "seeded" ? `Demo data seeded. Sign in as ${DEMO_LOGIN.email} / ${DEMO_LOGIN.password}` : "The database already has users: demo data not added.");
  } finally {
    await database.close();
  }
}

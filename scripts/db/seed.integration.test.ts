import { PrismaPg } from "@prisma/adapter-pg";
import { verifyPassword } from "better-auth/crypto";
import { afterAll, describe, expect, inject, it } from "vitest";
import { PrismaClient } from "../../generated/prisma/client";
import { LATEST_FRAMEWORK } from "../../lib/framework/index";
import { DEMO_LOGIN, seedDemoData } from "./seed";

const prisma = new PrismaClient({ adapter: new PrismaPg({ connectionString: inject("databaseUrl"), max: 2 }) });
afterAll(() => prisma.$disconnect());

describe("demo seed", () => {
  it("creates a demo owner whose password verifies, with an assessment on real questions", async () => {
    expect(await seedDemoData(inject("databaseUrl"))).toBe("seeded");

    const user = await prisma.user.findUniqueOrThrow({
      where: { email: DEMO_LOGIN.email },
      include: { accounts: true, memberships: true },
    });
    const credential = user.accounts.find((account) => account.providerId === "credential");
    expect(await verifyPassword({ hash: credential!.password!, password: DEMO_LOGIN.password })).toBe(true);
    expect(user.memberships.map((membership) => membership.role)).toEqual(["owner"]);

    const assessment = await prisma.assessment.findFirstOrThrow({ include: { answers: true } });
    const questionIds = new Set(LATEST_FRAMEWORK.questions.map((question) => question.id));
    expect(assessment.frameworkVersion).toBe(LATEST_FRAMEWORK.id);
    expect(assessment.answers.length).toBeGreaterThan(0);
    expect(assessment.answers.every((answer) => questionIds.has(answer.questionId))).toBe(true);
  });

  it("never adds demo data to a database that already has users", async () => {
    expect(await seedDemoData(inject("databaseUrl"))).toBe("not-empty");
    expect(await prisma.user.count()).toBe(1);
  });
});

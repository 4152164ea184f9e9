import { PrismaPg } from "@prisma/adapter-pg";
import { verifyPassword } from "better-auth/crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { PrismaClient } from "../../generated/prisma/client";
import { LATEST_FRAMEWORK } from "../../lib/framework/index";
import { createTestDatabase, type TestDatabase } from "../test/test-database";
import { DEMO_LOGIN, seedDemoData } from "./seed";

// Its own empty database: seeding only ever happens into one without users.
let database: TestDatabase;
let prisma: PrismaClient;
beforeAll(async () => {
  database = await createTestDatabase();
  prisma = new PrismaClient({ adapter: new PrismaPg({ connectionString: database.url, max: 1 }) });
});
afterAll(async () => {
  await prisma.$disconnect();
  await database.drop();
});

describe("demo seed", () => {
  it("creates a demo owner whose password verifies, with an assessment on real questions", async () => {
    expect(await seedDemoData(database.url)).toBe("seeded");

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
    expect(await seedDemoData(database.url)).toBe("not-empty");
    expect(await prisma.user.count()).toBe(1);
  });
});

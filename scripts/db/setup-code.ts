/**
 * The first-run path of a server deployment: while the database has no users, each start
 * replaces the one-time setup code and prints it, so only someone who can read the server's
 * log can create the first owner at /setup (docs/decisions/0007-first-run-and-app-role.md).
 */
import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient } from "../../generated/prisma/client";
import { generateSetupCode, hashSetupCode, SETUP_CODE_TTL_MINUTES } from "../../lib/setup-code";

/** A new code when the database has no users (stored hashed, the old one void), else null and no code at all. */
export async function issueSetupCode(url: string, now = new Date()): Promise<string | null> {
  const prisma = new PrismaClient({ adapter: new PrismaPg({ connectionString: url, max: 1 }) });
  try {
    if (await prisma.user.findFirst({ select: { id: true } })) {
      await prisma.setupCode.deleteMany();
      return null;
    }
    const code = generateSetupCode();
    const row = { codeHash: hashSetupCode(code), expiresAt: new Date(now.getTime() + SETUP_CODE_TTL_MINUTES * 60_000), failedAttempts: 0, createdAt: now };
    await prisma.$transaction([
      prisma.setupCode.upsert({ where: { id: 1 }, create: { id: 1, ...row }, update: row }),
      prisma.auditEvent.create({ data: { action: "setup.code_issued", after: { expiresAt: row.expiresAt.toISOString() } } }),
    ]);
    return code;
  } finally {
    await prisma.$disconnect();
  }
}

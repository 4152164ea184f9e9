import "server-only";
import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient } from "@/generated/prisma/client";

/** The one Prisma client. Kept on globalThis so dev-mode reloads do not open new pools. */
const globalForPrisma = globalThis as unknown as { prisma?: PrismaClient };

// Connecting is lazy: `next build` evaluates this module without a database.
function createClient(): PrismaClient {
  const adapter = new PrismaPg({ connectionString: process.env.DATABASE_URL, max: Number(process.env.DATABASE_POOL_SIZE ?? 10) });
  return new PrismaClient({ adapter });
}

export const prisma: PrismaClient = (globalForPrisma.prisma ??= createClient());

import "server-only";
import { PrismaPg } from "@prisma/adapter-pg";
import pg from "pg";
import { PrismaClient } from "@/generated/prisma/client";

/** The one Prisma client and the connection pool under it. Kept on globalThis so dev-mode reloads do not open new pools. */
const globalForPrisma = globalThis as unknown as { prisma?: PrismaClient; pool?: pg.Pool };

// Connecting is lazy: `next build` evaluates this module without a database.
function createPool(): pg.Pool {
  const pool = new pg.Pool({ connectionString: process.env.DATABASE_URL, max: Number(process.env.DATABASE_POOL_SIZE ?? 10) });
  // An idle connection the database drops (a restart, a failover) emits an error, which would end
  // the process if nothing heard it; the pool replaces the connection on the next query.
  pool.on("error", (error) => console.error("[db] An idle database connection was lost:", error.message));
  return pool;
}

globalForPrisma.pool ??= createPool();

/**
 * The pool Prisma's client runs on, for the one statement of the common answer save
 * (answers.ts): a raw query through the client cost about 150 µs of CPU where `pg` on its pool
 * took 60 (docs/decisions/0017-the-request-path.md). Everything else goes through `prisma`.
 */
export const pool: pg.Pool = globalForPrisma.pool;

// Disconnecting the client (graceful shutdown, scripts) ends the pool too, for good: the process
// exits after it, as nothing here makes a pool again.
export const prisma: PrismaClient = (globalForPrisma.prisma ??= new PrismaClient({ adapter: new PrismaPg(pool, { disposeExternalPool: true }) }));

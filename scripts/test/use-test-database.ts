/**
 * Imported first by integration tests of lib/server: points the app's one Prisma client at
 * this run's database, with the pool size that database supports.
 */
import { inject } from "vitest";

process.env.DATABASE_URL = inject("databaseUrl");
process.env.DATABASE_POOL_SIZE = inject("databasePoolSize");

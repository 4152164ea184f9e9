import { defineConfig } from "prisma/config";

// The URL is read from the environment lazily (not via env()), so `prisma generate`
// works without a database; migrations run through scripts/db (see docs/decisions).
export default defineConfig({
  schema: "prisma/schema.prisma",
  migrations: { path: "prisma/migrations" },
  datasource: { url: process.env.DATABASE_URL ?? "" },
});

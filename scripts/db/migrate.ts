/**
 * `npm run db:migrate`: applies prisma/migrations as the schema owner (MIGRATION_DATABASE_URL,
 * else DATABASE_URL), or to the embedded database.
 */
import { openCommandDatabase } from "./database-url";
import { applyMigrations } from "./schema-engine";

const database = await openCommandDatabase();
try {
  const applied = await applyMigrations(database.migrationUrl);
  console.log(applied.length ? `Applied ${applied.length} migration(s): ${applied.join(", ")}` : "Database is up to date.");
} finally {
  await database.close();
}
// The engine keeps a timer alive after it is freed; leave explicitly.
process.exit(0);

/** `npm run db:migrate`: applies prisma/migrations to DATABASE_URL, or to the embedded database. */
import { configuredDatabaseUrl, EMBEDDED_DATA_DIR } from "./database-url";
import { startEmbeddedPostgres } from "./embedded-postgres";
import { applyMigrations } from "./schema-engine";

const serverUrl = configuredDatabaseUrl();
const embedded = serverUrl ? undefined : await startEmbeddedPostgres({ dataDir: EMBEDDED_DATA_DIR, port: 0 });
try {
  const applied = await applyMigrations(serverUrl ?? embedded!.url);
  console.log(applied.length ? `Applied ${applied.length} migration(s): ${applied.join(", ")}` : "Database is up to date.");
} finally {
  await embedded?.stop();
}
// The engine keeps a timer alive after it is freed; leave explicitly.
process.exit(0);

/**
 * A fresh database per test run: created beside TEST_DATABASE_URL or DATABASE_URL and
 * dropped afterwards, or an in-memory embedded PostgreSQL when neither is set.
 */
import { startEmbeddedPostgres } from "../db/embedded-postgres";
import { applyMigrations, type ShadowDatabase } from "../db/schema-engine";
import { createTemporaryDatabase } from "../db/temporary-database";

export interface TestDatabase extends ShadowDatabase {
  /** The server it lives on, or null for the embedded database. */
  serverUrl: string | null;
}

export async function createTestDatabase(): Promise<TestDatabase> {
  const serverUrl = process.env.TEST_DATABASE_URL?.trim() || process.env.DATABASE_URL?.trim() || null;
  const database = serverUrl
    ? await createTemporaryDatabase(serverUrl, "zt_test")
    : await startEmbeddedPostgres({ port: 0 }).then((embedded) => ({ url: embedded.url, drop: () => embedded.stop() }));
  try {
    await applyMigrations(database.url);
  } catch (error) {
    await database.drop();
    throw error;
  }
  return { ...database, serverUrl };
}

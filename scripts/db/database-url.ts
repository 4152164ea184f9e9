/** Which database the tools talk to: DATABASE_URL, or the embedded one under .data/. */
import path from "node:path";
import { startEmbeddedPostgres } from "./embedded-postgres";
import { ROOT } from "./schema-engine";
import { readOrCreateSecret } from "./secret-file";

export const EMBEDDED_DATA_DIR = path.join(ROOT, ".data/pglite");
export const EMBEDDED_PASSWORD_FILE = path.join(ROOT, ".data/embedded-db-password");
export const EMBEDDED_PORT = Number(process.env.EMBEDDED_DB_PORT ?? 54329);

export function configuredDatabaseUrl(): string | undefined {
  return process.env.DATABASE_URL?.trim() || undefined;
}

/**
 * Where migrations run: MIGRATION_DATABASE_URL names the role that owns the schema, so the
 * app's own DATABASE_URL role needs no right to alter tables or their triggers.
 */
export function configuredMigrationUrl(): string | undefined {
  return process.env.MIGRATION_DATABASE_URL?.trim() || configuredDatabaseUrl();
}

/** The embedded database's password, generated on first use and kept owner-only under .data/. */
export function embeddedPassword(): string {
  return readOrCreateSecret(EMBEDDED_PASSWORD_FILE, 24);
}

export interface CommandDatabase {
  /** The app's connection. */
  url: string;
  /** The schema owner's connection (the same one on the embedded database). */
  migrationUrl: string;
  embedded: boolean;
  close(): Promise<void>;
}

/**
 * The database for a one-off command (migrate, seed, create-owner, audit:verify): the
 * configured server, or the embedded data folder opened for the command's duration. PGlite
 * holds its folder exclusively, so these commands run while `npm start` is stopped.
 */
export async function openCommandDatabase(): Promise<CommandDatabase> {
  const url = configuredDatabaseUrl();
  if (url) return { url, migrationUrl: configuredMigrationUrl()!, embedded: false, close: async () => {} };
  const embedded = await startEmbeddedPostgres({ dataDir: EMBEDDED_DATA_DIR, port: 0, password: embeddedPassword() });
  return { url: embedded.url, migrationUrl: embedded.url, embedded: true, close: () => embedded.stop() };
}

/**
 * `npm run db:app-role -- --role <name>`: the least-privileged PostgreSQL role the app
 * connects as (DATABASE_URL), created by the schema owner (MIGRATION_DATABASE_URL). It may
 * read and write the tables, but only read and append to audit_events, may not truncate
 * anything, owns nothing and so can neither alter tables nor disable their triggers
 * (docs/decisions/0007-first-run-and-app-role.md). Run again after a migration adds a table
 * only if the migrations ran as another role than this command.
 */
import { randomBytes } from "node:crypto";
import { parseArgs } from "node:util";
import pg from "pg";
import { configuredMigrationUrl } from "./database-url";

const ROLE_NAME = /^[a-z_][a-z0-9_]{0,62}$/;

/** The statements, in order, for role `role` on database `database`; the role must exist. */
export function appRoleGrants(role: string, database: string): string[] {
  if (!ROLE_NAME.test(role)) throw new Error(`Role names are lower-case letters, digits and underscores: ${JSON.stringify(role)}`);
  const db = `"${database.replace(/"/g, '""')}"`;
  return [
    `GRANT CONNECT ON DATABASE ${db} TO ${role}`,
    `GRANT USAGE ON SCHEMA public TO ${role}`,
    `GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA public TO ${role}`,
    `GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA public TO ${role}`,
    // The trail is append-only for the app: no UPDATE, DELETE or TRUNCATE, whatever the triggers do.
    `REVOKE UPDATE, DELETE, TRUNCATE, REFERENCES, TRIGGER ON "audit_events" FROM ${role}`,
    // Migration bookkeeping is the owner's business.
    `REVOKE ALL ON "_prisma_migrations" FROM ${role}`,
    // Tables that later migrations create (as the role running this) are usable at once.
    `ALTER DEFAULT PRIVILEGES IN SCHEMA public GRANT SELECT, INSERT, UPDATE, DELETE ON TABLES TO ${role}`,
    `ALTER DEFAULT PRIVILEGES IN SCHEMA public GRANT USAGE, SELECT ON SEQUENCES TO ${role}`,
  ];
}

/** Creates `role` (when missing, with `password`) and grants it exactly what the app needs. */
export async function createAppRole(ownerUrl: string, role: string, password: string): Promise<void> {
  const client = new pg.Client({ connectionString: ownerUrl });
  await client.connect();
  try {
    const database = (await client.query<{ db: string }>("SELECT current_database() AS db")).rows[0]!.db;
    const grants = appRoleGrants(role, database);
    await client.query("BEGIN");
    const exists = (await client.query("SELECT 1 FROM pg_roles WHERE rolname = $1", [role])).rowCount;
    // PASSWORD takes a literal, not a parameter: quote it as PostgreSQL does.
    const literal = `'${password.replace(/'/g, "''")}'`;
    await client.query(`${exists ? "ALTER" : "CREATE"} ROLE ${role} LOGIN NOSUPERUSER NOCREATEDB NOCREATEROLE NOBYPASSRLS PASSWORD ${literal}`);
    for (const statement of grants) await client.query(statement);
    await client.query("COMMIT");
  } catch (error) {
    await client.query("ROLLBACK").catch(() => undefined);
    throw error;
  } finally {
    await client.end();
  }
}

if (import.meta.filename === process.argv[1]) {
  const { values } = parseArgs({ options: { role: { type: "string", default: "ztr_app" } } });
  const ownerUrl = configuredMigrationUrl();
  if (!ownerUrl) {
    console.error("Set MIGRATION_DATABASE_URL (or DATABASE_URL) to the schema owner's connection. The embedded database has one user only.");
    process.exit(2);
  }
  const role = values.role!;
  const password = process.env.APP_DATABASE_PASSWORD || randomBytes(24).toString("base64url");
  await createAppRole(ownerUrl, role, password);
  const appUrl = new URL(ownerUrl);
  appUrl.username = role;
  appUrl.password = password;
  console.log(`Role ${role} is ready. Run the app with\n  MIGRATION_DATABASE_URL=<the owner's URL>\n  DATABASE_URL=${appUrl.toString()}`);
}

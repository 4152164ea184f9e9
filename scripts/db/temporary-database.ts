import { randomBytes } from "node:crypto";
import pg from "pg";
import { startEmbeddedPostgres } from "./embedded-postgres";
import type { ShadowDatabase } from "./schema-engine";

/**
 * SCRATCH_DATABASE_PREFIX goes before the name of every database the tools create and drop, so
 * checkouts sharing one PostgreSQL server each keep to their own names.
 */
function scratchNamePrefix(): string {
  const prefix = process.env.SCRATCH_DATABASE_PREFIX ?? "";
  if (!/^[a-z0-9_]*$/.test(prefix)) throw new Error(`SCRATCH_DATABASE_PREFIX=${prefix}: use lowercase letters, digits and underscores.`);
  return prefix;
}

/**
 * Creates an empty database beside the one `serverUrl` names, on the same server.
 * Used for shadow databases and for the fresh database of each integration run.
 */
export async function createTemporaryDatabase(serverUrl: string, prefix = "zt_tmp"): Promise<ShadowDatabase> {
  const name = `${scratchNamePrefix()}${prefix}_${randomBytes(6).toString("hex")}`;
  const admin = new pg.Client({ connectionString: serverUrl });
  await admin.connect();
  try {
    await admin.query(`CREATE DATABASE ${name}`);
  } finally {
    await admin.end();
  }
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  return {
    url: url.toString(),
    async drop() {
      const dropper = new pg.Client({ connectionString: serverUrl });
      await dropper.connect();
      try {
        await dropper.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      } finally {
        await dropper.end();
      }
    },
  };
}

/**
 * PGlite serves one database whatever name a client asks for, so it can never be its
 * own shadow: a throwaway in-memory instance plays that part instead.
 */
export async function createEmbeddedShadow(): Promise<ShadowDatabase> {
  const embedded = await startEmbeddedPostgres({ port: 0 });
  return { url: embedded.url, drop: () => embedded.stop() };
}

/** The right kind of scratch database for the server at `url`. */
export function shadowFactory(url: string, embedded: boolean): () => Promise<ShadowDatabase> {
  return embedded ? createEmbeddedShadow : () => createTemporaryDatabase(url, "zt_shadow");
}

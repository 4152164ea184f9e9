/**
 * The embedded default database: PGlite (PostgreSQL compiled to WebAssembly) served over
 * the Postgres wire protocol, so the app talks to it through the same adapter as to a
 * real server (docs/decisions/0002-embedded-database.md).
 */
import { PGlite } from "@electric-sql/pglite";
import { PGLiteSocketServer } from "@electric-sql/pglite-socket";
import { mkdirSync } from "node:fs";

/**
 * Connections the app may open to the embedded database. pglite-socket interleaves the
 * extended-protocol messages of concurrent connections (one's Bind can meet another's Parse),
 * so the app talks to it over a single connection; PGlite runs one query at a time anyway.
 */
export const EMBEDDED_POOL_SIZE = "1";

export interface EmbeddedPostgres {
  url: string;
  stop(): Promise<void>;
}

export interface EmbeddedOptions {
  /** Folder that keeps the data between runs; in memory when absent. */
  dataDir?: string;
  /** 0 picks a free port. */
  port: number;
}

export async function startEmbeddedPostgres({ dataDir, port }: EmbeddedOptions): Promise<EmbeddedPostgres> {
  if (dataDir) mkdirSync(dataDir, { recursive: true });
  const db = await PGlite.create(dataDir ? { dataDir } : {});
  const server = new PGLiteSocketServer({ db, host: "127.0.0.1", port, maxConnections: 32 });
  await server.start();
  return {
    url: `postgresql://postgres:postgres@${server.getServerConn()}/postgres?sslmode=disable`,
    async stop() {
      await server.stop();
      await db.close();
    },
  };
}

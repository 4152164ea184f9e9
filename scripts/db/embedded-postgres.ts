/**
 * The embedded default database: PGlite (PostgreSQL compiled to WebAssembly) served over
 * the Postgres wire protocol, so the app talks to it through the same adapter as to a
 * real server (docs/decisions/0002-embedded-database.md).
 */
import { PGlite } from "@electric-sql/pglite";
import { PGLiteSocketServer } from "@electric-sql/pglite-socket";
import { randomBytes } from "node:crypto";
import { mkdirSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { startPasswordGate } from "./password-gate";

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
  /** 0 picks a free port on 127.0.0.1. */
  port: number;
  /** The password clients must give; a random one when absent (throwaway instances). */
  password?: string;
}

/**
 * PGlite behind a password: it listens only on a Unix socket in a fresh owner-only folder,
 * and clients reach it through the SCRAM gate on 127.0.0.1 (scripts/db/password-gate.ts).
 */
export async function startEmbeddedPostgres({ dataDir, port, password = randomBytes(24).toString("base64url") }: EmbeddedOptions): Promise<EmbeddedPostgres> {
  if (dataDir) mkdirSync(dataDir, { recursive: true, mode: 0o700 });
  const db = await PGlite.create(dataDir ? { dataDir } : {});
  // mkdtemp creates the folder with mode 0700, so only this OS user can reach the socket.
  const socketDir = mkdtempSync(path.join(tmpdir(), "zt-pglite-"));
  const socketPath = path.join(socketDir, ".s.PGSQL");
  const server = new PGLiteSocketServer({ db, path: socketPath, maxConnections: 32 });
  await server.start();
  const gate = await startPasswordGate({ host: "127.0.0.1", port, password, upstreamPath: socketPath });
  return {
    url: `postgresql://postgres:${encodeURIComponent(password)}@${gate.host}:${gate.port}/postgres?sslmode=disable`,
    async stop() {
      await gate.close();
      await server.stop();
      await db.close();
      rmSync(socketDir, { recursive: true, force: true });
    },
  };
}

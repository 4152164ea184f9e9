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
import { isAddressInUse, PortInUseError } from "../ports";
import { startPasswordGate, type PasswordGate } from "./password-gate";

/**
 * Connections the app may open to the embedded database. pglite-socket interleaves the
 * extended-protocol messages of concurrent connections (one's Bind can meet another's Parse),
 * so the app talks to it over a single connection; PGlite runs one query at a time anyway.
 */
export const EMBEDDED_POOL_SIZE = "1";

export interface EmbeddedPostgres {
  url: string;
  /** The port it listens on: the one asked for, or a free one when that was taken and `ifPortTaken` allowed it. */
  port: number;
  stop(): Promise<void>;
}

export interface EmbeddedOptions {
  /** Folder that keeps the data between runs; in memory when absent. */
  dataDir?: string;
  /** 0 picks a free port on 127.0.0.1. */
  port: number;
  /** The password clients must give; a random one when absent (throwaway instances). */
  password?: string;
  /** When `port` is taken: throw PortInUseError (the default), or listen on any free port. */
  ifPortTaken?: "fail" | "any-free-port";
}

/**
 * PGlite behind a password: it listens only on a Unix socket in a fresh owner-only folder,
 * and clients reach it through the SCRAM gate on 127.0.0.1 (scripts/db/password-gate.ts).
 */
export async function startEmbeddedPostgres({ dataDir, port, password = randomBytes(24).toString("base64url"), ifPortTaken = "fail" }: EmbeddedOptions): Promise<EmbeddedPostgres> {
  // mkdtemp creates the folder with mode 0700, so only this OS user can reach the socket.
  const socketDir = mkdtempSync(path.join(tmpdir(), "zt-pglite-"));
  const socketPath = path.join(socketDir, ".s.PGSQL");
  // The gate listens first: a taken port is reported before the data folder is opened.
  let gate: PasswordGate;
  try {
    gate = await startPasswordGate({ host: "127.0.0.1", port, password, upstreamPath: socketPath }).catch((error: unknown) => {
      if (!isAddressInUse(error)) throw error;
      if (ifPortTaken === "fail") throw new PortInUseError("127.0.0.1", port);
      return startPasswordGate({ host: "127.0.0.1", port: 0, password, upstreamPath: socketPath });
    });
  } catch (error) {
    rmSync(socketDir, { recursive: true, force: true });
    throw error;
  }
  if (dataDir) mkdirSync(dataDir, { recursive: true, mode: 0o700 });
  const db = await PGlite.create(dataDir ? { dataDir } : {});
  const server = new PGLiteSocketServer({ db, path: socketPath, maxConnections: 32 });
  await server.start();
  return {
    url: `postgresql://postgres:${encodeURIComponent(password)}@${gate.host}:${gate.port}/postgres?sslmode=disable`,
    port: gate.port,
    async stop() {
      await gate.close();
      await server.stop();
      await db.close();
      rmSync(socketDir, { recursive: true, force: true });
    },
  };
}

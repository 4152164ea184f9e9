/** Which database the tools talk to: DATABASE_URL, or the embedded one under .data/. */
import path from "node:path";
import { ROOT } from "./schema-engine";

export const EMBEDDED_DATA_DIR = path.join(ROOT, ".data/pglite");
export const EMBEDDED_PORT = Number(process.env.EMBEDDED_DB_PORT ?? 54329);

export function configuredDatabaseUrl(): string | undefined {
  return process.env.DATABASE_URL?.trim() || undefined;
}

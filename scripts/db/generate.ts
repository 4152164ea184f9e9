/**
 * `prisma generate` without network access: the CLI insists on locating a native schema
 * engine it never uses for generation, so it is pointed at a stub.
 */
import { spawnSync } from "node:child_process";
import { chmodSync, existsSync, mkdirSync, statSync, writeFileSync } from "node:fs";
import path from "node:path";
import { ROOT, SCHEMA_PATH } from "./schema-engine";

const CLIENT_ENTRY = path.join(ROOT, "generated/prisma/client.ts");

export function generatePrismaClient({ force = false } = {}): void {
  const fresh = existsSync(CLIENT_ENTRY) && statSync(CLIENT_ENTRY).mtimeMs >= statSync(SCHEMA_PATH).mtimeMs;
  if (fresh && !force) return;
  const stubDir = path.join(ROOT, "node_modules/.cache/zt");
  const stub = path.join(stubDir, "no-schema-engine.sh");
  mkdirSync(stubDir, { recursive: true });
  writeFileSync(stub, "#!/bin/sh\necho 'schema engine binary is not used here' >&2\nexit 1\n");
  chmodSync(stub, 0o755);
  const result = spawnSync(path.join(ROOT, "node_modules/.bin/prisma"), ["generate"], {
    cwd: ROOT,
    encoding: "utf8",
    env: { ...process.env, PRISMA_SCHEMA_ENGINE_BINARY: stub, CHECKPOINT_DISABLE: "1", PRISMA_HIDE_UPDATE_MESSAGE: "1" },
  });
  if (result.status !== 0) throw new Error(`prisma generate failed:\n${result.stdout}${result.stderr}`);
}

// Every npm script that needs the client runs this first: the scripts it precedes import the
// client statically, so generating inside them would come too late on a fresh clone.
if (import.meta.filename === process.argv[1]) {
  generatePrismaClient({ force: process.argv.includes("--force") });
}

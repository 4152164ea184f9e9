/** Secrets kept in files under .data/: created owner-only and whole, never half-written. */
import { randomBytes } from "node:crypto";
import { chmodSync, linkSync, mkdirSync, readFileSync, statSync, unlinkSync, writeFileSync } from "node:fs";
import path from "node:path";

/**
 * The secret in `file`, created with `bytes` random bytes when the file does not exist.
 *
 * The new secret is written to a temporary file opened with mode 0600 (`wx`: never an
 * existing file), then hard-linked to its name: link() fails when the name exists, so two
 * starts racing each other agree on whichever secret was linked first, and no reader ever
 * sees the file before it is complete or while anyone else may read it.
 */
export function readOrCreateSecret(file: string, bytes = 32): string {
  mkdirSync(path.dirname(file), { recursive: true, mode: 0o700 });
  const temporary = `${file}.${process.pid}.${randomBytes(6).toString("hex")}.tmp`;
  writeFileSync(temporary, randomBytes(bytes).toString("base64url"), { flag: "wx", mode: 0o600 });
  try {
    linkSync(temporary, file);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== "EEXIST") throw error;
  } finally {
    unlinkSync(temporary);
  }
  // A file from an older version may have been created readable by others: tighten it.
  if ((statSync(file).mode & 0o077) !== 0) chmodSync(file, 0o600);
  const secret = readFileSync(file, "utf8").trim();
  if (!secret) throw new Error(`${file} is empty: delete it to have a new secret generated.`);
  return secret;
}

import { execFile } from "node:child_process";
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { promisify } from "node:util";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { readOrCreateSecret } from "./secret-file";

let dir: string;
let umask: number;
beforeEach(() => {
  dir = mkdtempSync(path.join(tmpdir(), "zt-secret-"));
  // The most permissive umask: the file must be owner-only because of its own mode.
  umask = process.umask(0);
});
afterEach(() => {
  process.umask(umask);
  rmSync(dir, { recursive: true, force: true });
});

describe("secret files", () => {
  it("creates the secret owner-only (0600) under an owner-only folder, and keeps it", () => {
    const file = path.join(dir, "nested/auth-secret");
    const secret = readOrCreateSecret(file);
    expect(secret).toMatch(/^[\w-]{43}$/);
    expect(statSync(file).mode & 0o777).toBe(0o600);
    expect(statSync(path.dirname(file)).mode & 0o777).toBe(0o700);
    expect(readOrCreateSecret(file)).toBe(secret);
    expect(readdirSync(path.dirname(file))).toEqual(["auth-secret"]);
  });

  it("tightens a secret file that an older version left readable by others", () => {
    const file = path.join(dir, "auth-secret");
    writeFileSync(file, "old-secret\n", { mode: 0o644 });
    expect(readOrCreateSecret(file)).toBe("old-secret");
    expect(statSync(file).mode & 0o777).toBe(0o600);
  });

  it("gives every one of several processes starting at once the same secret", async () => {
    const file = path.join(dir, "auth-secret");
    const run = promisify(execFile);
    const script = `import { readOrCreateSecret } from ${JSON.stringify(path.resolve(import.meta.dirname, "secret-file.ts"))}; process.stdout.write(readOrCreateSecret(${JSON.stringify(file)}));`;
    const outputs = await Promise.all(
      Array.from({ length: 6 }, () => run(process.execPath, ["--import", "tsx", "--input-type=module", "-e", script]).then((result) => result.stdout)),
    );
    expect(new Set(outputs).size).toBe(1);
    expect(outputs[0]).toBe(readFileSync(file, "utf8"));
    expect(readdirSync(dir)).toEqual(["auth-secret"]);
  });
});

import "server-only";
import { createHash, createHmac, timingSafeEqual } from "node:crypto";
import { symmetricDecrypt } from "better-auth/crypto";
import { prisma } from "./db";

/** better-auth's key for what it encrypts: the app secret, or its versioned key set. */
export type SecretKey = Parameters<typeof symmetricDecrypt>[0]["key"];

const PERIOD_MS = 30_000;
/** One step either side of now, as better-auth accepts, for clocks a little apart. */
const WINDOW = 1;
const BASE32 = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";

function base32Decode(input: string): Buffer {
  let bits = "";
  for (const char of input.replace(/(?<!=)=+$/, "").toUpperCase()) {
    const value = BASE32.indexOf(char);
    if (value < 0) throw new Error("Not a base32 secret.");
    bits += value.toString(2).padStart(5, "0");
  }
  const bytes: number[] = [];
  for (let i = 0; i + 8 <= bits.length; i += 8) bytes.push(parseInt(bits.slice(i, i + 8), 2));
  return Buffer.from(bytes);
}

/** better-auth stores a random string used as UTF-8 bytes, or "base32:" and the encoded key. */
function secretBytes(plain: string): Buffer {
  return plain.startsWith("base32:") ? base32Decode(plain.slice(7)) : Buffer.from(plain, "utf8");
}

function hotp(key: Buffer, counter: number): string {
  const message = Buffer.alloc(8);
  message.writeBigUInt64BE(BigInt(counter));
  const digest = createHmac("sha1", key).update(message).digest();
  const offset = digest[digest.length - 1]! & 0xf;
  return ((digest.readUInt32BE(offset) & 0x7fffffff) % 1_000_000).toString().padStart(6, "0");
}

/** The time step the code belongs to, or null; every candidate is compared, in constant time. */
function matchingStep(key: Buffer, code: string, now: number): number | null {
  if (!/^\d{6}$/.test(code)) return null;
  const current = Math.floor(now / PERIOD_MS);
  const given = Buffer.from(code);
  let found: number | null = null;
  for (let step = current - WINDOW; step <= current + WINDOW; step++) {
    if (timingSafeEqual(given, Buffer.from(hotp(key, step)))) found = step;
  }
  return found;
}

export type TotpResult = "accepted" | "invalid" | "replayed";

/**
 * Checks a TOTP code and claims its time step in one conditional update, so a code is accepted
 * once: a replay, or a second request racing the first with the same code, finds the step taken.
 */
export async function acceptTotpCode(userId: string, code: string, key: SecretKey, now = Date.now()): Promise<TotpResult> {
  const row = await prisma.twoFactor.findFirst({ where: { userId } });
  if (!row) return "invalid";
  const step = matchingStep(secretBytes(await symmetricDecrypt({ key, data: row.secret })), code, now);
  if (step === null) return "invalid";
  const { count } = await prisma.twoFactor.updateMany({
    where: { id: row.id, OR: [{ lastTotpStep: null }, { lastTotpStep: { lt: step } }] },
    data: { lastTotpStep: step },
  });
  return count === 1 ? "accepted" : "replayed";
}

// ─── Recovery codes ──────────────────────────────────────────────────────────
// Stored as a JSON list of "sha256:<hex>" digests. A code is 10 random letters and digits
// (about 60 bits), so an unsalted fast hash cannot be reversed by guessing; nothing can decrypt it.

const HASH_PREFIX = "sha256:";
const isHashed = (value: string) => /^sha256:[0-9a-f]{64}$/.test(value);

/** The stored form of one recovery code as the user types it. A typed digest is hashed again, so it matches nothing. */
export function hashRecoveryCode(code: string): string {
  return HASH_PREFIX + createHash("sha256").update(code.trim()).digest("hex");
}

/**
 * better-auth's `storeBackupCodes` hooks. It hands over the JSON list it wants stored (new plain
 * codes at enrolment, the remaining digests after one is used) and compares the code it is given
 * with what "decrypt" returns: the sign-in hook hands it the digest of the typed code.
 */
export const hashedBackupCodes = {
  encrypt: async (json: string): Promise<string> => JSON.stringify((JSON.parse(json) as string[]).map((code) => (isHashed(code) ? code : hashRecoveryCode(code)))),
  // Anything not in the hashed form (an unmigrated encrypted list) matches nothing: fail closed.
  decrypt: async (stored: string): Promise<string> => (stored.startsWith("[") ? stored : "[]"),
};

/**
 * Recovery codes stored before hashing were encrypted with the app secret. They are re-hashed
 * the first time their owner reaches the second-factor step (lazily: only the app holds the key).
 */
export async function migrateEncryptedRecoveryCodes(userId: string, key: SecretKey): Promise<void> {
  const row = await prisma.twoFactor.findFirst({ where: { userId }, select: { id: true, backupCodes: true } });
  if (!row || row.backupCodes.startsWith("[")) return;
  // A list the current key cannot decrypt cannot be migrated either; it matches nothing (see decrypt above).
  const codes = await symmetricDecrypt({ key, data: row.backupCodes })
    .then((json) => JSON.parse(json) as unknown)
    .catch(() => null);
  if (!Array.isArray(codes) || !codes.every((code) => typeof code === "string")) return;
  // Conditional on the old value: a concurrent migration or use leaves one result, not two.
  await prisma.twoFactor.updateMany({ where: { id: row.id, backupCodes: row.backupCodes }, data: { backupCodes: JSON.stringify((codes as string[]).map(hashRecoveryCode)) } });
}

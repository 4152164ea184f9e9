import { createHash, randomBytes } from "node:crypto";

/** Crockford's base32: no I, L, O or U, so a code read off a log is hard to mistype. */
const ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";
const LENGTH = 16;

/** How long a setup code printed at start stays valid. */
export const SETUP_CODE_TTL_MINUTES = 60;
/** Wrong codes after which the code is void and the next start prints a new one. */
export const SETUP_CODE_MAX_FAILURES = 5;

/** 16 random characters (80 bits), in groups of four: "7KQ2-M9XD-…". */
export function generateSetupCode(): string {
  // 256 is a multiple of 32: every character is equally likely.
  const characters = [...randomBytes(LENGTH)].map((byte) => ALPHABET[byte % 32]!);
  return characters.join("").match(/.{4}/g)!.join("-");
}

/** What the person typed, as the generator wrote it: case, spaces and dashes ignored; O read as 0, I and L as 1. */
export function normalizeSetupCode(input: string): string {
  return input.toUpperCase().replace(/[\s-]/g, "").replace(/O/g, "0").replace(/[IL]/g, "1");
}

/** Only this is stored: the code is random enough that a plain SHA-256 cannot be reversed. */
export function hashSetupCode(code: string): string {
  return createHash("sha256").update(normalizeSetupCode(code)).digest("hex");
}

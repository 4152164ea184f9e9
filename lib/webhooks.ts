/**
 * The webhook rules that need no server: the signature receivers check, the retry schedule,
 * and which target URLs are acceptable. docs/webhooks.md, docs/decisions/0014-webhooks.md.
 */
import { createHmac } from "node:crypto";
import { isIP } from "node:net";
import { MAX_WEBHOOK_URL_LENGTH } from "@/lib/validation/webhook";

export const WEBHOOK_EVENT_STATUS_CHANGED = "next_step.status_changed";

/** `sha256=<hex HMAC-SHA256 of "<timestamp>.<body>">`, the X-ZTR-Signature header. */
export function signWebhook(secret: string, timestamp: string, body: string): string {
  return `sha256=${createHmac("sha256", secret).update(`${timestamp}.${body}`).digest("hex")}`;
}

/** Seconds to wait after each failed attempt: 30 s, 2 min, 10 min, 1 h, 6 h. */
export const WEBHOOK_BACKOFF_SECONDS = [30, 120, 600, 3_600, 21_600] as const;
/** The first attempt and one retry per step of the schedule. */
export const WEBHOOK_MAX_ATTEMPTS = WEBHOOK_BACKOFF_SECONDS.length + 1;

/** When to try again after `attempts` failed attempts, or null: give up. */
export function nextAttemptAfter(attempts: number, failedAt: Date): Date | null {
  if (attempts >= WEBHOOK_MAX_ATTEMPTS) return null;
  const seconds = WEBHOOK_BACKOFF_SECONDS[Math.max(0, attempts - 1)]!;
  return new Date(failedAt.getTime() + seconds * 1000);
}

const LOOPBACK_HOSTS = new Set(["localhost", "127.0.0.1", "[::1]"]);

/**
 * Why `text` cannot be a webhook target, or null. HTTPS only; with `allowLocal` (development,
 * tests, or WEBHOOK_ALLOW_LOCAL) plain HTTP to a loopback host too. No credentials in the URL:
 * they would be stored and shown. An IP literal in a private range is refused unless local
 * targets are allowed; names are checked again when resolved, at every delivery.
 */
export function webhookUrlProblem(text: string, allowLocal: boolean): string | null {
  if (text.length > MAX_WEBHOOK_URL_LENGTH) return `Use at most ${MAX_WEBHOOK_URL_LENGTH} characters.`;
  let url: URL;
  try {
    url = new URL(text);
  } catch {
    return "Enter a full URL, such as https://hooks.example.com/ztr.";
  }
  if (url.username || url.password) return "Leave the user name and password out of the URL.";
  const loopback = LOOPBACK_HOSTS.has(url.hostname);
  if (url.protocol !== "https:" && !(url.protocol === "http:" && allowLocal && loopback)) return "Use an https:// URL.";
  if (!allowLocal && (loopback || (isIP(url.hostname.replace(/^\[|\]$/g, "")) && isPrivateAddress(url.hostname.replace(/^\[|\]$/g, ""))))) {
    return "Use a public address: private, loopback and link-local addresses are refused.";
  }
  return null;
}

const v4 = (address: string) => address.split(".").reduce((value, part) => value * 256 + Number(part), 0);
const V4_PRIVATE: [string, number][] = [
  ["0.0.0.0", 8],
  ["10.0.0.0", 8],
  ["100.64.0.0", 10],
  ["127.0.0.0", 8],
  ["169.254.0.0", 16],
  ["172.16.0.0", 12],
  ["192.0.0.0", 24],
  ["192.168.0.0", 16],
  ["198.18.0.0", 15],
  ["224.0.0.0", 3],
];

/**
 * Loopback, private (RFC 1918, unique local), shared, link-local (cloud metadata lives at
 * 169.254.169.254), benchmark, multicast or reserved: an address a webhook must not reach.
 */
export function isPrivateAddress(address: string): boolean {
  const version = isIP(address);
  if (version === 4) {
    const value = v4(address);
    return V4_PRIVATE.some(([base, bits]) => Math.floor(value / 2 ** (32 - bits)) === Math.floor(v4(base) / 2 ** (32 - bits)));
  }
  if (version !== 6) return true;
  const lower = address.toLowerCase();
  const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/.exec(lower);
  if (mapped) return isPrivateAddress(mapped[1]!);
  if (lower === "::" || lower === "::1") return true;
  // fc00::/7 unique local, fe80::/10 link-local, ff00::/8 multicast.
  return /^(?:f[cd][0-9a-f]{0,2}|fe[89ab][0-9a-f]?|ff[0-9a-f]{0,2}):/.test(lower);
}

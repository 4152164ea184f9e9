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

/** The URL's host when it is an IP literal (an IPv6 one without its brackets), else null: a name. */
export function literalAddress(url: URL): string | null {
  const host = url.hostname.startsWith("[") ? url.hostname.slice(1, -1) : url.hostname;
  return isIP(host) ? host : null;
}

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
  const literal = literalAddress(url);
  if (!allowLocal && (loopback || (literal !== null && isPrivateAddress(literal)))) {
    return "Use a public address: private, loopback and link-local addresses are refused.";
  }
  return null;
}

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
 * The 16 bytes of an IPv6 address `isIP` accepted: a trailing dotted IPv4 is two groups, "::"
 * the missing zero groups, a zone ("%eth0") is dropped. One pass over the text.
 */
function ipv6Bytes(address: string): number[] {
  const words = (part: string): number[] =>
    part === ""
      ? []
      : part.split(":").flatMap((group) => {
          if (!group.includes(".")) return [parseInt(group, 16)];
          const [a, b, c, d] = group.split(".").map(Number) as [number, number, number, number];
          return [a * 256 + b, c * 256 + d];
        });
  const text = address.split("%")[0]!;
  const gap = text.indexOf("::");
  const head = words(gap === -1 ? text : text.slice(0, gap));
  const tail = gap === -1 ? [] : words(text.slice(gap + 2));
  return [...head, ...Array<number>(8 - head.length - tail.length).fill(0), ...tail].flatMap((word) => [word >> 8, word & 255]);
}

const v4Bytes = (address: string) => address.split(".").map(Number);

/** Whether the first `bits` bits of `bytes` are those of `prefix`. */
function inPrefix(bytes: readonly number[], prefix: readonly number[], bits: number): boolean {
  for (let index = 0; index * 8 < bits; index += 1) {
    const mask = (0xff << Math.max(0, 8 - (bits - index * 8))) & 0xff;
    if ((bytes[index]! & mask) !== (prefix[index]! & mask)) return false;
  }
  return true;
}

const isPrivateV4 = (bytes: readonly number[]) => V4_PRIVATE.some(([base, bits]) => inPrefix(bytes, v4Bytes(base), bits));

/** IPv6 ranges that carry an IPv4 address, and the byte where it starts: refused when that IPv4 is. */
const V6_EMBEDDING: [string, number, number][] = [
  // IPv4-compatible (deprecated); covers :: and ::1 too, as 0.0.0.0/8.
  ["::", 96, 12],
  ["::ffff:0:0", 96, 12], // IPv4-mapped
  ["::ffff:0:0:0", 96, 12], // IPv4-translated (SIIT)
  ["64:ff9b::", 96, 12], // NAT64, well-known prefix: a public IPv4 behind it is a real route for an IPv6-only server
  ["2002::", 16, 2], // 6to4
];
/** IPv6 ranges refused whole. */
const V6_PRIVATE: [string, number][] = [
  ["64:ff9b:1::", 48], // NAT64 for local use
  ["100::", 64], // discard-only
  ["2001::", 32], // Teredo: the IPv4 inside is obfuscated and the route goes through a relay
  ["2001:db8::", 32], // documentation
  ["fc00::", 7], // unique local
  ["fe80::", 10], // link-local
  ["fec0::", 10], // site-local (deprecated)
  ["ff00::", 8], // multicast
];

/**
 * Loopback, private (RFC 1918, unique local), shared, link-local (cloud metadata lives at
 * 169.254.169.254), benchmark, documentation, multicast or reserved: an address a webhook must
 * not reach. An IPv6 address that carries an IPv4 one (mapped, compatible, NAT64, 6to4) is
 * judged by that IPv4: the URL parser writes `[::ffff:127.0.0.1]` as `[::ffff:7f00:1]`.
 */
export function isPrivateAddress(address: string): boolean {
  const version = isIP(address);
  if (version === 4) return isPrivateV4(v4Bytes(address));
  if (version !== 6) return true;
  const bytes = ipv6Bytes(address);
  const embedding = V6_EMBEDDING.find(([prefix, bits]) => inPrefix(bytes, ipv6Bytes(prefix), bits));
  if (embedding) return isPrivateV4(bytes.slice(embedding[2], embedding[2] + 4));
  return V6_PRIVATE.some(([prefix, bits]) => inPrefix(bytes, ipv6Bytes(prefix), bits));
}

/**
 * Who is on the other end of a request. Plain JavaScript because it runs as a preload of
 * Next's standalone server (scripts/server/preload.mjs), before any TypeScript tooling.
 *
 * The address comes from the TCP socket. `X-Forwarded-For` is believed only as far as the
 * configured proxies vouch for it: TRUSTED_PROXY_HOPS (that many reverse proxies in front
 * of the app) or TRUSTED_PROXIES (a comma-separated list of addresses and CIDR ranges).
 * The result is written into one internal header, replacing any copy the client sent, and
 * the app (lib/server/request-context.ts, better-auth) reads only that header.
 */
import { BlockList, isIP } from "node:net";

export const CLIENT_ADDRESS_HEADER = "x-ztr-client-address";

const MAX_HOPS = 20;
const MAX_PROXY_ENTRIES = 100;
/** Longer forwarded chains are not something a real proxy set-up sends: they are ignored. */
const MAX_FORWARDED_LENGTH = 4096;

/** "::ffff:192.0.2.1" (an IPv4 client on a dual-stack socket) reads as "192.0.2.1". */
function normalize(address) {
  const lower = address.toLowerCase();
  if (lower.startsWith("::ffff:") && isIP(lower.slice(7)) === 4) return lower.slice(7);
  return lower;
}

/**
 * One entry of a forwarded chain as an address, or null: a bare IPv4 or IPv6 address,
 * "[v6]" or "[v6]:port", or "v4:port". String operations only, so any input costs linear time.
 */
export function parseForwardedEntry(entry) {
  let value = entry.trim();
  if (value.startsWith("[")) {
    const close = value.indexOf("]");
    if (close < 0) return null;
    const rest = value.slice(close + 1);
    if (rest !== "" && !isPort(rest.slice(1), rest[0])) return null;
    value = value.slice(1, close);
    return isIP(value) === 6 ? normalize(value) : null;
  }
  const colon = value.indexOf(":");
  if (colon >= 0 && colon === value.lastIndexOf(":")) {
    if (!isPort(value.slice(colon + 1), ":")) return null;
    value = value.slice(0, colon);
    return isIP(value) === 4 ? value : null;
  }
  return isIP(value) ? normalize(value) : null;
}

function isPort(digits, separator) {
  if (separator !== ":" || digits.length === 0 || digits.length > 5) return false;
  for (const char of digits) if (char < "0" || char > "9") return false;
  return Number(digits) <= 65535;
}

/**
 * The trust configuration from the environment. Throws with a message naming the variable
 * when it is malformed, so a typo stops the server instead of silently trusting nothing or too much.
 */
export function trustPolicyFromEnv(env) {
  const hopsText = env.TRUSTED_PROXY_HOPS?.trim() ?? "";
  const proxiesText = env.TRUSTED_PROXIES?.trim() ?? "";
  if (hopsText && proxiesText) throw new Error("Set TRUSTED_PROXY_HOPS or TRUSTED_PROXIES, not both.");
  if (hopsText) {
    const hops = /^\d{1,2}$/.test(hopsText) ? Number(hopsText) : NaN;
    if (!(hops >= 0 && hops <= MAX_HOPS)) throw new Error(`TRUSTED_PROXY_HOPS must be a whole number from 0 to ${MAX_HOPS}, not "${hopsText.slice(0, 40)}".`);
    return { hops, proxies: null };
  }
  if (!proxiesText) return { hops: 0, proxies: null };
  const entries = proxiesText.split(",").map((entry) => entry.trim()).filter(Boolean);
  if (entries.length > MAX_PROXY_ENTRIES) throw new Error(`TRUSTED_PROXIES lists at most ${MAX_PROXY_ENTRIES} entries.`);
  const proxies = new BlockList();
  for (const entry of entries) {
    const slash = entry.indexOf("/");
    const address = normalize(slash < 0 ? entry : entry.slice(0, slash));
    const family = isIP(address);
    const bits = family === 4 ? 32 : 128;
    const prefixText = slash < 0 ? String(bits) : entry.slice(slash + 1);
    const prefix = /^\d{1,3}$/.test(prefixText) ? Number(prefixText) : NaN;
    if (family === 0 || !(prefix >= 0 && prefix <= bits)) {
      throw new Error(`TRUSTED_PROXIES: "${entry.slice(0, 60)}" is not an IP address or CIDR range (e.g. 10.0.0.0/8, fd00::/8).`);
    }
    proxies.addSubnet(address, prefix, family === 4 ? "ipv4" : "ipv6");
  }
  return { hops: 0, proxies };
}

const familyOf = (address) => (isIP(address) === 4 ? "ipv4" : "ipv6");

/**
 * The client's address: the socket's, or, walking the forwarded chain from the right, the
 * first address not vouched for by a trusted proxy. An unparseable entry ends the walk at the
 * proxy that passed it on. `forwardedFor` is the raw header (a string, or an array of them).
 */
export function resolveClientAddress(socketAddress, forwardedFor, policy) {
  if (!socketAddress || !isIP(socketAddress)) return null;
  let client = normalize(socketAddress);
  const trusts = policy.proxies ? (address) => policy.proxies.check(address, familyOf(address)) : null;
  if (policy.hops === 0 && !trusts) return client;
  const raw = Array.isArray(forwardedFor) ? forwardedFor.join(",") : (forwardedFor ?? "");
  if (raw.length === 0 || raw.length > MAX_FORWARDED_LENGTH) return client;
  const chain = raw.split(",");
  let hopsLeft = policy.hops;
  for (let index = chain.length - 1; index >= 0; index--) {
    if (trusts ? !trusts(client) : hopsLeft-- === 0) break;
    const previous = parseForwardedEntry(chain[index]);
    if (!previous) break;
    client = previous;
  }
  return client;
}

/** Replaces any client-sent copy of the internal header with the resolved address. */
export function stampClientAddress(request, policy) {
  delete request.headers[CLIENT_ADDRESS_HEADER];
  const address = resolveClientAddress(request.socket?.remoteAddress, request.headers["x-forwarded-for"], policy);
  if (address) request.headers[CLIENT_ADDRESS_HEADER] = address;
}

/**
 * The names one machine answers to on loopback. Someone who opens http://127.0.0.1:3000 when
 * the app printed http://localhost:3000 reaches the same server, but the browser treats the two
 * as different sites: cookies are not shared and the sign-in refuses the other origin. Page
 * requests on a loopback alias of the app's URL are sent to that URL; any other host is left
 * alone. This runs in the request guards (scripts/server/request-guards.mjs), not in proxy.ts: Next turns a
 * proxy's redirect to its own host name into a relative one, which would loop.
 */
const LOOPBACK_HOSTS = new Set(["localhost", "127.0.0.1", "[::1]"]);
const READ_METHODS = new Set(["GET", "HEAD"]);

/** The URL a request should be redirected to, or null when it is already on the canonical origin (or is no loopback alias of it). */
export function canonicalLoopbackRedirect(hostHeader, pathAndQuery, canonicalUrl) {
  if (!hostHeader || !canonicalUrl) return null;
  let requested;
  let canonical;
  try {
    canonical = new URL(canonicalUrl);
    requested = new URL(`${canonical.protocol}//${hostHeader}`);
  } catch {
    return null;
  }
  if (requested.host === canonical.host) return null;
  const aliases = LOOPBACK_HOSTS.has(requested.hostname) && LOOPBACK_HOSTS.has(canonical.hostname) && requested.port === canonical.port;
  if (!aliases || !pathAndQuery.startsWith("/") || pathAndQuery.startsWith("//")) return null;
  return `${canonical.origin}${pathAndQuery}`;
}

/**
 * Answers a page read on a loopback alias with 307 to the app's URL and returns true; API
 * clients are answered where they asked, and writes are never redirected (the proxy refuses
 * cross-site ones).
 */
export function redirectLoopbackAlias(request, response, canonicalUrl) {
  const url = request.url ?? "";
  if (!READ_METHODS.has(request.method ?? "") || url.startsWith("/api/")) return false;
  const location = canonicalLoopbackRedirect(request.headers.host, url, canonicalUrl);
  if (!location) return false;
  response.writeHead(307, { location, "cache-control": "no-store" });
  response.end();
  return true;
}

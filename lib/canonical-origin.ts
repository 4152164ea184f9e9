/**
 * The names one machine answers to on loopback. Someone who opens http://127.0.0.1:3000 when
 * the app printed http://localhost:3000 reaches the same server, but the browser treats the two
 * as different sites: cookies are not shared and the sign-in refuses the other origin. Only
 * these aliases of the configured origin are sent back to it; any other host is left alone.
 */
const LOOPBACK_HOSTS = new Set(["localhost", "127.0.0.1", "[::1]"]);

/** The URL a page request should be redirected to, or null when it is already on the canonical origin (or is no loopback alias of it). */
export function canonicalLoopbackRedirect(hostHeader: string | null, pathAndQuery: string, canonicalUrl: string | undefined): string | null {
  if (!hostHeader || !canonicalUrl) return null;
  let requested: URL;
  let canonical: URL;
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

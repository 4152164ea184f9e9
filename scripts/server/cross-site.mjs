/**
 * Whether a write comes from another site: the browser says so (`Sec-Fetch-Site`), or the
 * `Origin` it sent is not the app's own. Requests without either (API clients) are not
 * browser writes and pass; they authenticate with a token instead of a cookie.
 */
export function isCrossSiteWrite(headers: Headers, trustedOrigins: ReadonlySet<string>): boolean {
  const origin = headers.get("origin");
  return headers.get("sec-fetch-site") === "cross-site" || (origin !== null && !trustedOrigins.has(origin));
}

/** The app's own origin, and its public origin when it runs behind a TLS-terminating proxy. */
export function trustedOriginsOf(requestOrigin: string, publicUrl: string | undefined): Set<string> {
  const origins = new Set([requestOrigin]);
  if (publicUrl) origins.add(new URL(publicUrl).origin);
  return origins;
}

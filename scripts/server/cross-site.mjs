/**
 * Whether a write comes from another site: the browser says so (`Sec-Fetch-Site`), or the
 * `Origin` it sent is not the app's own. Requests without either (API clients) are not
 * browser writes and pass; they authenticate with a token instead of a cookie.
 * Plain JavaScript, as the server's request guards (request-guards.mjs) make this check for the API before
 * Next runs; proxy.ts makes it for pages and server actions.
 *
 * @param {{ get(name: string): string | null }} headers
 * @param {ReadonlySet<string>} trustedOrigins
 */
export function isCrossSiteWrite(headers, trustedOrigins) {
  const origin = headers.get("origin");
  return headers.get("sec-fetch-site") === "cross-site" || (origin !== null && !trustedOrigins.has(origin));
}

/**
 * The app's own origin, and its public origin when it runs behind a TLS-terminating proxy.
 *
 * @param {string} requestOrigin
 * @param {string | undefined} publicUrl
 */
export function trustedOriginsOf(requestOrigin, publicUrl) {
  const origins = new Set([requestOrigin]);
  if (publicUrl) origins.add(new URL(publicUrl).origin);
  return origins;
}

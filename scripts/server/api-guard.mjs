/**
 * The checks proxy.ts makes for pages, made for the JSON API (`/api/v1/`) before Next runs:
 * the proxy costs each request more than a route handler that only authenticates (measured by
 * `npm run bench:autosave`), so the API skips it (proxy.ts's matcher). Bodies are counted where
 * they are read (lib/server/http.ts), request-guards.mjs sets the API's CSP and next.config.ts the
 * other security headers.
 */
import { isCrossSiteWrite, trustedOriginsOf } from "./cross-site.mjs";

const API_PREFIX = "/api/v1/";
const SAFE_METHODS = new Set(["GET", "HEAD", "OPTIONS"]);

/**
 * Whether an address cannot be decoded as Next decodes it (decodeURIComponent, which throws on
 * malformed percent-encoding): Next would answer it with a bare 500. Also proxy.ts's test for pages.
 *
 * @param {string} path
 */
export function undecodable(path) {
  try {
    decodeURIComponent(path);
    return false;
  } catch {
    return true;
  }
}

/**
 * The path of an API address, or null for any other: read as Next reads it (an absolute-form
 * target, dot segments and percent-encoded letters resolved), so no spelling of an API address
 * passes here as something else.
 *
 * @param {string | undefined} url
 */
export function apiPath(url) {
  if (!url) return null;
  let path;
  try {
    path = new URL(url, "http://localhost").pathname;
  } catch {
    return null;
  }
  let decoded = path;
  try {
    decoded = decodeURIComponent(path);
  } catch {
    // Undecodable: judged on the raw form, and refused below when it is the API's.
  }
  return decoded.startsWith(API_PREFIX) || path.startsWith(API_PREFIX) ? path : null;
}

/**
 * Why an API request is refused before it reaches the app, or null: an address Next cannot
 * decode (it would answer a bare 500), or a write from another site.
 *
 * @param {{ method?: string; url?: string; headers: Record<string, string | string[] | undefined> }} request
 * @param {string | undefined} publicUrl the app's public URL (BETTER_AUTH_URL)
 * @returns {{ status: number; code: string; message: string } | null}
 */
export function apiRefusal(request, publicUrl) {
  const path = apiPath(request.url);
  if (path === null) return null;
  if (undecodable(path)) return { status: 400, code: "invalid_input", message: "The address contains malformed percent-encoding." };
  if (SAFE_METHODS.has(request.method ?? "GET")) return null;
  const header = (name) => {
    const value = request.headers[name];
    return typeof value === "string" ? value : null;
  };
  const host = header("host");
  const trusted = trustedOriginsOf(host ? `http://${host}` : "http://invalid", publicUrl);
  if (isCrossSiteWrite({ get: header }, trusted)) return { status: 403, code: "cross_origin", message: "Cross-origin requests are not allowed." };
  return null;
}

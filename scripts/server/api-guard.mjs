/**
 * The checks proxy.ts makes for pages, made for the JSON API (`/api/v1/`) before Next runs:
 * the proxy costs each request more than a route handler that only authenticates (measured by
 * `npm run bench:autosave`), so the API skips it (proxy.ts's matcher). Bodies are counted where
 * they are read (lib/server/http.ts), preload.mjs sets the API's CSP and next.config.ts the
 * other security headers.
 */
import { isCrossSiteWrite, trustedOriginsOf } from "./cross-site.mjs";

const API_PREFIX = "/api/v1/";
const SAFE_METHODS = new Set(["GET", "HEAD", "OPTIONS"]);

function undecodable(path) {
  try {
    decodeURIComponent(path);
    return false;
  } catch {
    return true;
  }
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
  const path = request.url?.split("?")[0] ?? "";
  if (!path.startsWith(API_PREFIX)) return null;
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

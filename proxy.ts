import { NextResponse, type NextRequest } from "next/server";
import { undecodable } from "@/scripts/server/api-guard.mjs";
import { isCrossSiteWrite, trustedOriginsOf } from "@/scripts/server/cross-site.mjs";
import { MAX_BODY_BYTES } from "@/lib/validation/json-body";

/**
 * Runs before every request: a request id, a per-request CSP nonce, and refusal of
 * cross-site writes, oversized bodies and undecodable addresses. Authentication and
 * authorisation are NOT decided here: every page, action and route checks them in lib/server
 * (CVE-2025-29927). Bodies sent without Content-Length are counted where they are read.
 */
const SAFE_METHODS = new Set(["GET", "HEAD", "OPTIONS"]);

function contentSecurityPolicy(nonce: string): string {
  const dev = process.env.NODE_ENV !== "production";
  return [
    "default-src 'self'",
    `script-src 'self' 'nonce-${nonce}' 'strict-dynamic'${dev ? " 'unsafe-eval'" : ""}`,
    // React and Radix set style attributes at run time.
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob:",
    "font-src 'self'",
    "connect-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    // A sign-in form may hand over to the single sign-on provider.
    `form-action 'self'${process.env.OIDC_ISSUER ? ` ${new URL(process.env.OIDC_ISSUER).origin}` : ""}`,
    "frame-ancestors 'none'",
  ].join("; ");
}

function refuse(status: number, code: string, message: string, requestId: string): NextResponse {
  return NextResponse.json({ code, message, requestId }, { status, headers: { "x-request-id": requestId } });
}

/**
 * Counts the bytes of a body sent without Content-Length. Server actions have no reader of our
 * own: Next stops them at its own 1 MB limit too, but answers that with a 500. The body here is
 * Next's copy for the proxy, already cut at proxyClientMaxBodySize (next.config.ts).
 */
async function bodyLongerThan(request: NextRequest, limit: number): Promise<boolean> {
  if (!request.body) return false;
  const reader = request.body.getReader();
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) return size > limit;
    size += value.byteLength;
  }
}

export async function proxy(request: NextRequest) {
  const requestId = crypto.randomUUID();
  const malformed = undecodable(request.nextUrl.pathname);
  if (malformed && request.nextUrl.pathname.startsWith("/api/")) {
    return refuse(400, "invalid_input", "The address contains malformed percent-encoding.", requestId);
  }
  if (!SAFE_METHODS.has(request.method)) {
    if (isCrossSiteWrite(request.headers, trustedOriginsOf(request.nextUrl.origin, process.env.BETTER_AUTH_URL))) return refuse(403, "cross_origin", "Cross-origin requests are not allowed.", requestId);
    const length = request.headers.get("content-length");
    // Route handlers under /api count their bodies themselves, as they read them.
    const tooLarge = length !== null ? Number(length) > MAX_BODY_BYTES : !request.nextUrl.pathname.startsWith("/api/") && (await bodyLongerThan(request, MAX_BODY_BYTES));
    if (tooLarge) return refuse(413, "payload_too_large", "The request body is larger than 1 MB.", requestId);
  }

  const nonce = Buffer.from(crypto.getRandomValues(new Uint8Array(16))).toString("base64");
  const csp = contentSecurityPolicy(nonce);
  const headers = new Headers(request.headers);
  headers.set("x-request-id", requestId);
  headers.set("x-nonce", nonce);
  // Next reads the nonce from this request header and puts it on its own scripts.
  headers.set("content-security-policy", csp);
  // A page address that cannot be decoded names no page: the app's own not-found page answers.
  const response = malformed ? NextResponse.rewrite(new URL("/_malformed-address", request.url), { request: { headers } }) : NextResponse.next({ request: { headers } });
  response.headers.set("content-security-policy", csp);
  response.headers.set("x-request-id", requestId);
  return response;
}

/**
 * The JSON API (`/api/v1/`) skips the proxy. Its work there cost more than a route handler that
 * only authenticates (npm run bench:autosave), and for uploads Next would buffer each body for it
 * and silently cut it at proxyClientMaxBodySize. The server's preload refuses cross-site writes
 * and undecodable addresses for the API (scripts/server/api-guard.mjs), handlers count bodies as
 * they read them, the preload sets the API's CSP and next.config.ts its other security headers.
 */
export const config = {
  matcher: [{ source: "/((?!_next/static|_next/image|icon.svg|robots.txt|api/v1/).*)" }],
};

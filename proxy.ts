import { NextResponse, type NextRequest } from "next/server";

/**
 * Runs before every request: a request id, a per-request CSP nonce, and refusal of
 * cross-site writes and oversized bodies. Authentication and authorisation are NOT decided
 * here: every page, action and route checks them in lib/server (CVE-2025-29927).
 */
export const MAX_BODY_BYTES = 1024 * 1024;
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

/** The app's own origin, and its public origin when it runs behind a TLS-terminating proxy. */
function trustedOrigins(request: NextRequest): Set<string> {
  const origins = new Set([request.nextUrl.origin]);
  if (process.env.BETTER_AUTH_URL) origins.add(new URL(process.env.BETTER_AUTH_URL).origin);
  return origins;
}

function refuse(status: number, code: string, message: string, requestId: string): NextResponse {
  return NextResponse.json({ code, message, requestId }, { status, headers: { "x-request-id": requestId } });
}

export function proxy(request: NextRequest) {
  const requestId = crypto.randomUUID();
  if (!SAFE_METHODS.has(request.method)) {
    const origin = request.headers.get("origin");
    const crossSite = request.headers.get("sec-fetch-site") === "cross-site" || (origin !== null && !trustedOrigins(request).has(origin));
    if (crossSite) return refuse(403, "cross_origin", "Cross-origin requests are not allowed.", requestId);
    if (Number(request.headers.get("content-length") ?? 0) > MAX_BODY_BYTES) {
      return refuse(413, "payload_too_large", "The request body is larger than 1 MB.", requestId);
    }
  }

  const nonce = Buffer.from(crypto.getRandomValues(new Uint8Array(16))).toString("base64");
  const csp = contentSecurityPolicy(nonce);
  const headers = new Headers(request.headers);
  headers.set("x-request-id", requestId);
  headers.set("x-nonce", nonce);
  // Next reads the nonce from this request header and puts it on its own scripts.
  headers.set("content-security-policy", csp);
  const response = NextResponse.next({ request: { headers } });
  response.headers.set("content-security-policy", csp);
  response.headers.set("x-request-id", requestId);
  return response;
}

export const config = {
  matcher: [{ source: "/((?!_next/static|_next/image|icon.svg|robots.txt).*)" }],
};

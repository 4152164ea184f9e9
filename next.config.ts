import type { NextConfig } from "next";

// Static security headers; proxy.ts adds the per-request Content-Security-Policy of pages, the
// server's request guards (scripts/server/request-guards.mjs) the API's.
const securityHeaders = [
  { key: "Strict-Transport-Security", value: "max-age=63072000; includeSubDomains" },
  { key: "X-Content-Type-Options", value: "nosniff" },
  { key: "Referrer-Policy", value: "strict-origin-when-cross-origin" },
  { key: "X-Frame-Options", value: "DENY" },
  { key: "Permissions-Policy", value: "camera=(), microphone=(), geolocation=(), payment=(), usb=()" },
];

const nextConfig: NextConfig = {
  output: "standalone",
  poweredByHeader: false,
  experimental: {
    // Next counts the bytes of a server action's body as it reads them (chunked or not).
    serverActions: { bodySizeLimit: "1mb" },
    // With proxy.ts, Next buffers every body for it (by default up to 10 MB) and silently cuts
    // what is longer. Twice MAX_BODY_BYTES (lib/validation/json-body.ts) bounds that buffer and
    // still leaves more than MAX_BODY_BYTES of a cut body, so the readers after it answer 413.
    proxyClientMaxBodySize: 2 * 1024 * 1024,
  },
  // The exports and the framework download moved under /api/v1 with the rest of the API; the old
  // addresses stay as permanent redirects (308, query kept) for bookmarks and integrations.
  async redirects() {
    return [
      { source: "/api/audit/export", destination: "/api/v1/audit/export", permanent: true },
      { source: "/api/next-steps/export", destination: "/api/v1/next-steps/export", permanent: true },
      { source: "/api/framework/:version", destination: "/api/v1/framework/:version", permanent: true },
    ];
  },
  async headers() {
    return [{ source: "/:path*", headers: securityHeaders }];
  },
};

export default nextConfig;

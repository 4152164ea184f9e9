import type { NextConfig } from "next";

// Static security headers; proxy.ts adds the per-request Content-Security-Policy.
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
  async headers() {
    return [
      { source: "/:path*", headers: securityHeaders },
      // The API answers JSON and files, never pages: nothing in it may run or be framed.
      // Evidence files set their own, stricter policy (a sandbox), which replaces this one.
      { source: "/api/v1/:path*", headers: [{ key: "Content-Security-Policy", value: "default-src 'none'; frame-ancestors 'none'" }] },
    ];
  },
};

export default nextConfig;

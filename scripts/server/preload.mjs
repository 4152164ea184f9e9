/**
 * Loaded with `node --import` before Next's standalone server.js (scripts/app-server.ts):
 * every HTTP server created afterwards stamps each request with the client address before
 * Next sees it. The trust configuration is read once, and a malformed one stops the start.
 * It also makes SIGTERM graceful (graceful-shutdown.mjs).
 */
import { randomUUID } from "node:crypto";
import http from "node:http";
import { redirectLoopbackAlias } from "./canonical-host.mjs";
import { stampClientAddress, trustPolicyFromEnv } from "./client-address.mjs";
import { closeGracefullyOnSignal, shutdownSettings } from "./graceful-shutdown.mjs";

const policy = trustPolicyFromEnv(process.env);
const servers = new Set();
// Next's standalone server would exit on SIGTERM at once; graceful-shutdown.mjs handles it instead.
process.env.NEXT_MANUAL_SIG_HANDLE = "true";
// The pool of lib/server/db.ts, which keeps its one client on globalThis.
closeGracefullyOnSignal(servers, shutdownSettings(process.env), async () => globalThis.prisma?.$disconnect());
const canonicalUrl = process.env.BETTER_AUTH_URL;
const createServer = http.createServer;
const READ_METHODS = new Set(["GET", "HEAD"]);

/**
 * Build files only answer reads. Next serves them without the proxy and answers any other
 * method with a bare 500 (found by the security scan), so the refusal happens here. Pages
 * opened on a loopback alias of the app's URL move to it first (canonical-host.mjs).
 */
function refusesWritesToBuildFiles(listener) {
  return function buildFilesAreReadOnly(request, response) {
    if (redirectLoopbackAlias(request, response, canonicalUrl) || refusesUndecodableUploadAddresses(request, response)) return;
    if (!READ_METHODS.has(request.method ?? "") && request.url?.startsWith("/_next/static/")) {
      response.writeHead(405, { allow: "GET, HEAD", "content-type": "application/json", "cache-control": "no-store" });
      response.end(JSON.stringify({ code: "method_not_allowed", message: "Build files can only be read." }));
      return;
    }
    return listener.call(this, request, response);
  };
}

/** The upload routes skip proxy.ts, so its refusal of addresses Next cannot decode happens here for them. */
const UPLOAD_ROUTE = /^\/api\/v1\/assessments\/[^/?]+\/evidence\//;

function undecodable(path) {
  try {
    decodeURIComponent(path);
    return false;
  } catch {
    return true;
  }
}

function refusesUndecodableUploadAddresses(request, response) {
  const path = request.url?.split("?")[0] ?? "";
  if (!UPLOAD_ROUTE.test(path) || !undecodable(path)) return false;
  response.writeHead(400, { "content-type": "application/json", "cache-control": "no-store" });
  response.end(JSON.stringify({ code: "invalid_input", message: "The address contains malformed percent-encoding." }));
  return true;
}

http.createServer = function createServerWithClientAddress(...args) {
  const server = createServer.apply(
    this,
    args.map((arg) => (typeof arg === "function" ? refusesWritesToBuildFiles(arg) : arg)),
  );
  // First in line, so no other listener reads the request before it is stamped.
  // The request id too, replacing any the client sent: routes that skip proxy.ts (uploads) read
  // this one, the others the proxy's.
  server.prependListener("request", (request) => {
    stampClientAddress(request, policy);
    request.headers["x-request-id"] = randomUUID();
  });
  servers.add(server);
  return server;
};

/**
 * What every request meets before Next sees it, in the production server (preload.mjs) and under
 * `npm run dev` (dev-preload.mjs) alike: the client address from the socket and the trusted
 * proxies, a request id, a page opened on a loopback alias of the app's URL moved to it, the API's
 * refusals (api-guard.mjs) and CSP, and build files kept read-only.
 */
import { randomUUID } from "node:crypto";
import http from "node:http";
import { apiPath, apiRefusal } from "./api-guard.mjs";
import { redirectLoopbackAlias } from "./canonical-host.mjs";
import { stampClientAddress, trustPolicyFromEnv } from "./client-address.mjs";

const READ_METHODS = new Set(["GET", "HEAD"]);
/** The API answers JSON and files, never pages: nothing in an answer may run or be framed. */
const API_CSP = "default-src 'none'; frame-ancestors 'none'";

/**
 * The API skips proxy.ts, so the proxy's refusals happen here for it (api-guard.mjs), and its
 * answers carry the request id as the pages' do, and a CSP unless the handler set its own
 * (evidence files are served in a sandbox). Both next.config.ts's headers and one set here
 * before Next runs would win over a handler's.
 */
function refusesApiRequest(request, response, canonicalUrl) {
  if (apiPath(request.url) === null) return false;
  const requestId = request.headers["x-request-id"];
  response.setHeader("x-request-id", requestId);
  const writeHead = response.writeHead;
  response.writeHead = function writeHeadWithCsp(...args) {
    if (!this.hasHeader("content-security-policy")) this.setHeader("content-security-policy", API_CSP);
    return writeHead.apply(this, args);
  };
  const refusal = apiRefusal(request, canonicalUrl);
  if (!refusal) return false;
  response.writeHead(refusal.status, { "content-type": "application/json", "cache-control": "no-store" });
  response.end(JSON.stringify({ code: refusal.code, message: refusal.message, requestId }));
  return true;
}

/**
 * Build files only answer reads. Next serves them without the proxy and answers any other
 * method with a bare 500 (found by the security scan), so the refusal happens here. Pages
 * opened on a loopback alias of the app's URL move to it first (canonical-host.mjs).
 */
function guarded(listener, canonicalUrl) {
  return function buildFilesAreReadOnly(request, response) {
    if (redirectLoopbackAlias(request, response, canonicalUrl) || refusesApiRequest(request, response, canonicalUrl)) return;
    if (!READ_METHODS.has(request.method ?? "") && request.url?.startsWith("/_next/static/")) {
      response.writeHead(405, { allow: "GET, HEAD", "content-type": "application/json", "cache-control": "no-store" });
      response.end(JSON.stringify({ code: "method_not_allowed", message: "Build files can only be read." }));
      return;
    }
    return listener.call(this, request, response);
  };
}

/**
 * Makes every HTTP server created from now on guard its requests; answers the set of those
 * servers, for a graceful shutdown to close. The trust configuration is read once, here, and a
 * malformed one stops the start.
 */
export function guardRequests() {
  const policy = trustPolicyFromEnv(process.env);
  const canonicalUrl = process.env.BETTER_AUTH_URL;
  const servers = new Set();
  const createServer = http.createServer;
  http.createServer = function createServerWithClientAddress(...args) {
    const server = createServer.apply(
      this,
      args.map((arg) => (typeof arg === "function" ? guarded(arg, canonicalUrl) : arg)),
    );
    // First in line, so no other listener reads the request before it is stamped.
    // The request id too, replacing any the client sent: routes that skip proxy.ts (the API) read
    // this one, the others the proxy's.
    server.prependListener("request", (request) => {
      stampClientAddress(request, policy);
      request.headers["x-request-id"] = randomUUID();
    });
    servers.add(server);
    return server;
  };
  return servers;
}

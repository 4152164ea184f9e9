/**
 * Loaded with `node --import` before Next's standalone server.js (scripts/app-server.ts):
 * every HTTP server created afterwards stamps each request with the client address before
 * Next sees it. The trust configuration is read once, and a malformed one stops the start.
 */
import http from "node:http";
import { stampClientAddress, trustPolicyFromEnv } from "./client-address.mjs";

const policy = trustPolicyFromEnv(process.env);
const createServer = http.createServer;

http.createServer = function createServerWithClientAddress(...args) {
  const server = createServer.apply(this, args);
  // First in line, so no other listener reads the request before it is stamped.
  server.prependListener("request", (request) => stampClientAddress(request, policy));
  return server;
};

import { spawn } from "node:child_process";
import { once } from "node:events";
import http from "node:http";
import { describe, expect, it } from "vitest";
import { devServerEnv } from "../app-server";
import { CLIENT_ADDRESS_HEADER } from "./client-address.mjs";

/**
 * A process started as `npm run dev` starts Next's (devServerEnv), serving every request with 200
 * as a route would: what it refuses, its request guards refused.
 */
async function startDevLikeServer() {
  const script = `
    import http from "node:http";
    const server = http.createServer((request, response) => response.end(JSON.stringify({ reached: request.url, clientAddress: request.headers[${JSON.stringify(CLIENT_ADDRESS_HEADER)}] ?? null })));
    server.listen(0, "127.0.0.1", () => console.log(server.address().port));
  `;
  const env = devServerEnv({ PATH: process.env.PATH, NODE_ENV: "development", BETTER_AUTH_URL: "http://localhost:3000" });
  const child = spawn(process.execPath, ["--input-type=module", "-e", script], { env });
  let output = "";
  child.stderr.on("data", (chunk: Buffer) => (output += chunk.toString()));
  child.stdout.on("data", (chunk: Buffer) => (output += chunk.toString()));
  while (!/^\d+$/m.test(output)) await Promise.race([once(child.stdout, "data"), once(child, "exit").then(() => Promise.reject(new Error(output)))]);
  return { child, port: Number(/^(\d+)$/m.exec(output)![1]) };
}

function send(port: number, method: string, path: string, headers: Record<string, string> = {}) {
  return new Promise<{ status: number; headers: http.IncomingHttpHeaders; body: string }>((resolve, reject) => {
    const request = http.request({ host: "127.0.0.1", port, method, path, headers: { host: "localhost:3000", ...headers } }, (response) => {
      let body = "";
      response.on("data", (chunk: Buffer) => (body += chunk.toString()));
      response.on("end", () => resolve({ status: response.statusCode ?? 0, headers: response.headers, body }));
    });
    request.on("error", reject);
    request.end();
  });
}

describe("npm run dev's server", () => {
  it("keeps any NODE_OPTIONS given and adds the dev preload", () => {
    expect(devServerEnv({ NODE_ENV: "development", NODE_OPTIONS: "--max-old-space-size=4096" }).NODE_OPTIONS).toMatch(/^--max-old-space-size=4096 --import=file:\/\/.*\/scripts\/server\/dev-preload\.mjs$/);
  });

  it("refuses what the production server refuses before the app: cross-site API writes and undecodable API addresses", async () => {
    const { child, port } = await startDevLikeServer();
    try {
      const crossSite = await send(port, "PUT", "/api/v1/assessments/a/answers", { origin: "https://evil.example" });
      expect(crossSite.status).toBe(403);
      expect(JSON.parse(crossSite.body)).toMatchObject({ code: "cross_origin" });
      expect(crossSite.headers["x-request-id"]).toMatch(/^[0-9a-f-]{36}$/);

      const malformed = await send(port, "GET", "/api/v1/assessments/%E0%A4%A");
      expect(malformed.status).toBe(400);
      expect(JSON.parse(malformed.body)).toMatchObject({ code: "invalid_input" });

      // What passes reaches the app with the API's CSP, and the client address the socket gives.
      const sameSite = await send(port, "PUT", "/api/v1/assessments/a/answers", { origin: "http://localhost:3000", [CLIENT_ADDRESS_HEADER]: "203.0.113.9" });
      expect(sameSite.status).toBe(200);
      expect(sameSite.headers["content-security-policy"]).toBe("default-src 'none'; frame-ancestors 'none'");
      expect(JSON.parse(sameSite.body)).toEqual({ reached: "/api/v1/assessments/a/answers", clientAddress: "127.0.0.1" });
    } finally {
      child.kill();
    }
  });
});

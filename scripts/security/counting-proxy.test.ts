import http from "node:http";
import type { AddressInfo } from "node:net";
import { gzipSync } from "node:zlib";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type CountingProxy, startCountingProxy } from "./counting-proxy";

let app: http.Server;
let appUrl: string;
let proxy: CountingProxy;

/** A request sent the way a scanner configured with this proxy sends it: absolute URL to the proxy. */
function viaProxy(url: string, method = "GET", body?: string): Promise<{ status: number; body: string }> {
  const { hostname, port } = new URL(proxy.url);
  return new Promise((resolve, reject) => {
    const request = http.request({ host: hostname, port, method, path: url, headers: { "accept-encoding": "gzip" } }, (response) => {
      const chunks: Buffer[] = [];
      response.on("data", (chunk: Buffer) => chunks.push(chunk));
      response.on("end", () => resolve({ status: response.statusCode ?? 0, body: Buffer.concat(chunks).toString("latin1") }));
    });
    request.on("error", reject);
    request.end(body);
  });
}

beforeAll(async () => {
  app = http.createServer((request, response) => {
    if (request.url === "/broken") {
      response.writeHead(500, { "content-type": "application/json", "content-encoding": "gzip" }).end(gzipSync('{"code":"internal"}'));
      return;
    }
    response.writeHead(200, { "content-type": "text/plain" }).end(`${request.method} ${request.url}`);
  });
  await new Promise<void>((resolve) => app.listen(0, "127.0.0.1", () => resolve()));
  appUrl = `http://127.0.0.1:${(app.address() as AddressInfo).port}`;
  proxy = await startCountingProxy({ port: 0, target: appUrl });
});

afterAll(async () => {
  await proxy.stop();
  await new Promise((resolve) => app.close(resolve));
});

describe("counting proxy", () => {
  it("forwards requests for the app, counts them per phase, and refuses every other origin", async () => {
    proxy.setPhase("one");
    expect(await viaProxy(`${appUrl}/a?b=1`)).toEqual({ status: 200, body: "GET /a?b=1" });
    proxy.setPhase("two");
    await viaProxy(`${appUrl}/c`, "POST", "x=1");
    const outside = await viaProxy("http://127.0.0.1:9/elsewhere");
    expect(outside.status).toBe(403);
    expect(proxy.requests).toEqual(new Map([["one", 1], ["two", 1]]));
    expect(proxy.refused).toEqual(new Map([["two", 1]]));
    expect(proxy.refusedOrigins).toEqual(new Set(["http://127.0.0.1:9"]));
  });

  it("keeps each 5xx with its request body and the decoded answer, and passes the answer on unchanged", async () => {
    proxy.setPhase("errors");
    const answer = await viaProxy(`${appUrl}/broken`, "POST", "<xml/>");
    expect(answer.status).toBe(500);
    expect(proxy.serverErrors).toEqual([{ phase: "errors", method: "POST", url: `${appUrl}/broken`, status: 500, requestBody: "<xml/>", responseBody: '{"code":"internal"}' }]);
  });
});

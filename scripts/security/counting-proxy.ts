/**
 * A forward HTTP proxy on loopback between the scanners and the app: it counts every request
 * per scan phase, forwards only requests for the app's own origin (anything else is refused
 * and counted, so a scanner can never reach past the app), and keeps each 5xx answer with
 * the request that caused it, since a server error on hostile input is a finding too.
 */
import http from "node:http";
import type { AddressInfo } from "node:net";
import zlib from "node:zlib";

export interface ServerError {
  phase: string;
  method: string;
  url: string;
  status: number;
  requestBody: string;
  responseBody: string;
}

export interface CountingProxy {
  url: string;
  /** Requests forwarded to the app, per phase. */
  requests: Map<string, number>;
  /** Requests for any other origin, refused with 403, per phase, and the origins asked for. */
  refused: Map<string, number>;
  refusedOrigins: Set<string>;
  serverErrors: ServerError[];
  setPhase(phase: string): void;
  stop(): Promise<void>;
}

const EXCERPT_BYTES = 600;
// A 5xx body is kept whole up to this size, so a compressed one can still be decoded.
const ERROR_BODY_BYTES = 64 * 1024;
// Hop-by-hop headers (RFC 9110 §7.6.1) are the proxy's own business.
const HOP_BY_HOP = new Set(["connection", "proxy-connection", "keep-alive", "proxy-authorization", "te", "trailer", "transfer-encoding", "upgrade"]);

function excerpt(chunks: Buffer[]): string {
  return Buffer.concat(chunks).subarray(0, EXCERPT_BYTES).toString("utf8");
}

function keep(chunks: Buffer[], chunk: Buffer, limit = EXCERPT_BYTES): void {
  if (chunks.reduce((total, kept) => total + kept.length, 0) < limit) chunks.push(chunk);
}

function decoded(chunks: Buffer[], encoding: string | undefined): string {
  const body = Buffer.concat(chunks);
  const decode = { gzip: zlib.gunzipSync, br: zlib.brotliDecompressSync, deflate: zlib.inflateSync }[encoding ?? ""];
  if (!decode) return excerpt([body]);
  try {
    // Partial flushing: a body cut at the size limit still decodes as far as it goes.
    return excerpt([decode(body, { finishFlush: encoding === "br" ? zlib.constants.BROTLI_OPERATION_FLUSH : zlib.constants.Z_SYNC_FLUSH })]);
  } catch {
    return `(${encoding}-encoded body that did not decode)`;
  }
}

const increment = (counts: Map<string, number>, phase: string) => counts.set(phase, (counts.get(phase) ?? 0) + 1);

/** Listens on loopback at `port` (0: any free port). */
export async function startCountingProxy({ port, target }: { port: number; target: string }): Promise<CountingProxy> {
  const origin = new URL(target);
  const requests = new Map<string, number>();
  const refused = new Map<string, number>();
  const refusedOrigins = new Set<string>();
  const serverErrors: ServerError[] = [];
  let phase = "setup";

  const server = http.createServer((request, response) => {
    const current = phase;
    let url: URL;
    try {
      // A forward proxy receives absolute-form request targets (RFC 9112 §3.2.2).
      url = new URL(request.url ?? "");
    } catch {
      increment(refused, current);
      response.writeHead(400).end("absolute URL expected");
      return;
    }
    if (url.origin !== origin.origin) {
      increment(refused, current);
      refusedOrigins.add(url.origin);
      response.writeHead(403, { "content-type": "text/plain" }).end(`out of scope: ${url.origin}`);
      return;
    }
    increment(requests, current);
    const headers = Object.fromEntries(Object.entries(request.headers).filter(([name]) => !HOP_BY_HOP.has(name)));
    const requestChunks: Buffer[] = [];
    const upstream = http.request({ host: origin.hostname, port: origin.port, method: request.method, path: `${url.pathname}${url.search}`, headers }, (answer) => {
      const status = answer.statusCode ?? 502;
      const responseChunks: Buffer[] = [];
      answer.on("data", (chunk: Buffer) => {
        if (status >= 500) keep(responseChunks, chunk, ERROR_BODY_BYTES);
      });
      answer.on("end", () => {
        if (status >= 500) {
          serverErrors.push({ phase: current, method: request.method ?? "", url: url.href, status, requestBody: excerpt(requestChunks), responseBody: decoded(responseChunks, answer.headers["content-encoding"]) });
        }
      });
      const forwarded = Object.fromEntries(Object.entries(answer.headers).filter(([name]) => !HOP_BY_HOP.has(name)));
      response.writeHead(status, forwarded as http.OutgoingHttpHeaders);
      answer.pipe(response);
    });
    upstream.on("error", (error) => {
      serverErrors.push({ phase: current, method: request.method ?? "", url: url.href, status: 502, requestBody: excerpt(requestChunks), responseBody: error.message });
      if (!response.headersSent) response.writeHead(502);
      response.end();
    });
    request.on("data", (chunk: Buffer) => keep(requestChunks, chunk));
    request.pipe(upstream);
  });
  // HTTPS tunnels would hide the requests from the count; the app is plain HTTP on loopback.
  server.on("connect", (request, socket) => {
    increment(refused, phase);
    refusedOrigins.add(`CONNECT ${request.url}`);
    socket.end("HTTP/1.1 405 Method Not Allowed\r\n\r\n");
  });

  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(port, "127.0.0.1", () => resolve());
  });
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    requests,
    refused,
    refusedOrigins,
    serverErrors,
    setPhase(next) {
      phase = next;
    },
    stop: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

import { spawn } from "node:child_process";
import { once } from "node:events";
import http from "node:http";
import path from "node:path";
import { pathToFileURL } from "node:url";
import { describe, expect, it } from "vitest";
import { millisecondsSetting, shutdownSettings } from "./graceful-shutdown.mjs";

const MODULE = pathToFileURL(path.join(import.meta.dirname, "graceful-shutdown.mjs")).href;

/**
 * A server process as the preload makes it: each request answers after `delayMs`, and /ready
 * says whether the process is shutting down. Prints its port, each slow request's arrival, and
 * "closed resources" last.
 */
function startServer(env: Record<string, string>) {
  const script = `
    import http from "node:http";
    import { closeGracefullyOnSignal, shutdownSettings } from ${JSON.stringify(MODULE)};
    const servers = new Set();
    closeGracefullyOnSignal(servers, shutdownSettings(process.env), async () => console.log("closed resources"));
    const server = http.createServer((request, response) => {
      if (request.url === "/ready") return response.end(globalThis[Symbol.for("zero-trust-readiness.shutting-down")] ? "shutting down" : "ready");
      console.log("request arrived");
      setTimeout(() => response.end("done"), Number(process.env.DELAY_MS));
    });
    servers.add(server);
    server.listen(0, "127.0.0.1", () => console.log(server.address().port));
  `;
  const child = spawn(process.execPath, ["--input-type=module", "-e", script], { env: { PATH: process.env.PATH, NODE_ENV: "test", ...env } });
  let output = "";
  child.stdout.on("data", (chunk: Buffer) => (output += chunk.toString()));
  child.stderr.on("data", (chunk: Buffer) => (output += chunk.toString()));
  const port = new Promise<number>((resolve) => child.stdout.on("data", () => /^\d+$/m.test(output) && resolve(Number(/^(\d+)$/m.exec(output)![1]))));
  const exited = once(child, "exit").then(([code]) => code as number | null);
  const printed = async (text: string) => {
    while (!output.includes(text)) await once(child.stdout, "data");
  };
  return { child, port, exited, output: () => output, printed };
}

function get(port: number, pathname: string, agent?: http.Agent): Promise<string> {
  return new Promise((resolve, reject) => {
    http
      .get({ host: "127.0.0.1", port, path: pathname, agent }, (response) => {
        let body = "";
        response.on("data", (chunk: Buffer) => (body += chunk.toString()));
        response.on("end", () => resolve(body));
      })
      .on("error", reject);
  });
}

describe("graceful shutdown of a server process", () => {
  it("on SIGTERM fails readiness at once, serves through the drain, finishes requests in flight, closes resources and exits 0", async () => {
    const server = startServer({ DELAY_MS: "600", SHUTDOWN_DRAIN_MS: "300", SHUTDOWN_TIMEOUT_MS: "5000" });
    const port = await server.port;
    // A keep-alive connection left idle must not hold the exit back until it times out.
    const agent = new http.Agent({ keepAlive: true });
    expect(await get(port, "/ready", agent)).toBe("ready");
    const inFlight = get(port, "/slow");
    await server.printed("request arrived");
    const started = Date.now();
    server.child.kill("SIGTERM");
    await server.printed("SIGTERM, finishing requests in flight");
    expect(await get(port, "/ready")).toBe("shutting down");
    expect(await inFlight).toBe("done");
    expect(await server.exited).toBe(0);
    expect(Date.now() - started).toBeLessThan(3_000);
    expect(server.output().trim().split("\n").at(-1)).toBe("closed resources");
    await expect(get(port, "/ready")).rejects.toThrow(/ECONNREFUSED/);
    agent.destroy();
  });

  it("cuts requests still open after SHUTDOWN_TIMEOUT_MS and exits 1", async () => {
    const server = startServer({ DELAY_MS: "60000", SHUTDOWN_DRAIN_MS: "0", SHUTDOWN_TIMEOUT_MS: "300" });
    const port = await server.port;
    const stuck = get(port, "/stuck").catch((error: Error) => error.message);
    await server.printed("request arrived");
    server.child.kill("SIGTERM");
    expect(await server.exited).toBe(1);
    expect(await stuck).toMatch(/socket hang up|ECONNRESET/);
    expect(server.output()).toContain("requests still open after 300 ms");
  });
});

describe("shutdown settings", () => {
  it("default to no drain and 20 s for requests in flight, and refuse what is not a duration", () => {
    expect(shutdownSettings({})).toEqual({ drainMs: 0, timeoutMs: 20_000 });
    expect(shutdownSettings({ SHUTDOWN_DRAIN_MS: "5000", SHUTDOWN_TIMEOUT_MS: "0" })).toEqual({ drainMs: 5_000, timeoutMs: 0 });
    for (const raw of ["-1", "1.5", "5s", "600001"]) {
      expect(() => millisecondsSetting({ SHUTDOWN_DRAIN_MS: raw }, "SHUTDOWN_DRAIN_MS", 0)).toThrow(`SHUTDOWN_DRAIN_MS=${raw}: a duration in milliseconds`);
    }
  });
});

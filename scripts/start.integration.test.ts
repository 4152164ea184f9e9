import { spawn } from "node:child_process";
import { createServer, type Server } from "node:net";
import path from "node:path";
import pg from "pg";
import { afterEach, describe, expect, it } from "vitest";
import { startEmbeddedPostgres } from "./db/embedded-postgres";
import { ROOT } from "./db/schema-engine";
import { PortInUseError, portForLater } from "./ports";

const occupied: Server[] = [];
afterEach(async () => {
  await Promise.all(occupied.splice(0).map((server) => new Promise((resolve) => server.close(resolve))));
});

/** Another process's listener, as a user's machine might have one on the app's or the database's port. */
async function occupy(host: string): Promise<number> {
  const server = createServer();
  occupied.push(server);
  await new Promise<void>((resolve) => server.listen(0, host, resolve));
  return (server.address() as { port: number }).port;
}

/** Runs `npm start`'s script with only the given settings (no DATABASE_URL: the embedded database). */
function start(env: Record<string, string>): Promise<{ code: number | null; output: string }> {
  const child = spawn(path.join(ROOT, "node_modules/.bin/tsx"), ["scripts/start.ts"], {
    cwd: ROOT,
    env: { PATH: process.env.PATH, HOME: process.env.HOME, NODE_ENV: "production", CHECKPOINT_DISABLE: "1", ...env },
  });
  let output = "";
  child.stdout.on("data", (chunk: Buffer) => (output += chunk.toString()));
  child.stderr.on("data", (chunk: Buffer) => (output += chunk.toString()));
  return new Promise((resolve) => child.on("exit", (code) => resolve({ code, output })));
}

describe("npm start on a machine where its ports are taken", () => {
  it("stops at once with one line naming PORT when the app's port is taken", async () => {
    const port = await occupy("localhost");
    const { code, output } = await start({ PORT: String(port), HOST: "localhost" });
    expect(code).toBe(1);
    expect(output.trim()).toMatch(new RegExp(`^PORT=${port}: port ${port} on localhost is already in use .*set PORT to a free port, e\\.g\\. PORT=\\d+\\.$`));
    expect(output).not.toContain("EADDRINUSE");
  });

  it("stops with one line naming EMBEDDED_DB_PORT when the port the user chose is taken", async () => {
    const databasePort = await occupy("127.0.0.1");
    const appPort = await portForLater("localhost");
    const { code, output } = await start({ PORT: String(appPort), HOST: "localhost", EMBEDDED_DB_PORT: String(databasePort) });
    expect(code).toBe(1);
    expect(output.trim()).toMatch(new RegExp(`^EMBEDDED_DB_PORT=${databasePort}: port ${databasePort} on 127\\.0\\.0\\.1 is already in use .*set EMBEDDED_DB_PORT to a free port`));
    expect(output).not.toContain("EADDRINUSE");
  });

  it("refuses a number of server processes that is not a whole number from 1 to 64, naming the variable", async () => {
    const { code, output } = await start({ PORT: String(await portForLater("localhost")), HOST: "localhost", WEB_CONCURRENCY: "two" });
    expect(code).toBe(1);
    expect(output.trim()).toBe("WEB_CONCURRENCY=two: the number of server processes, a whole number from 1 to 64.");
  });

  it("refuses a port that is not a number, naming the variable", async () => {
    const { code, output } = await start({ PORT: "three thousand" });
    expect(code).toBe(1);
    expect(output.trim()).toBe("PORT=three thousand: a port is a whole number from 1 to 65535.");
  });
});

describe("the embedded database on a taken port", () => {
  it("refuses by default, and listens on another free port when allowed", async () => {
    const port = await occupy("127.0.0.1");
    await expect(startEmbeddedPostgres({ port })).rejects.toBeInstanceOf(PortInUseError);

    const embedded = await startEmbeddedPostgres({ port, ifPortTaken: "any-free-port" });
    try {
      expect(embedded.port).not.toBe(port);
      expect(embedded.url).toContain(`@127.0.0.1:${embedded.port}/`);
      const client = new pg.Client({ connectionString: embedded.url });
      await client.connect();
      try {
        expect((await client.query("SELECT 1 AS one")).rows).toEqual([{ one: 1 }]);
      } finally {
        await client.end();
      }
    } finally {
      await embedded.stop();
    }
  });
});

/**
 * A second production server for tests that need another configuration (trusted proxies) or
 * direct access to the database behind it: its own fresh database, on a free port, stopped afterwards.
 */
import { createServer } from "node:net";
import pg from "pg";
import { startAppServer, waitForServer } from "../scripts/app-server";
import { EMBEDDED_POOL_SIZE } from "../scripts/db/embedded-postgres";
import { createTestDatabase } from "../scripts/test/test-database";

export interface PrivateServer {
  url: string;
  /** One statement on this server's database, run while the app is idle. */
  sql(text: string, values?: unknown[]): Promise<void>;
  stop(): Promise<void>;
}

async function freePort(): Promise<number> {
  const probe = createServer();
  await new Promise<void>((resolve) => probe.listen(0, "localhost", resolve));
  const address = probe.address();
  await new Promise((resolve) => probe.close(resolve));
  if (!address || typeof address === "string") throw new Error("no free port");
  return address.port;
}

export async function startPrivateServer(env: Record<string, string>): Promise<PrivateServer> {
  const database = await createTestDatabase();
  const port = await freePort();
  const url = `http://localhost:${port}`;
  const server = startAppServer({
    port,
    host: "localhost",
    env: { ...process.env, ...env, DATABASE_URL: database.url, DATABASE_POOL_SIZE: database.serverUrl ? "4" : EMBEDDED_POOL_SIZE, BETTER_AUTH_URL: url },
  });
  const exited = new Promise<void>((resolve) => server.once("exit", () => resolve()));
  try {
    await waitForServer(`${url}/sign-in`, server);
    // Ready means the authentication instance and its database connection are up, not just pages.
    await waitForServer(`${url}/api/auth/get-session`, server);
  } catch (error) {
    server.kill("SIGTERM");
    await database.drop();
    throw error;
  }
  return {
    url,
    async sql(text, values = []) {
      const client = new pg.Client({ connectionString: database.url });
      await client.connect();
      try {
        await client.query(text, values);
      } finally {
        await client.end();
      }
    },
    async stop() {
      server.kill("SIGTERM");
      await exited;
      await database.drop();
    },
  };
}

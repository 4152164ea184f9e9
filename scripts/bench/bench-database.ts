/**
 * What the server benchmarks need before they start: a PostgreSQL server to measure (the figures
 * are about a real server, never the single-connection embedded one) and a free BENCH_PORT. On a
 * fresh machine either may be missing: say so in one line instead of a connection stack trace.
 */
import pg from "pg";
import { orStopIfPortTaken, probePort, stopWith } from "../ports";
import { createTestDatabase, type TestDatabase } from "../test/test-database";

const LOCAL_SERVER = "postgresql://postgres@127.0.0.1:5432/postgres";

async function answers(url: string): Promise<boolean> {
  const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 5_000 });
  try {
    await client.connect();
    return true;
  } catch {
    return false;
  } finally {
    await client.end().catch(() => undefined);
  }
}

/** A throwaway database on TEST_DATABASE_URL's or DATABASE_URL's server, or on the local one at 127.0.0.1:5432. */
export async function createBenchDatabase(command: string): Promise<TestDatabase> {
  const configured = process.env.TEST_DATABASE_URL?.trim() || process.env.DATABASE_URL?.trim();
  if (!configured) {
    if (!(await answers(LOCAL_SERVER))) {
      stopWith(
        `${command} measures a PostgreSQL server, and none lets postgres in at 127.0.0.1:5432. Start one (Debian: apt-get install -y postgresql, then pg_ctlcluster <version> main start, as .ci/run does) or set TEST_DATABASE_URL to a server where it may create a throwaway database.`,
      );
    }
    process.env.TEST_DATABASE_URL = LOCAL_SERVER;
  }
  return createTestDatabase();
}

/** BENCH_PORT (3200 by default), checked free on 127.0.0.1. */
export async function benchPort(): Promise<number> {
  const port = Number(process.env.BENCH_PORT ?? 3200);
  return orStopIfPortTaken("BENCH_PORT", () => probePort("127.0.0.1", port));
}

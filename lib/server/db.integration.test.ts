/** The connection pool under the Prisma client, which the common answer save also uses directly. */
import "@/scripts/test/use-test-database";
import { describe, expect, it, vi } from "vitest";

const { pool } = await import("./db");

describe("the database pool", () => {
  it("logs an idle connection that the database dropped rather than ending the process, and queries on", async () => {
    // Released, the client waits in the pool, which reports an idle client's error as its own.
    const client = await pool.connect();
    client.release();
    const logged = vi.spyOn(console, "error").mockImplementation(() => undefined);
    try {
      client.emit("error", new Error("terminating connection due to administrator command"));
      expect(logged).toHaveBeenCalledWith("[db] An idle database connection was lost:", "terminating connection due to administrator command");
      const { rows } = await pool.query<{ one: number }>("SELECT 1 AS one");
      expect(rows[0]!.one).toBe(1);
    } finally {
      logged.mockRestore();
    }
  });
});

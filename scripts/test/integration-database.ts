/** Vitest global setup for integration tests: one migrated database for the run. */
import type { TestProject } from "vitest/node";
import { EMBEDDED_POOL_SIZE } from "../db/embedded-postgres";
import { createTestDatabase } from "./test-database";

declare module "vitest" {
  export interface ProvidedContext {
    databaseUrl: string;
    databaseServerUrl: string | null;
    databasePoolSize: string;
  }
}

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const database = await createTestDatabase();
  project.provide("databaseUrl", database.url);
  project.provide("databaseServerUrl", database.serverUrl);
  project.provide("databasePoolSize", database.serverUrl ? "10" : EMBEDDED_POOL_SIZE);
  return () => database.drop();
}

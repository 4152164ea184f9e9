import { inject, describe, expect, it } from "vitest";
import { diffMigrationsToSchema } from "./schema-engine";
import { shadowFactory } from "./temporary-database";

describe("prisma/migrations", () => {
  it("builds exactly the database that schema.prisma describes (no drift)", async () => {
    const serverUrl = inject("databaseServerUrl");
    const url = inject("databaseUrl");
    const drift = await diffMigrationsToSchema(url, shadowFactory(serverUrl ?? url, serverUrl === null));
    expect(drift, "schema.prisma changed without a migration: run `npm run db:migration -- <name>`").toBe("");
  });
});

import { PrismaPg } from "@prisma/adapter-pg";
import { afterEach, describe, expect, it } from "vitest";
import { PrismaClient } from "../../generated/prisma/client";
import { createTestDatabase, type TestDatabase } from "../test/test-database";
import { prepareDatabase, wantsDemoData } from "./prepare";
import { DEMO_LOGIN } from "./seed";

let database: TestDatabase | undefined;
afterEach(async () => {
  await database?.drop();
  database = undefined;
});

async function users(url: string): Promise<string[]> {
  const prisma = new PrismaClient({ adapter: new PrismaPg({ connectionString: url, max: 1 }) });
  try {
    return (await prisma.user.findMany({ select: { email: true } })).map((user) => user.email);
  } finally {
    await prisma.$disconnect();
  }
}

describe("preparing the database at start", () => {
  it("adds no demo login to a server database unless SEED_DEMO_DATA=true, and opens the first-run path instead", async () => {
    database = await createTestDatabase();
    const prepared = await prepareDatabase({ url: database.url, migrationUrl: database.url, embedded: false, seedDemoData: undefined });
    expect(prepared.demo).toBe("off");
    expect(prepared.setupCode).toMatch(/^[0-9A-Z]{4}(-[0-9A-Z]{4}){3}$/);
    expect(await users(database.url)).toEqual([]);
  });

  it("seeds a server database when SEED_DEMO_DATA=true, and then has no setup code", async () => {
    database = await createTestDatabase();
    const prepared = await prepareDatabase({ url: database.url, migrationUrl: database.url, embedded: false, seedDemoData: "true" });
    expect(prepared).toMatchObject({ demo: "seeded", setupCode: null });
    expect(await users(database.url)).toEqual([DEMO_LOGIN.email]);
    expect((await prepareDatabase({ url: database.url, migrationUrl: database.url, embedded: true, seedDemoData: undefined })).demo).toBe("present");
  });

  it("keeps the demo login as the embedded database's default, and refuses settings it does not know", () => {
    expect(wantsDemoData(true, undefined)).toBe(true);
    expect(wantsDemoData(true, "false")).toBe(false);
    expect(wantsDemoData(false, undefined)).toBe(false);
    expect(wantsDemoData(false, "")).toBe(false);
    expect(wantsDemoData(false, "true")).toBe(true);
    expect(() => wantsDemoData(false, "yes")).toThrow(/must be "true" or "false"/);
  });
});

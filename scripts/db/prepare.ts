/** What `npm start` does to the database before the app starts: migrate, maybe seed, and open the first-run path. */
import { applyMigrations } from "./schema-engine";
import { demoLoginExists, seedDemoData } from "./seed";
import { issueSetupCode } from "./setup-code";

export interface PrepareOptions {
  /** The app's connection. */
  url: string;
  /** The schema owner's connection, for migrations. */
  migrationUrl: string;
  embedded: boolean;
  /** SEED_DEMO_DATA as given: "true", "false" or unset. */
  seedDemoData: string | undefined;
}

export interface Prepared {
  applied: string[];
  /** "present": asked for, and the database already had it; "absent": asked for, but the database had other users. */
  demo: "seeded" | "present" | "absent" | "off";
  /** The one-time code for /setup, when the database has no users. */
  setupCode: string | null;
}

/**
 * Demo data (whose password is published) goes into the embedded database unless
 * SEED_DEMO_DATA=false, and into a server's only with SEED_DEMO_DATA=true.
 */
export function wantsDemoData(embedded: boolean, setting: string | undefined): boolean {
  if (setting === undefined || setting === "") return embedded;
  if (setting === "true" || setting === "false") return setting === "true";
  throw new Error(`SEED_DEMO_DATA must be "true" or "false", not ${JSON.stringify(setting)}.`);
}

export async function prepareDatabase(options: PrepareOptions): Promise<Prepared> {
  const demo = wantsDemoData(options.embedded, options.seedDemoData);
  const applied = await applyMigrations(options.migrationUrl);
  const seeded = !demo ? "off" : (await seedDemoData(options.url)) === "seeded" ? "seeded" : (await demoLoginExists(options.url)) ? "present" : "absent";
  return { applied, demo: seeded, setupCode: await issueSetupCode(options.url) };
}

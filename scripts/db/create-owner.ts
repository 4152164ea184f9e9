/**
 * `npm run create-owner -- --email you@example.com --name "Your Name"`: the first owner of a
 * deployment, created from a shell on the server instead of /setup. The password comes from
 * OWNER_PASSWORD, from standard input when it is piped, or from a hidden prompt. Like /setup,
 * it works only while the database has no users. Runs with `--conditions=react-server`, as
 * the app's server code does, so it uses the very same lib/server code as the setup page.
 */
import { createInterface } from "node:readline";
import { parseArgs } from "node:util";
import { ZSignUp } from "../../lib/validation/auth";
import { openCommandDatabase } from "./database-url";
import { EMBEDDED_POOL_SIZE } from "./embedded-postgres";
import { applyMigrations } from "./schema-engine";

async function readPassword(): Promise<string> {
  if (process.env.OWNER_PASSWORD) return process.env.OWNER_PASSWORD;
  if (!process.stdin.isTTY) {
    let piped = "";
    for await (const chunk of process.stdin) piped += chunk;
    return piped.replace(/\r?\n$/, "");
  }
  // A prompt that echoes nothing of what is typed.
  const prompt = createInterface({ input: process.stdin, output: process.stdout, terminal: true });
  const output = prompt as unknown as { _writeToOutput: (text: string) => void };
  process.stdout.write("Password for the owner (at least 12 characters): ");
  output._writeToOutput = () => undefined;
  const password = await new Promise<string>((resolve) => prompt.question("", resolve));
  prompt.close();
  process.stdout.write("\n");
  return password;
}

const { values } = parseArgs({ options: { email: { type: "string" }, name: { type: "string" } } });
const parsed = ZSignUp.safeParse({ name: values.name ?? "", email: values.email ?? "", password: await readPassword() });
if (!parsed.success) {
  for (const issue of parsed.error.issues) console.error(`${String(issue.path[0] ?? "input")}: ${issue.message}`);
  console.error('Usage: npm run create-owner -- --email you@example.com --name "Your Name"  (password from OWNER_PASSWORD, standard input or a prompt)');
  process.exit(2);
}

const database = await openCommandDatabase();
let status = 0;
try {
  process.env.DATABASE_URL = database.url;
  // The embedded database may not exist yet (before the first `npm start`); a server's is migrated by its owner.
  if (database.embedded) {
    process.env.DATABASE_POOL_SIZE = EMBEDDED_POOL_SIZE;
    await applyMigrations(database.migrationUrl);
  }
  const { createFirstOwner } = await import("../../lib/server/first-owner");
  const { AppError } = await import("../../lib/server/errors");
  const { prisma } = await import("../../lib/server/db");
  try {
    await createFirstOwner(parsed.data, { kind: "command-line" });
    console.log(`Created ${parsed.data.email.toLowerCase()}, owner of a new organisation. Sign in with that email and password.`);
  } catch (error) {
    if (!(error instanceof AppError)) throw error;
    console.error(error.message);
    status = 1;
  } finally {
    await prisma.$disconnect();
  }
} finally {
  await database.close();
}
process.exit(status);

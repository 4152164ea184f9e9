/**
 * End-to-end run: a fresh migrated database, the production build, the standalone server,
 * then Playwright in Debian's Chromium. `npm run test:e2e -- <playwright args>`.
 */
import { spawn } from "node:child_process";
import { randomBytes } from "node:crypto";
import path from "node:path";
import { buildApp, buildIsStale, startAppServer, waitForServer } from "../app-server";
import { EMBEDDED_POOL_SIZE } from "../db/embedded-postgres";
import { ROOT } from "../db/schema-engine";
import { seedDemoData } from "../db/seed";
import { orStopIfPortTaken, portForLater, portSetting, probePort } from "../ports";
import { startFakeOidcProvider } from "./fake-oidc-provider";
import { startSmtpSink } from "./smtp-sink";
import { createTestDatabase } from "./test-database";

export const E2E_REPORT = path.join(ROOT, "test-results/e2e-report.json");

export async function runE2E(playwrightArgs: string[] = []): Promise<number> {
  // A free port unless one is set: a second run beside this one (another checkout, CI) must
  // start its own server, never test the one already on a fixed port.
  const chosen = portSetting("E2E_PORT", 0);
  const port = chosen ? await orStopIfPortTaken("E2E_PORT", () => probePort("localhost", chosen)) : await portForLater("localhost");
  const database = await createTestDatabase();
  // The browser tests sign in with the demo login, exactly as a new user of `npm start` would.
  await seedDemoData(database.url);
  const idp = await startFakeOidcProvider();
  // The app sends real mail to a loopback SMTP server; specs read it at SMTP_SINK_URL.
  const sink = await startSmtpSink();
  const baseUrl = `http://localhost:${port}`;
  const env = {
    ...process.env,
    DATABASE_URL: database.url,
    DATABASE_POOL_SIZE: database.serverUrl ? "10" : EMBEDDED_POOL_SIZE,
    BETTER_AUTH_URL: baseUrl,
    BETTER_AUTH_SECRET: randomBytes(32).toString("base64url"),
    OIDC_ISSUER: idp.issuer,
    OIDC_CLIENT_ID: "zero-trust-readiness-e2e",
    OIDC_CLIENT_SECRET: randomBytes(16).toString("hex"),
    OIDC_PROVIDER_NAME: "Test IdP",
    SMTP_URL: sink.smtpUrl,
    MAIL_FROM: "Zero Trust Readiness <no-reply@example.com>",
    // Specs receive webhooks on a loopback server of their own.
    WEBHOOK_ALLOW_LOCAL: "true",
  };
  try {
    if (buildIsStale()) buildApp(env);
    const server = startAppServer({ port, host: "localhost", env });
    try {
      await waitForServer(`${baseUrl}/sign-in`, server);
      // Not spawnSync: this process serves the embedded database and the test identity provider.
      const playwright = spawn(path.join(ROOT, "node_modules/.bin/playwright"), ["test", ...playwrightArgs], {
        cwd: ROOT,
        stdio: "inherit",
        env: { ...env, E2E_BASE_URL: baseUrl, SMTP_SINK_URL: sink.httpUrl, PLAYWRIGHT_JSON_OUTPUT_NAME: E2E_REPORT },
      });
      return await new Promise<number>((resolve) => playwright.on("exit", (code) => resolve(code ?? 1)));
    } finally {
      server.kill("SIGTERM");
    }
  } finally {
    await Promise.all([database.drop(), idp.stop(), sink.stop()]);
  }
}

if (import.meta.filename === process.argv[1]) {
  const status = await runE2E(process.argv.slice(2));
  // The schema engine leaves a timer behind; exit with Playwright's status.
  process.exit(status);
}

/**
 * `npm run security:scan`: the production build on a fresh database with the demo data,
 * signed in as the demo user, attacked by Debian's wapiti (the pages and the API, with the
 * session cookie) and sqlmap (every path and query parameter of /api/v1's GET operations, the
 * audit and next-steps exports' filters, with an API token), all through a counting proxy on loopback.
 * Prints each finding, then `security_scan requests=… wapiti_findings=… sqlmap_findings=…
 * server_errors=…`, and exits non-zero on any finding. About 15 minutes.
 */
import { spawn, spawnSync } from "node:child_process";
import { createHash, randomBytes } from "node:crypto";
import { createWriteStream, mkdtempSync, readFileSync } from "node:fs";
import http from "node:http";
import { tmpdir } from "node:os";
import path from "node:path";
import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient } from "../../generated/prisma/client";
import { PERMISSIONS } from "../../lib/permissions";
import { buildApp, buildIsStale, startAppServer, waitForServer } from "../app-server";
import { orStopIfPortTaken, probePort } from "../ports";
import { EMBEDDED_POOL_SIZE } from "../db/embedded-postgres";
import { DEMO_LOGIN, seedDemoData } from "../db/seed";
import { createTestDatabase } from "../test/test-database";
import { startCountingProxy } from "./counting-proxy";
import { type Finding, formatFinding, serverErrorFindings } from "./findings";
import { parseSqlmapOutput, type SqlmapTarget, sqlmapTargets } from "./sqlmap-targets";
import { parseWapitiReport } from "./wapiti-report";

const APP_PORT = Number(process.env.SCAN_PORT ?? 3290);
const PROXY_PORT = Number(process.env.SCAN_PROXY_PORT ?? 3291);
// Where wapiti's SSRF and XXE payloads point: the app must never call it.
const ENDPOINT_PORT = Number(process.env.SCAN_ENDPOINT_PORT ?? 3292);

// wapiti 3.0.4 bounds the crawl with --max-scan-time and each module with --max-attack-time.
const WAPITI_CRAWL_S = 90;
const WAPITI_ATTACK_S = 30;
const WAPITI_MODULES = ["xss", "permanentxss", "sql", "blindsql", "exec", "file", "crlf", "redirect", "ssrf", "xxe", "csp", "http_headers", "cookieflags"];
const SQLMAP_TARGET_S = 60;
// Level 3 and risk 2 add the heavier time-based payloads; PostgreSQL is known, so only its payloads.
const SQLMAP_OPTIONS = ["--batch", "--dbms=PostgreSQL", "--level=3", "--risk=2", "--time-sec=2", "--timeout=10", "--retries=1", "--disable-coloring"];
const TOOL_PACKAGES = { wapiti: "wapiti", sqlmap: "sqlmap" } as const;

function ensureTools(): void {
  const missing = Object.keys(TOOL_PACKAGES).filter((tool) => spawnSync("sh", ["-c", `command -v ${tool}`]).status !== 0) as (keyof typeof TOOL_PACKAGES)[];
  if (!missing.length) return;
  if (process.getuid?.() !== 0) {
    throw new Error(`${missing.join(" and ")} not installed: run \`sudo apt-get install -y ${missing.map((tool) => TOOL_PACKAGES[tool]).join(" ")}\` (Debian packages), then scan again.`);
  }
  console.log(`installing ${missing.join(", ")} with apt-get`);
  // A fresh machine may have no package lists yet.
  if (spawnSync("apt-get", ["update"], { stdio: "inherit" }).status !== 0) throw new Error("apt-get update failed");
  const install = spawnSync("apt-get", ["install", "-y", "--no-install-recommends", ...missing.map((tool) => TOOL_PACKAGES[tool])], { stdio: "inherit" });
  if (install.status !== 0) throw new Error(`apt-get could not install ${missing.join(", ")}`);
}

/** The scanners' environment, without any system proxy that would bypass the counting one. */
function toolEnv(): NodeJS.ProcessEnv {
  const env = { ...process.env };
  for (const name of ["http_proxy", "https_proxy", "HTTP_PROXY", "HTTPS_PROXY", "all_proxy", "ALL_PROXY"]) delete env[name];
  return env;
}

/** Runs a scanner with its output in `logFile`, killed after `limitS` seconds. */
function runTool(command: string, args: string[], logFile: string, limitS: number): Promise<{ code: number | null; timedOut: boolean }> {
  return new Promise((resolve, reject) => {
    const log = createWriteStream(logFile);
    const child = spawn(command, args, { stdio: ["ignore", "pipe", "pipe"], env: toolEnv() });
    child.stdout.pipe(log);
    child.stderr.pipe(log);
    let timedOut = false;
    const timer = setTimeout(() => {
      timedOut = true;
      child.kill("SIGTERM");
    }, limitS * 1000);
    child.on("error", reject);
    child.on("close", (code) => {
      clearTimeout(timer);
      log.end(() => resolve({ code, timedOut }));
    });
  });
}

/** An API token for the demo user with every scope, stored as lib/server/api-tokens.ts stores one. */
async function createScanToken(databaseUrl: string): Promise<string> {
  const prisma = new PrismaClient({ adapter: new PrismaPg({ connectionString: databaseUrl, max: 1 }) });
  try {
    const user = await prisma.user.findUniqueOrThrow({ where: { email: DEMO_LOGIN.email }, include: { memberships: true } });
    const token = `ztr_${randomBytes(32).toString("base64url")}`;
    await prisma.apiToken.create({
      data: {
        userId: user.id,
        organizationId: user.memberships[0]!.organizationId,
        name: "security scan",
        prefix: token.slice(0, 12),
        secretHash: createHash("sha256").update(token).digest("hex"),
        scopes: [...PERMISSIONS],
        expiresAt: new Date(Date.now() + 24 * 60 * 60 * 1000),
      },
    });
    return token;
  } finally {
    await prisma.$disconnect();
  }
}

async function signIn(baseUrl: string): Promise<string> {
  const response = await fetch(`${baseUrl}/api/auth/sign-in/email`, {
    method: "POST",
    headers: { "content-type": "application/json", origin: baseUrl },
    body: JSON.stringify({ email: DEMO_LOGIN.email, password: DEMO_LOGIN.password }),
  });
  if (!response.ok) throw new Error(`demo sign-in answered ${response.status}`);
  return response.headers
    .getSetCookie()
    .map((header) => header.split(";")[0])
    .join("; ");
}

async function apiJson<T>(url: string, token: string, init: RequestInit = {}): Promise<T> {
  const response = await fetch(url, { ...init, headers: { authorization: `Bearer ${token}`, "content-type": "application/json", ...init.headers } });
  if (!response.ok) throw new Error(`${init.method ?? "GET"} ${url} answered ${response.status}`);
  return (await response.json()) as T;
}

/** Records every request that reaches the SSRF/XXE endpoint: only the app could send one. */
async function startEndpoint(port: number): Promise<{ url: string; hits: string[]; stop: () => Promise<void> }> {
  const hits: string[] = [];
  const server = http.createServer((request, response) => {
    hits.push(`${request.method} ${request.url}`);
    response.writeHead(404).end();
  });
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(port, "127.0.0.1", () => resolve());
  });
  return { url: `http://127.0.0.1:${port}/`, hits, stop: () => new Promise((resolve) => server.close(() => resolve())) };
}

async function main(): Promise<number> {
  const started = performance.now();
  ensureTools();
  for (const [variable, port] of [["SCAN_PORT", APP_PORT], ["SCAN_PROXY_PORT", PROXY_PORT], ["SCAN_ENDPOINT_PORT", ENDPOINT_PORT]] as const) {
    await orStopIfPortTaken(variable, () => probePort("127.0.0.1", port));
  }
  const work = mkdtempSync(path.join(tmpdir(), "security-scan-"));
  const database = await createTestDatabase();
  const baseUrl = `http://127.0.0.1:${APP_PORT}`;
  const env = {
    ...process.env,
    DATABASE_URL: database.url,
    DATABASE_POOL_SIZE: database.serverUrl ? "10" : EMBEDDED_POOL_SIZE,
    BETTER_AUTH_URL: baseUrl,
    BETTER_AUTH_SECRET: randomBytes(32).toString("base64url"),
  };
  const findings: Finding[] = [];
  const notes: string[] = [];
  try {
    await seedDemoData(database.url);
    const token = await createScanToken(database.url);
    if (buildIsStale()) buildApp(env);
    const proxy = await startCountingProxy({ port: PROXY_PORT, target: baseUrl });
    const endpoint = await startEndpoint(ENDPOINT_PORT).catch(async (error: unknown) => {
      await proxy.stop();
      throw error;
    });
    const server = startAppServer({ port: APP_PORT, host: "127.0.0.1", env });
    try {
      await waitForServer(`${baseUrl}/sign-in`, server);
      const cookie = await signIn(baseUrl);
      const { assessments } = await apiJson<{ assessments: { id: string }[] }>(`${baseUrl}/api/v1/assessments`, token);
      const assessmentId = assessments[0]!.id;
      const { snapshot } = await apiJson<{ snapshot: { id: string } }>(`${baseUrl}/api/v1/assessments/${assessmentId}/snapshots`, token, { method: "POST", body: JSON.stringify({ label: "scan baseline" }) });
      const openApi = await apiJson<unknown>(`${baseUrl}/api/v1/openapi.json`, token);
      const { assessment } = await apiJson<{ assessment: { ownerId: string } }>(`${baseUrl}/api/v1/assessments/${assessmentId}`, token);

      // wapiti: the signed-in pages it can crawl, plus the API and export URLs it cannot find by links.
      proxy.setPhase("wapiti");
      const report = path.join(work, "wapiti.json");
      const starts = [
        `/sign-in?next=%2Fassessments`,
        `/assessments/${assessmentId}`,
        `/assessments/${assessmentId}/dashboard`,
        `/audit?actor=demo&action=token.created&from=2026-01-01&to=2030-12-31`,
        `/next-steps?assessment=${assessmentId}&status=in_progress&owner=me&pillar=identity`,
        `/assessments/${assessmentId}/snapshots/compare?from=${snapshot.id}&to=${snapshot.id}`,
        `/api/v1/openapi.json`,
        `/api/v1/assessments?q=FY26&status=in_progress`,
        `/api/v1/assessments/${assessmentId}/export?format=csv`,
        `/api/v1/assessments/${assessmentId}/report?snapshot=${snapshot.id}`,
        `/api/v1/audit/export?actor=demo&action=token.created&from=2026-01-01&to=2030-12-31`,
        `/api/v1/next-steps/export?assessment=${assessmentId}`,
      ];
      const wapitiArgs = [
        ...["-u", `${baseUrl}/`, "--scope", "folder", "-m", WAPITI_MODULES.join(","), "-p", proxy.url],
        ...["-H", `Cookie: ${cookie}`, "--endpoint", endpoint.url],
        ...starts.flatMap((start) => ["-s", `${baseUrl}${start}`]),
        ...["--max-scan-time", String(WAPITI_CRAWL_S), "--max-attack-time", String(WAPITI_ATTACK_S), "-d", "4", "--max-links-per-page", "60", "--max-files-per-dir", "40"],
        ...["-t", "10", "-f", "json", "-o", report, "--store-session", path.join(work, "wapiti-session"), "--store-config", path.join(work, "wapiti-config"), "--flush-session", "--no-bugreport", "-v", "1"],
      ];
      console.log(`wapiti: ${WAPITI_MODULES.length} modules, crawl ≤ ${WAPITI_CRAWL_S} s, ≤ ${WAPITI_ATTACK_S} s per module`);
      const wapiti = await runTool("wapiti", wapitiArgs, path.join(work, "wapiti.log"), WAPITI_CRAWL_S + WAPITI_MODULES.length * WAPITI_ATTACK_S + 120);
      let wapitiFindings: Finding[] = [];
      try {
        const parsed = parseWapitiReport(JSON.parse(readFileSync(report, "utf8")));
        wapitiFindings = parsed.findings;
        for (const skipped of parsed.obsolete) notes.push(`wapiti reported, not counted (obsolete check): ${skipped.detail} on ${skipped.url}`);
      } catch (error) {
        throw new Error(`wapiti wrote no readable report (exit ${wapiti.code}${wapiti.timedOut ? ", killed at its time limit" : ""}; log ${path.join(work, "wapiti.log")}): ${String(error)}`);
      }
      findings.push(...wapitiFindings);
      const stillSignedIn = await fetch(`${baseUrl}/api/v1/openapi.json`, { headers: { cookie } });
      if (!stillSignedIn.ok) notes.push(`the session cookie no longer works after wapiti (${stillSignedIn.status}): a form it submitted ended the session, so later pages were scanned signed out`);

      // sqlmap: one run per target, each bounded, with the API token.
      proxy.setPhase("sqlmap");
      const targets: SqlmapTarget[] = [
        // Every GET operation of the document, the exports and the report included, with real values.
        ...sqlmapTargets(openApi, baseUrl, {
          id: assessmentId,
          snapshotId: snapshot.id,
          snapshot: snapshot.id,
          assessment: assessmentId,
          ownerId: assessment.ownerId,
          owner: assessment.ownerId,
          q: "FY26",
          status: "in_progress",
          actor: "demo",
          action: "token.created",
          outcome: "success",
          from: "2026-01-01",
          to: "2030-12-31",
        }),
      ];
      let sqlmapFindings = 0;
      for (const [index, target] of targets.entries()) {
        const log = path.join(work, `sqlmap-${index}.log`);
        const args = ["-u", target.url, ...SQLMAP_OPTIONS, "--proxy", proxy.url, "-H", `Authorization: Bearer ${token}`, "--output-dir", path.join(work, "sqlmap"), ...(target.parameters.length ? ["-p", target.parameters.join(",")] : [])];
        const before = proxy.requests.get("sqlmap") ?? 0;
        const run = await runTool("sqlmap", args, log, SQLMAP_TARGET_S);
        const injections = parseSqlmapOutput(readFileSync(log, "utf8"), target);
        const sent = (proxy.requests.get("sqlmap") ?? 0) - before;
        console.log(`sqlmap ${target.name}: ${sent} requests${run.timedOut ? `, stopped at ${SQLMAP_TARGET_S} s` : ""}, ${injections.length} injection points`);
        if (run.timedOut) notes.push(`sqlmap ${target.name} reached its ${SQLMAP_TARGET_S} s limit (log ${log})`);
        else if (run.code !== 0) notes.push(`sqlmap ${target.name} exited ${run.code} (log ${log})`);
        sqlmapFindings += injections.length;
        findings.push(...injections);
      }
      proxy.setPhase("done");

      findings.push(...serverErrorFindings(proxy.serverErrors));
      for (const hit of endpoint.hits) findings.push({ tool: "proxy", kind: "server-side request to the SSRF/XXE endpoint", method: hit.split(" ")[0]!, url: hit.split(" ")[1]!, parameter: "", detail: "" });

      const wapitiRequests = proxy.requests.get("wapiti") ?? 0;
      const sqlmapRequests = proxy.requests.get("sqlmap") ?? 0;
      const refused = [...proxy.refused.values()].reduce((total, count) => total + count, 0);
      console.log("");
      console.log(findings.length ? `${findings.length} findings:` : "no findings");
      for (const finding of findings) console.log(formatFinding(finding));
      for (const note of notes) console.log(`note: ${note}`);
      console.log(`requests through the proxy: wapiti ${wapitiRequests}, sqlmap ${sqlmapRequests}; refused as out of scope: ${refused}${refused ? ` (${[...proxy.refusedOrigins].join(", ")})` : ""}`);
      console.log(`logs and reports: ${work}`);
      const seconds = Math.round((performance.now() - started) / 1000);
      console.log(
        `security_scan requests=${wapitiRequests + sqlmapRequests} wapiti_requests=${wapitiRequests} sqlmap_requests=${sqlmapRequests} refused=${refused} wapiti_findings=${wapitiFindings.length} sqlmap_findings=${sqlmapFindings} server_errors=${proxy.serverErrors.length} endpoint_hits=${endpoint.hits.length} duration_s=${seconds}`,
      );
      return findings.length ? 1 : 0;
    } finally {
      server.kill("SIGTERM");
      await Promise.all([proxy.stop(), endpoint.stop()]);
    }
  } finally {
    await database.drop();
  }
}

await main().then(
  (status) => process.exit(status),
  (error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    process.exit(2);
  },
);

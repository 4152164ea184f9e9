/**
 * First-load JavaScript of the questionnaire page, read from the production build's own
 * manifests: the framework's main chunks plus every chunk the client reference manifest lists
 * for the route's segments (layouts, loading and error boundaries, the page), each
 * gzipped with node:zlib. Builds first when the sources changed. Exits 1 above the limit.
 * The last line is machine-readable:
 * `bench_bundle route=/assessments/[id] first_load_gzip_kb=<kB> limit_kb=200 ok=<bool>`.
 */
import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { runInNewContext } from "node:vm";
import { gzipSync } from "node:zlib";
import { buildApp, buildIsStale } from "../app-server";
import { ROOT } from "../db/schema-engine";

const ROUTE = "/assessments/[id]";
/** The route's segments on disk: the (app) group is part of the path, not of the URL. */
const SEGMENTS = ["app", "app/(app)", "app/(app)/assessments", "app/(app)/assessments/[id]"];
/** Boundaries the browser fetches with the page; a not-found page's chunks load only when it renders. */
const BOUNDARIES = ["layout", "template", "loading", "error"];
const LIMIT_KB = Number(process.env.BUNDLE_LIMIT_KB ?? 200);
const NEXT_DIR = path.join(ROOT, ".next");

interface ClientReferenceManifest {
  entryJSFiles: Record<string, string[]>;
}

function readJson<T>(file: string): T {
  return JSON.parse(readFileSync(file, "utf8")) as T;
}

/** The manifest is a script that assigns to globalThis.__RSC_MANIFEST; run it in a sandbox to read it. */
function clientReferenceManifest(): ClientReferenceManifest {
  const file = path.join(NEXT_DIR, "server/app/(app)/assessments/[id]/page_client-reference-manifest.js");
  const sandbox: { globalThis?: unknown; __RSC_MANIFEST?: Record<string, ClientReferenceManifest> } = {};
  sandbox.globalThis = sandbox;
  runInNewContext(readFileSync(file, "utf8"), sandbox);
  const manifest = sandbox.__RSC_MANIFEST?.["/(app)/assessments/[id]/page"];
  if (!manifest) throw new Error(`${file} has no entry for /(app)/assessments/[id]/page`);
  return manifest;
}

/** Chunks in the order the browser meets them, each once. */
function firstLoadChunks(): string[] {
  const build = readJson<{ rootMainFiles: string[] }>(path.join(NEXT_DIR, "build-manifest.json"));
  const { entryJSFiles } = clientReferenceManifest();
  const entries = [...SEGMENTS.flatMap((segment) => BOUNDARIES.map((name) => `[project]/${segment}/${name}`)), "[project]/app/(app)/assessments/[id]/page"];
  const missingPage = !entryJSFiles["[project]/app/(app)/assessments/[id]/page"];
  if (missingPage) throw new Error("The client reference manifest lists no chunks for the questionnaire page");
  return [...new Set([...build.rootMainFiles, ...entries.flatMap((entry) => entryJSFiles[entry] ?? [])])];
}

const kB = (bytes: number) => (bytes / 1024).toFixed(1);

function main() {
  if (buildIsStale()) {
    console.log("Sources changed since the last build: building the app…");
    buildApp();
  }
  if (!existsSync(path.join(NEXT_DIR, "build-manifest.json"))) throw new Error("No build found under .next");
  const rows = firstLoadChunks().map((chunk) => {
    const source = readFileSync(path.join(NEXT_DIR, chunk));
    return { chunk, raw: source.length, gzip: gzipSync(source).length };
  });
  rows.sort((a, b) => b.gzip - a.gzip);
  const total = rows.reduce((sum, row) => sum + row.gzip, 0);
  const raw = rows.reduce((sum, row) => sum + row.raw, 0);
  console.log(`First-load JavaScript of ${ROUTE} (${rows.length} chunks):`);
  for (const row of rows) console.log(`  ${kB(row.gzip).padStart(7)} kB gzip  ${kB(row.raw).padStart(7)} kB raw  ${row.chunk}`);
  console.log(`  ${kB(total).padStart(7)} kB gzip  ${kB(raw).padStart(7)} kB raw  total`);
  const ok = total / 1024 <= LIMIT_KB;
  console.log(`bench_bundle route=${ROUTE} first_load_gzip_kb=${kB(total)} limit_kb=${LIMIT_KB} ok=${ok}`);
  if (!ok) process.exitCode = 1;
}

main();

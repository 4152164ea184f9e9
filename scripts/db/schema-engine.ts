/**
 * Prisma's schema engine without its native binary: the WebAssembly build that the
 * `prisma` package ships, driven over our own pg connections. This is what lets
 * migrations run offline and in air-gapped sites (docs/decisions/0001-offline-migrations.md).
 */
import { readFile, readdir } from "node:fs/promises";
import { createRequire } from "node:module";
import path from "node:path";
import pg from "pg";
import { PrismaPg } from "@prisma/adapter-pg";
import { bindMigrationAwareSqlAdapterFactory, type SqlMigrationAwareDriverAdapterFactory } from "@prisma/driver-adapter-utils";
import * as engineBindings from "@prisma/schema-engine-wasm/schema_engine_bg";
import type { MigrationList, SchemaEngine } from "@prisma/schema-engine-wasm";

export const ROOT = path.resolve(import.meta.dirname, "../..");
export const SCHEMA_PATH = path.join(ROOT, "prisma/schema.prisma");
export const MIGRATIONS_DIR = path.join(ROOT, "prisma/migrations");

const PG_CHAR_OID = 18;
const PG_BPCHAR_OID = 1042;

/**
 * adapter-pg cannot map pg_catalog's one-byte `"char"` columns, which the engine reads
 * when it inspects a database; `bpchar` carries the same text and is supported.
 */
class CatalogFriendlyPool extends pg.Pool {
  override query(...args: unknown[]): never {
    const result = (super.query as (...a: unknown[]) => unknown)(...args);
    if (result instanceof Promise) {
      return result.then((res: pg.QueryResult) => {
        for (const field of res.fields ?? []) {
          if (field.dataTypeID === PG_CHAR_OID) field.dataTypeID = PG_BPCHAR_OID;
        }
        return res;
      }) as never;
    }
    return result as never;
  }
}

/** A database the engine may use as scratch space; dropped when the engine is closed. */
export interface ShadowDatabase {
  url: string;
  drop(): Promise<void>;
}

let wasmReady: Promise<void> | undefined;

function loadWasm(): Promise<void> {
  wasmReady ??= (async () => {
    const prismaBuild = path.join(path.dirname(createRequire(import.meta.url).resolve("prisma/package.json")), "build");
    const bytes = await readFile(path.join(prismaBuild, "schema_engine_bg.wasm"));
    const { instance } = await WebAssembly.instantiate(bytes, { "./schema_engine_bg.js": engineBindings });
    engineBindings.__wbg_set_wasm(instance.exports);
    (instance.exports.__wbindgen_start as () => void)();
  })();
  return wasmReady;
}

export interface EngineHandle {
  engine: SchemaEngine;
  close(): Promise<void>;
}

/**
 * Opens the engine on `url`. `createShadow` is called only when the engine asks for a
 * shadow database (diffs against the migrations folder, new migrations).
 */
export async function openSchemaEngine(
  url: string,
  createShadow?: () => Promise<ShadowDatabase>,
): Promise<EngineHandle> {
  await loadWasm();
  const pools: pg.Pool[] = [];
  const shadows: ShadowDatabase[] = [];
  const connectTo = (connectionString: string) => {
    const pool = new CatalogFriendlyPool({ connectionString, max: 2 });
    pools.push(pool);
    return new PrismaPg(pool);
  };

  const main = connectTo(url);
  const factory: SqlMigrationAwareDriverAdapterFactory = {
    provider: main.provider,
    adapterName: main.adapterName,
    connect: () => main.connect(),
    connectToShadowDb: async () => {
      if (!createShadow) throw new Error("This operation needs a shadow database, and none was configured.");
      const shadow = await createShadow();
      shadows.push(shadow);
      return connectTo(shadow.url).connect();
    },
  };
  const { SchemaEngine } = engineBindings;
  const datamodel = await readFile(SCHEMA_PATH, "utf8");
  const engine = await SchemaEngine.new(
    { datamodels: [[SCHEMA_PATH, datamodel]] },
    (log: string) => process.env.PRISMA_ENGINE_DEBUG && console.error(log),
    bindMigrationAwareSqlAdapterFactory(factory),
  );

  return {
    engine,
    async close() {
      engine.free();
      await Promise.all(pools.map((pool) => pool.end()));
      for (const shadow of shadows) await shadow.drop();
    },
  };
}

/** The migrations folder in the shape the engine reads, like `prisma migrate` does. */
export async function readMigrations(dir = MIGRATIONS_DIR): Promise<MigrationList> {
  const entries = await readdir(dir, { withFileTypes: true }).catch(() => []);
  const names = entries.filter((entry) => entry.isDirectory()).map((entry) => entry.name).sort();
  const lockPath = path.join(dir, "migration_lock.toml");
  return {
    baseDir: dir,
    lockfile: { path: "migration_lock.toml", content: await readFile(lockPath, "utf8").catch(() => null) },
    shadowDbInitScript: "",
    migrationDirectories: await Promise.all(
      names.map(async (name) => {
        const file = path.join(dir, name, "migration.sql");
        const content = await readFile(file, "utf8").then(
          (sql) => ({ tag: "ok" as const, value: sql }),
          (error: Error) => ({ tag: "error" as const, value: error.message }),
        );
        return { path: name, migrationFile: { path: "migration.sql", content } };
      }),
    ),
  };
}

export const NO_FILTER = { externalTables: [], externalEnums: [] };

/** Applies pending migrations with the same `_prisma_migrations` bookkeeping as `prisma migrate deploy`. */
export async function applyMigrations(url: string): Promise<string[]> {
  const handle = await openSchemaEngine(url);
  try {
    const { appliedMigrationNames } = await handle.engine.applyMigrations({
      migrationsList: await readMigrations(),
      filters: NO_FILTER,
    });
    return appliedMigrationNames;
  } finally {
    await handle.close();
  }
}

/**
 * SQL that would bring a database built from the migrations folder to `schema.prisma`;
 * empty when they agree.
 */
export async function diffMigrationsToSchema(url: string, createShadow: () => Promise<ShadowDatabase>): Promise<string> {
  const handle = await openSchemaEngine(url, createShadow);
  try {
    const datamodel = await readFile(SCHEMA_PATH, "utf8");
    const result = await handle.engine.diff({
      from: { tag: "migrations", ...(await readMigrations()) },
      to: { tag: "schemaDatamodel", files: [{ path: SCHEMA_PATH, content: datamodel }] },
      script: true,
      exitCode: null,
      filters: NO_FILTER,
    });
    return (result.stdout ?? "").replace(/^-- This is an empty migration\.\s*$/m, "").trim();
  } finally {
    await handle.close();
  }
}

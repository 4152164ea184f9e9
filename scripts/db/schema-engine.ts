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
import {
  bindMigrationAwareSqlAdapterFactory,
  ColumnTypeEnum,
  type SqlDriverAdapter,
  type SqlMigrationAwareDriverAdapterFactory,
  type SqlQueryable,
} from "@prisma/driver-adapter-utils";
import * as engineBindings from "@prisma/schema-engine-wasm/schema_engine_bg";
import type { MigrationList, SchemaEngine } from "@prisma/schema-engine-wasm";

export const ROOT = path.resolve(import.meta.dirname, "../..");
export const SCHEMA_PATH = path.join(ROOT, "prisma/schema.prisma");
export const MIGRATIONS_DIR = path.join(ROOT, "prisma/migrations");

const PG_CHAR_OID = 18;
const PG_BPCHAR_OID = 1042;

/** Result rows of queries that returned pg_catalog's one-byte `"char"` columns, and where. */
const charColumns = new WeakMap<object, number[]>();

function markCharColumns(result: pg.QueryResult): void {
  const indices: number[] = [];
  result.fields?.forEach((field, index) => {
    if (field.dataTypeID !== PG_CHAR_OID) return;
    field.dataTypeID = PG_BPCHAR_OID;
    indices.push(index);
  });
  if (indices.length) charColumns.set(result.rows, indices);
}

/**
 * adapter-pg refuses `"char"` columns, which the engine reads while inspecting a database,
 * yet the engine needs them typed as characters. The client passes them on as `bpchar`
 * and remembers where they were; `reportCharColumns` restores the type.
 */
class CatalogFriendlyClient extends pg.Client {
  override query(...args: unknown[]): never {
    const callback = args.at(-1);
    if (typeof callback === "function") {
      args[args.length - 1] = (error: Error | null, result: pg.QueryResult) => {
        if (result) markCharColumns(result);
        callback(error, result);
      };
    }
    const returned = (super.query as (...a: unknown[]) => unknown)(...args);
    if (returned instanceof Promise) {
      return returned.then((result: pg.QueryResult) => {
        markCharColumns(result);
        return result;
      }) as never;
    }
    return returned as never;
  }
}

function reportCharColumns<T extends SqlQueryable>(queryable: T): T {
  const queryRaw = queryable.queryRaw.bind(queryable);
  queryable.queryRaw = async (query) => {
    const result = await queryRaw(query);
    for (const index of charColumns.get(result.rows) ?? []) result.columnTypes[index] = ColumnTypeEnum.Character;
    return result;
  };
  return queryable;
}

/**
 * The engine's connection, with two fixes: `"char"` columns typed as characters, and migration
 * scripts sent whole. adapter-pg splits scripts at every semicolon, which breaks function
 * bodies (a trigger's PL/pgSQL); PostgreSQL's simple query protocol takes the script as is.
 */
function adaptForSchemaEngine(adapter: SqlDriverAdapter, pool: pg.Pool): SqlDriverAdapter {
  const startTransaction = adapter.startTransaction.bind(adapter);
  adapter.startTransaction = async (isolationLevel) => reportCharColumns(await startTransaction(isolationLevel));
  adapter.executeScript = async (script) => void (await pool.query(script));
  return reportCharColumns(adapter);
}

/** A database the engine may use as scratch space; dropped when the engine is closed. */
export interface ShadowDatabase {
  url: string;
  drop(): Promise<void>;
}

let wasmReady: Promise<void> | undefined;

/** The engine reports a Rust panic's message here just before it throws. */
const panicRegistry = { lastMessage: "", set_message(message: string) { panicRegistry.lastMessage = message; } };

function loadWasm(): Promise<void> {
  wasmReady ??= (async () => {
    const prismaBuild = path.join(path.dirname(createRequire(import.meta.url).resolve("prisma/package.json")), "build");
    (globalThis as { PRISMA_WASM_PANIC_REGISTRY?: typeof panicRegistry }).PRISMA_WASM_PANIC_REGISTRY = panicRegistry;
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
  const connectTo = async (connectionString: string) => {
    const pool = new pg.Pool({ connectionString, max: 2, Client: CatalogFriendlyClient });
    pools.push(pool);
    return adaptForSchemaEngine(await new PrismaPg(pool).connect(), pool);
  };
  // Only the adapter's identity is read here; connections come from connectTo.
  const { provider, adapterName } = new PrismaPg({});
  const factory: SqlMigrationAwareDriverAdapterFactory = {
    provider,
    adapterName,
    connect: () => connectTo(url),
    connectToShadowDb: async () => {
      if (!createShadow) throw new Error("This operation needs a shadow database, and none was configured.");
      const shadow = await createShadow();
      shadows.push(shadow);
      return connectTo(shadow.url);
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

/**
 * Held while migrating, so servers starting together apply each migration once: the others wait,
 * then find nothing to apply. The engine takes its own lock (72707369) but gives up after 10 s,
 * which a busy machine's first migration can outlast; this one waits longer, but not forever: a
 * session left holding it (a stuck migration, a forgotten psql) would otherwise hang every start
 * without a word. A session lock: migrations connect to PostgreSQL directly, never through a
 * transaction-mode pooler.
 */
export const MIGRATION_LOCK = 2_026_120_601;
/** How long a start waits for another's migrations before it gives up. */
export const MIGRATION_LOCK_TIMEOUT_MS = 5 * 60_000;
/** PostgreSQL's lock_not_available, raised when lock_timeout passes. */
const LOCK_NOT_AVAILABLE = "55P03";

/** Who holds the migration lock, for the error: pid, application, client address and since when. */
async function migrationLockHolder(client: pg.Client): Promise<string> {
  const { rows } = await client.query<{ pid: number; application_name: string; client_addr: string | null; backend_start: Date; state: string }>(
    `SELECT a.pid, a.application_name, a.client_addr::text AS client_addr, a.backend_start, a.state
       FROM pg_locks l JOIN pg_stat_activity a ON a.pid = l.pid
      WHERE l.locktype = 'advisory' AND l.objid = $1 AND l.granted`,
    [MIGRATION_LOCK],
  );
  const holder = rows[0];
  if (!holder) return "a session that has since let go";
  const from = holder.client_addr ?? "a local socket";
  return `PostgreSQL session ${holder.pid} (${holder.application_name || "no application name"}, from ${from}, connected ${holder.backend_start.toISOString()}, ${holder.state})`;
}

/**
 * Takes the migration lock, waiting at most `timeoutMs`. The wait is bounded by lock_timeout set
 * for one transaction only: the embedded database shares its one session with every client.
 */
async function takeMigrationLock(client: pg.Client, timeoutMs: number): Promise<void> {
  await client.query("BEGIN");
  try {
    await client.query("SELECT set_config('lock_timeout', $1, true)", [`${timeoutMs}ms`]);
    await client.query("SELECT pg_advisory_lock($1)", [MIGRATION_LOCK]);
    await client.query("COMMIT");
  } catch (error) {
    await client.query("ROLLBACK");
    if ((error as { code?: string }).code !== LOCK_NOT_AVAILABLE) throw error;
    throw new Error(
      `Waited ${timeoutMs / 1000} s for the migration lock (advisory lock ${MIGRATION_LOCK}), held by ${await migrationLockHolder(client)}. ` +
        "Another start may still be migrating; if not, end that session (SELECT pg_terminate_backend(<pid>)) and start again.",
    );
  }
}

/** Applies pending migrations with the same `_prisma_migrations` bookkeeping as `prisma migrate deploy`. */
export async function applyMigrations(url: string, { lockTimeoutMs = MIGRATION_LOCK_TIMEOUT_MS } = {}): Promise<string[]> {
  const lock = new pg.Client({ connectionString: url });
  await lock.connect();
  try {
    await takeMigrationLock(lock, lockTimeoutMs);
    const handle = await openSchemaEngine(url);
    try {
      const { appliedMigrationNames } = await handle.engine.applyMigrations({
        migrationsList: await readMigrations(),
        filters: NO_FILTER,
      });
      return appliedMigrationNames;
    } finally {
      await handle.close();
      // Released explicitly: the embedded database keeps one session for all its clients.
      await lock.query("SELECT pg_advisory_unlock($1)", [MIGRATION_LOCK]);
    }
  } finally {
    await lock.end();
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

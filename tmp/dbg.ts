import { startEmbeddedPostgres } from "/work/main/scripts/db/embedded-postgres";
import { applyMigrations, diffMigrationsToSchema } from "/work/main/scripts/db/schema-engine";
import { createEmbeddedShadow } from "/work/main/scripts/db/temporary-database";
const main = await startEmbeddedPostgres({ port: 0 });
console.time("apply"); console.log(await applyMigrations(main.url)); console.timeEnd("apply");
process.on("uncaughtException", (e) => { console.error("PANIC:", (globalThis as any).PRISMA_WASM_PANIC_REGISTRY?.lastMessage); process.exit(1); });
console.time("diff"); console.log(JSON.stringify(await diffMigrationsToSchema(main.url, createEmbeddedShadow))); console.timeEnd("diff");
process.exit(0);
process.on("uncaughtException", () => {});

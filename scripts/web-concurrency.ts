/** How many server processes `npm start` runs, and how many database connections each may open. */
import { availableParallelism } from "node:os";

/** More would only queue on a machine's cores and PostgreSQL's connection limit. */
export const MAX_WEB_CONCURRENCY = 64;

/**
 * WEB_CONCURRENCY as given, else one process per core; one on the embedded database, which
 * serves one session for all its clients.
 */
export function webConcurrency(raw: string | undefined, embedded: boolean, cores = availableParallelism()): number {
  if (raw === undefined || raw.trim() === "") return embedded ? 1 : Math.min(cores, MAX_WEB_CONCURRENCY);
  const value = Number(raw);
  if (!/^\d+$/.test(raw.trim()) || value < 1 || value > MAX_WEB_CONCURRENCY) {
    throw new Error(`WEB_CONCURRENCY=${raw}: the number of server processes, a whole number from 1 to ${MAX_WEB_CONCURRENCY}.`);
  }
  return value;
}

/** DATABASE_POOL_SIZE is the whole server's; each process gets its share (never more in all), at least one. */
export function poolSizePerProcess(total: number, processes: number): number {
  return Math.max(1, Math.floor(total / processes));
}

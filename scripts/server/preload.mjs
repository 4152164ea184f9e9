/**
 * Loaded with `node --import` before Next's standalone server.js (scripts/app-server.ts): every
 * HTTP server created afterwards guards its requests before Next sees them (request-guards.mjs).
 * It also makes SIGTERM graceful (graceful-shutdown.mjs).
 */
import { closeGracefullyOnSignal, shutdownSettings } from "./graceful-shutdown.mjs";
import { guardRequests } from "./request-guards.mjs";

const servers = guardRequests();
// Next's standalone server would exit on SIGTERM at once; graceful-shutdown.mjs handles it instead.
process.env.NEXT_MANUAL_SIG_HANDLE = "true";
// The pool of lib/server/db.ts, which keeps its one client on globalThis.
closeGracefullyOnSignal(servers, shutdownSettings(process.env), async () => globalThis.prisma?.$disconnect());

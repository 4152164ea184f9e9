/**
 * `npm run dev`'s preload (scripts/start.ts): the production server's request guards
 * (request-guards.mjs), so the API's refusals, its CSP and the client address work under
 * `next dev` as they do in production. Next dev keeps its own handling of signals.
 */
import { guardRequests } from "./request-guards.mjs";

guardRequests();

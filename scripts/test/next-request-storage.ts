/**
 * Vitest setup for integration tests: Next keeps a request's headers and cookies in
 * AsyncLocalStorage, which its server puts on globalThis before loading any app code. Done here
 * likewise, so scripts/test/request-scope.ts can run code inside a request. Outside one, `headers()`
 * still throws, as it does in scripts and jobs.
 */
import { AsyncLocalStorage } from "node:async_hooks";

(globalThis as { AsyncLocalStorage?: typeof AsyncLocalStorage }).AsyncLocalStorage ??= AsyncLocalStorage;

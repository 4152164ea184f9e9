/**
 * Runs code as a Next request would, for integration tests: `headers()` and `cookies()` answer
 * with the given headers, so `getActor` is exercised as pages and actions call it. It fills Next's
 * own request storage (made real by scripts/test/next-request-storage.ts) with what those two
 * functions read, and nothing more.
 */
import { workAsyncStorage } from "next/dist/server/app-render/work-async-storage.external";
import { workUnitAsyncStorage } from "next/dist/server/app-render/work-unit-async-storage.external";
import { RequestCookies } from "next/dist/server/web/spec-extension/cookies";

export function inRequest<T>(headers: Headers, run: () => Promise<T>): Promise<T> {
  const work = { route: "/integration-test", forceStatic: false, dynamicShouldError: false };
  const request = { type: "request", phase: "render", headers, cookies: new RequestCookies(headers) };
  return workAsyncStorage.run(work as never, () => workUnitAsyncStorage.run(request as never, run));
}

/**
 * How route handlers read bodies (lib/server/http.ts). An integration test only for the project
 * that runs lib/server as the server does (`server-only` is its empty build there).
 */
import { describe, expect, it } from "vitest";
import { AppError } from "./errors";

const { readBody } = await import("./http");

/** The code of the AppError a read is refused with. */
const refusal = (read: Promise<unknown>) =>
  read.then(
    () => null,
    (error: unknown) => (error instanceof AppError ? error.code : error),
  );

const LIMIT = 1024;

/** A chunked body: the chunks given, then (unless it ends) nothing more, as from a sender that stalls. */
function streamed(chunks: Uint8Array[], { ends }: { ends: boolean }) {
  let cancelled = false;
  const body = new ReadableStream<Uint8Array>({
    start(controller) {
      for (const chunk of chunks) controller.enqueue(chunk);
      if (ends) controller.close();
    },
    cancel() {
      cancelled = true;
    },
  });
  const request = new Request("http://localhost/api/v1/assessments", { method: "POST", body, duplex: "half" } as RequestInit);
  return { request, cancelled: () => cancelled };
}

describe("readBody", () => {
  it("returns a chunked body under the limit whole", async () => {
    const { request } = streamed([new Uint8Array(600).fill(1), new Uint8Array(400).fill(2)], { ends: true });
    const body = await readBody(request, LIMIT);
    expect(body.byteLength).toBe(1000);
    expect([body[0], body[999]]).toEqual([1, 2]);
  });

  it("drains the rest of an over-limit body that ends, then refuses it with 413", async () => {
    const { request, cancelled } = streamed([new Uint8Array(LIMIT), new Uint8Array(10), new Uint8Array(10)], { ends: true });
    expect(await refusal(readBody(request, LIMIT))).toBe("payload_too_large");
    // Read to its end, so the connection can carry the next request.
    expect(cancelled()).toBe(false);
  });

  it("stops draining an over-limit body whose sender stalls once the drain time is up, and refuses it", async () => {
    const { request, cancelled } = streamed([new Uint8Array(LIMIT + 1)], { ends: false });
    const started = performance.now();
    // Without the time bound this read would never finish: the body neither ends nor passes the drain's byte bound.
    expect(await refusal(readBody(request, LIMIT, 50))).toBe("payload_too_large");
    expect(cancelled()).toBe(true);
    expect(performance.now() - started).toBeGreaterThanOrEqual(45);
  });
});

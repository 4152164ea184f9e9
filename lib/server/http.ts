import "server-only";
import { MAX_BODY_BYTES } from "@/lib/validation/json-body";
import { AppError } from "./errors";
import { requestContext } from "./request-context";

/**
 * Turns an error from a route handler into JSON with a stable code. Unexpected errors are
 * logged with the request id and answered generically: no stack trace leaves the server.
 */
export async function errorResponse(error: unknown): Promise<Response> {
  if (error instanceof AppError) {
    return Response.json({ code: error.code, message: error.message, ...(error.fields ? { fields: error.fields } : {}) }, { status: error.status });
  }
  const { requestId } = await requestContext();
  console.error(`[request ${requestId ?? "?"}]`, error);
  return Response.json({ code: "internal", message: "Something went wrong.", requestId }, { status: 500 });
}

/** Past the limit a body is still read (and dropped) up to this much, then abandoned. */
const DRAIN_BYTES = 16 * 1024 * 1024;
/** …and for at most this long: a sender that trickles the rest must not hold the connection. */
export const DRAIN_MS = 2_000;

/**
 * The request body, counted as it is read: a body sent without Content-Length (chunked) is
 * refused with 413 once it passes the limit, instead of being buffered whole. The rest is read
 * and dropped first, up to DRAIN_BYTES and for DRAIN_MS: a body abandoned half-read leaves Node
 * reading neither it nor the next request on that connection, so a client that reuses it would
 * hang. One that has not finished by then is answered 413 all the same; Node then closes its
 * connection at the keep-alive timeout, not at once.
 */
export async function readBody(request: Request, limit = MAX_BODY_BYTES, drainMs = DRAIN_MS): Promise<Uint8Array<ArrayBuffer>> {
  const tooLarge = () => new AppError("payload_too_large", `The request body is larger than ${limit / (1024 * 1024)} MB.`);
  // A declared length over the limit is refused before anything is read; Node then drops the body itself.
  if (Number(request.headers.get("content-length") ?? 0) > limit) throw tooLarge();
  if (!request.body) return new Uint8Array();
  const reader = request.body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  // Cancelling ends the pending read (done), so the drain stops at the deadline even mid-read.
  let deadline: NodeJS.Timeout | undefined;
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      size += value.byteLength;
      if (size > limit) {
        deadline ??= setTimeout(() => void reader.cancel().catch(() => undefined), drainMs);
        if (size <= limit + DRAIN_BYTES) continue;
        await reader.cancel();
        break;
      }
      chunks.push(value);
    }
  } finally {
    clearTimeout(deadline);
  }
  if (size > limit) throw tooLarge();
  const body = new Uint8Array(size);
  let offset = 0;
  for (const chunk of chunks) {
    body.set(chunk, offset);
    offset += chunk.byteLength;
  }
  return body;
}

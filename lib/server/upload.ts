import "server-only";
import { createLimiter } from "@/lib/concurrency";
import { isCrossSiteWrite, trustedOriginsOf } from "@/scripts/server/cross-site.mjs";
import type { Permission } from "@/lib/permissions";
import { handleApi } from "./api";
import { authorize } from "./authorize";
import { AppError } from "./errors";
import { readBody } from "./http";
import type { Actor } from "@/lib/actor";

const MB = 1024 * 1024;

/**
 * Uploads in flight in this process: each may hold up to 50 MB of body and several times that
 * while it is parsed, so past this many the next one is told to retry rather than exhaust memory.
 */
const UPLOADS_AT_ONCE = 4;
const uploads = createLimiter(UPLOADS_AT_ONCE);

/**
 * The one shape of an upload route (`/api/v1/assessments/{id}/evidence/…`): these routes skip
 * proxy.ts so Next does not buffer and cut their bodies, and make its checks here instead. A
 * cross-site write is refused and a declared length over the limit is a 413 before anything is
 * read; the caller is authenticated and must hold `permission` before the body is read (the
 * data-access function checks again, with the assessment), and the body is counted as it
 * arrives, so a chunked one stops at the limit too.
 */
export async function handleUpload(
  request: Request,
  { limitBytes, permission }: { limitBytes: number; permission: Permission },
  run: (actor: Actor, body: Uint8Array<ArrayBuffer>) => Promise<Response>,
): Promise<Response> {
  return handleApi(async (actor) => {
    assertSameSite(request);
    await authorize(actor, permission);
    const length = request.headers.get("content-length");
    if (length !== null && Number(length) > limitBytes) throw new AppError("payload_too_large", `The file is larger than ${limitBytes / MB} MB.`);
    const release = uploads.tryAcquire();
    if (!release) throw new AppError("rate_limited", "The server is busy with other uploads. Try again in a moment.");
    try {
      return await run(actor, await readBody(request, limitBytes));
    } finally {
      release();
    }
  });
}

/** The proxy's cross-site refusal, for every write on those routes: an upload, and a delete too. */
export function assertSameSite(request: Request): void {
  if (isCrossSiteWrite(request.headers, trustedOriginsOf(new URL(request.url).origin, process.env.BETTER_AUTH_URL))) {
    throw new AppError("cross_origin", "Cross-origin requests are not allowed.");
  }
}

import { toNextJsHandler } from "better-auth/next-js";
import { auth } from "@/lib/server/auth";
import { AppError } from "@/lib/server/errors";
import { errorResponse, readBody } from "@/lib/server/http";
import { jsonNestsDeeperThan, MAX_JSON_DEPTH } from "@/lib/validation/json-body";

const handler = toNextJsHandler(auth);

export async function GET(request: Request): Promise<Response> {
  return handler.GET(request);
}

/**
 * better-auth reads bodies whole: the body is read here first, counting bytes (413 past
 * 1 MB however it is sent) and refusing deep JSON, and handed over only when it passes.
 */
export async function POST(request: Request): Promise<Response> {
  let body: Uint8Array<ArrayBuffer>;
  try {
    body = await readBody(request);
    const json = request.headers.get("content-type")?.includes("json") ?? false;
    if (json && jsonNestsDeeperThan(new TextDecoder().decode(body), MAX_JSON_DEPTH)) {
      throw new AppError("invalid_input", `The request body nests deeper than ${MAX_JSON_DEPTH} levels.`);
    }
  } catch (error) {
    return errorResponse(error);
  }
  return handler.POST(new Request(request, { body: body.byteLength > 0 ? body : null }));
}
export { methodNotAllowed as DELETE, methodNotAllowed as PATCH, methodNotAllowed as PUT } from "@/lib/server/api";

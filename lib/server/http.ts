import "server-only";
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

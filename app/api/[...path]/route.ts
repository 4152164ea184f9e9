import { errorResponse } from "@/lib/server/http";
import { AppError } from "@/lib/server/errors";

/** Any /api address without a route: JSON in the one error shape, not the HTML not-found page. */
async function notFound(): Promise<Response> {
  return errorResponse(new AppError("not_found", "There is no API at this address; see /api/v1/openapi.json."));
}

export { notFound as DELETE, notFound as GET, notFound as PATCH, notFound as POST, notFound as PUT };

import { openApiDocument } from "@/lib/openapi";
import { handleApi } from "@/lib/server/api";

/** The API's description, for signed-in callers and token holders like every other route. */
export async function GET() {
  return handleApi(async () => Response.json(openApiDocument()));
}

export { methodNotAllowed as POST, methodNotAllowed as PUT, methodNotAllowed as PATCH, methodNotAllowed as DELETE } from "@/lib/server/api";

import { frameworkJson } from "@/lib/framework/export";
import { getFramework } from "@/lib/framework/index";
import { AppError } from "@/lib/server/errors";
import { errorResponse } from "@/lib/server/http";
import { getRequestActor } from "@/lib/server/session";

export async function GET(_request: Request, { params }: { params: Promise<{ version: string }> }) {
  try {
    if (!(await getRequestActor())) throw new AppError("unauthenticated", "Sign in first, or send a valid API token.");
    const { version } = await params;
    const framework = getFramework(version);
    if (!framework) throw new AppError("not_found", `Unknown framework version "${version}".`);
    return new Response(frameworkJson(framework), {
      headers: {
        "content-type": "application/json; charset=utf-8",
        "content-disposition": `attachment; filename="${framework.id}.json"`,
      },
    });
  } catch (error) {
    return errorResponse(error);
  }
}

export { methodNotAllowed as POST, methodNotAllowed as PUT, methodNotAllowed as PATCH, methodNotAllowed as DELETE } from "@/lib/server/api";

import { frameworkJson } from "@/lib/framework/export";
import { getFramework } from "@/lib/framework/index";
import { handleApi } from "@/lib/server/api";
import { AppError } from "@/lib/server/errors";

/** One framework version with every field, as a JSON download; any signed-in caller may read it. */
export async function GET(_request: Request, { params }: { params: Promise<{ version: string }> }) {
  return handleApi(async () => {
    const { version } = await params;
    const framework = getFramework(version);
    if (!framework) throw new AppError("not_found", `Unknown framework version "${version}".`);
    return new Response(frameworkJson(framework), {
      headers: {
        "content-type": "application/json; charset=utf-8",
        "content-disposition": `attachment; filename="${framework.id}.json"`,
      },
    });
  });
}

export { methodNotAllowed as POST, methodNotAllowed as PUT, methodNotAllowed as PATCH, methodNotAllowed as DELETE } from "@/lib/server/api";

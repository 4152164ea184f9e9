import { frameworkJson } from "@/lib/framework/export";
import { getFramework } from "@/lib/framework/index";
import { getActor } from "@/lib/server/session";

export async function GET(_request: Request, { params }: { params: Promise<{ version: string }> }) {
  if (!(await getActor())) return Response.json({ code: "unauthenticated", message: "Sign in first." }, { status: 401 });
  const { version } = await params;
  const framework = getFramework(version);
  if (!framework) return Response.json({ code: "not_found", message: `Unknown framework version "${version}".` }, { status: 404 });
  return new Response(frameworkJson(framework), {
    headers: {
      "content-type": "application/json; charset=utf-8",
      "content-disposition": `attachment; filename="${framework.id}.json"`,
    },
  });
}

import { handleApi, readJson } from "@/lib/server/api";
import { importAssessment } from "@/lib/server/assessment-transfer";

/** The body is an exported assessment document; every problem is reported by field. */
export async function POST(request: Request) {
  return handleApi(async (actor) => {
    const { id } = await importAssessment(actor, await readJson(request));
    return Response.json({ id }, { status: 201, headers: { location: `/api/v1/assessments/${id}` } });
  });
}

export { methodNotAllowed as GET, methodNotAllowed as PUT, methodNotAllowed as PATCH, methodNotAllowed as DELETE } from "@/lib/server/api";

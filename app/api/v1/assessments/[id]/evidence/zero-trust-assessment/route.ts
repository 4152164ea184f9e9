import { handleApi, noStore, parseInput, searchParamsOf } from "@/lib/server/api";
import { MAX_REPORT_BYTES } from "@/lib/evidence/zero-trust-assessment/report";
import { importZeroTrustAssessment, listEvidenceImports } from "@/lib/server/evidence";
import { handleUpload } from "@/lib/server/upload";
import { ZId } from "@/lib/validation/assessment";
import { ZZtaImportQuery } from "@/lib/validation/evidence";

type Context = { params: Promise<{ id: string }> };

/**
 * Imports a results file of Microsoft's Zero Trust Assessment, sent as the request body: the
 * JSON export or the single-file HTML report, up to 50 MB. A malformed file is a 400 naming
 * each problem by path under `fields`.
 */
export async function POST(request: Request, { params }: Context) {
  return handleUpload(request, { limitBytes: MAX_REPORT_BYTES, permission: "assessment.write" }, async (actor, body) => {
    const id = parseInput(ZId, (await params).id);
    const { fileName } = parseInput(ZZtaImportQuery, searchParamsOf(request));
    const imported = await importZeroTrustAssessment(actor, id, { name: fileName, bytes: body });
    return Response.json(imported, { status: 201, headers: noStore });
  });
}

/** The assessment's imports, newest run first, each with what changed since its tenant's run before. */
export async function GET(_request: Request, { params }: Context) {
  return handleApi(async (actor) => {
    const id = parseInput(ZId, (await params).id);
    return Response.json({ imports: await listEvidenceImports(actor, id) }, { headers: noStore });
  });
}

export { methodNotAllowed as PUT, methodNotAllowed as PATCH, methodNotAllowed as DELETE } from "@/lib/server/api";

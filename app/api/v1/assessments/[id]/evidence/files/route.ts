import { handleApi, noStore, parseInput, searchParamsOf } from "@/lib/server/api";
import { listEvidenceFiles, uploadEvidenceFile } from "@/lib/server/evidence-files";
import { handleUpload } from "@/lib/server/upload";
import { MAX_EVIDENCE_BYTES } from "@/lib/evidence/files";
import { ZId } from "@/lib/validation/assessment";
import { ZEvidenceUpload } from "@/lib/validation/evidence";

type Context = { params: Promise<{ id: string }> };

/** The file is the raw body; its question, name and expiry travel in the query. */
export async function POST(request: Request, { params }: Context) {
  return handleUpload(request, { limitBytes: MAX_EVIDENCE_BYTES, permission: "assessment.write" }, async (actor, body) => {
    const id = parseInput(ZId, (await params).id);
    const file = await uploadEvidenceFile(actor, id, parseInput(ZEvidenceUpload, searchParamsOf(request)), body);
    return Response.json({ file }, { status: 201, headers: noStore });
  });
}

export async function GET(_request: Request, { params }: Context) {
  return handleApi(async (actor) => {
    const files = await listEvidenceFiles(actor, parseInput(ZId, (await params).id));
    return Response.json({ files }, { headers: noStore });
  });
}

export { methodNotAllowed as PUT, methodNotAllowed as PATCH, methodNotAllowed as DELETE } from "@/lib/server/api";

import { contentDisposition } from "@/lib/evidence/filename";
import { INLINE_KINDS, kindOfContentType } from "@/lib/evidence/file-type";
import { handleApi, parseInput } from "@/lib/server/api";
import { deleteEvidenceFile, readEvidenceFile } from "@/lib/server/evidence-files";
import { assertSameSite } from "@/lib/server/upload";
import { ZEvidenceFileRef } from "@/lib/validation/evidence";

type Context = { params: Promise<{ id: string; fileId: string }> };

/**
 * The stored bytes under the type the server sniffed at upload. Images and plain text open in
 * the browser, everything else is saved; nosniff and a sandboxing CSP keep any of them from
 * running as a page of this origin (docs/decisions/0015-evidence-files.md).
 */
export async function GET(_request: Request, { params }: Context) {
  return handleApi(async (actor) => {
    const { id, fileId } = await params;
    const ref = parseInput(ZEvidenceFileRef, { assessmentId: id, fileId });
    const { info, bytes } = await readEvidenceFile(actor, ref.assessmentId, ref.fileId);
    const kind = kindOfContentType(info.contentType);
    const inline = kind !== null && INLINE_KINDS.has(kind);
    return new Response(new Uint8Array(bytes), {
      headers: {
        "content-type": kind ? info.contentType : "application/octet-stream",
        "content-length": String(bytes.byteLength),
        "content-disposition": contentDisposition(inline ? "inline" : "attachment", info.name),
        "x-content-type-options": "nosniff",
        "content-security-policy": "sandbox; default-src 'none'",
        "cache-control": "private, no-store",
      },
    });
  });
}

export async function DELETE(request: Request, { params }: Context) {
  return handleApi(async (actor) => {
    assertSameSite(request);
    const { id, fileId } = await params;
    const ref = parseInput(ZEvidenceFileRef, { assessmentId: id, fileId });
    await deleteEvidenceFile(actor, ref.assessmentId, ref.fileId);
    return new Response(null, { status: 204 });
  });
}

export { methodNotAllowed as POST, methodNotAllowed as PUT, methodNotAllowed as PATCH } from "@/lib/server/api";

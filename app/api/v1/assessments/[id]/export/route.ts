import { z } from "zod";
import { handleApi, parseInput, searchParamsOf } from "@/lib/server/api";
import { exportAnswersCsv, exportAssessmentDocument } from "@/lib/server/assessment-transfer";
import { ZId } from "@/lib/validation/assessment";

type Context = { params: Promise<{ id: string }> };

const ZExportQuery = z.object({ format: z.enum(["json", "csv"], { error: 'format is "json" (the whole assessment) or "csv" (answers).' }).default("json") });

const download = (fileName: string) => ({ "content-disposition": `attachment; filename="${fileName}"`, "cache-control": "no-store" });

export async function GET(request: Request, { params }: Context) {
  return handleApi(async (actor) => {
    const id = parseInput(ZId, (await params).id);
    const { format } = parseInput(ZExportQuery, searchParamsOf(request));
    if (format === "csv") {
      const { fileName, csv } = await exportAnswersCsv(actor, id);
      return new Response(csv, { headers: { "content-type": "text/csv; charset=utf-8", ...download(fileName) } });
    }
    const { fileName, document } = await exportAssessmentDocument(actor, id);
    return new Response(`${JSON.stringify(document, null, 2)}\n`, { headers: { "content-type": "application/json; charset=utf-8", ...download(fileName) } });
  });
}

export { methodNotAllowed as POST, methodNotAllowed as PUT, methodNotAllowed as PATCH, methodNotAllowed as DELETE } from "@/lib/server/api";

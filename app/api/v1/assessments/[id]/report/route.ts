import { renderReportPdf } from "@/components/report/report-document";
import { handleApi, parseInput, searchParamsOf } from "@/lib/server/api";
import { getReportData, reportDisposition } from "@/lib/server/report";
import { ZId, ZReportQuery } from "@/lib/validation/assessment";

type Context = { params: Promise<{ id: string }> };

/** The PDF report of a snapshot (`?snapshot=ID`) or of the current answers. */
export async function GET(request: Request, { params }: Context) {
  return handleApi(async (actor) => {
    const id = parseInput(ZId, (await params).id);
    const { snapshot } = parseInput(ZReportQuery, searchParamsOf(request));
    const data = await getReportData(actor, id, snapshot);
    const pdf = await renderReportPdf(data);
    return new Response(new Uint8Array(pdf), {
      headers: { "content-type": "application/pdf", "content-disposition": reportDisposition(data), "cache-control": "no-store" },
    });
  });
}

export { methodNotAllowed as POST, methodNotAllowed as PUT, methodNotAllowed as PATCH, methodNotAllowed as DELETE } from "@/lib/server/api";

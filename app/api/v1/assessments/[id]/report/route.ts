import { renderReportPdf } from "@/components/report/report-document";
import { createLimiter } from "@/lib/concurrency";
import { handleApi, parseInput, searchParamsOf } from "@/lib/server/api";
import { AppError } from "@/lib/server/errors";
import { getReportData, reportDisposition } from "@/lib/server/report";
import { ZId, ZReportQuery } from "@/lib/validation/assessment";

type Context = { params: Promise<{ id: string }> };

/**
 * Rendering a PDF is slow, CPU-bound work: past this many at once in this process
 * the next caller is told to retry, so a burst of report requests cannot starve every other one.
 */
const RENDERS_AT_ONCE = 2;
const renders = createLimiter(RENDERS_AT_ONCE);

/** The PDF report of a snapshot (`?snapshot=ID`) or of the current answers. */
export async function GET(request: Request, { params }: Context) {
  return handleApi(async (actor) => {
    const id = parseInput(ZId, (await params).id);
    const { snapshot } = parseInput(ZReportQuery, searchParamsOf(request));
    const data = await getReportData(actor, id, snapshot);
    const release = renders.tryAcquire();
    if (!release) throw new AppError("rate_limited", "The server is busy with other reports. Try again in a moment.");
    const pdf = await renderReportPdf(data).finally(release);
    return new Response(new Uint8Array(pdf), {
      headers: { "content-type": "application/pdf", "content-disposition": reportDisposition(data), "cache-control": "no-store" },
    });
  });
}

export { methodNotAllowed as POST, methodNotAllowed as PUT, methodNotAllowed as PATCH, methodNotAllowed as DELETE } from "@/lib/server/api";

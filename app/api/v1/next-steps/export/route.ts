import { handleApi, parseInput } from "@/lib/server/api";
import { AppError } from "@/lib/server/errors";
import { exportNextStepsCsv } from "@/lib/server/next-steps";
import { filterOfQuery, parseNextStepQuery, ZNextStepExportFormat } from "@/lib/validation/next-step";

/**
 * The tracker as CSV, with the page's URL filters (`owner=me`, `closed=1`, …) and a layout
 * (`format=csv`, the default, `jira` or `azure-devops`); a bad filter or format is a 400.
 */
export async function GET(request: Request) {
  return handleApi(async (actor) => {
    const params = new URL(request.url).searchParams;
    const query = parseNextStepQuery(params);
    if (query.invalid.length > 0) {
      throw new AppError("invalid_input", "Check the filters.", Object.fromEntries(query.invalid.map((name) => [name, `That ${name} is not valid.`])));
    }
    const format = parseInput(ZNextStepExportFormat, params.get("format") || undefined);
    const { csv, filename } = await exportNextStepsCsv(actor, filterOfQuery(query, actor.userId), format);
    return new Response(csv, {
      headers: { "content-type": "text/csv; charset=utf-8", "content-disposition": `attachment; filename="${filename}"`, "cache-control": "no-store" },
    });
  });
}

export { methodNotAllowed as POST, methodNotAllowed as PUT, methodNotAllowed as PATCH, methodNotAllowed as DELETE } from "@/lib/server/api";

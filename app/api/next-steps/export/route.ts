import { handleApi } from "@/lib/server/api";
import { AppError } from "@/lib/server/errors";
import { exportNextStepsCsv } from "@/lib/server/next-steps";
import { filterOfQuery, parseNextStepQuery } from "@/lib/validation/next-step";

/** The tracker as CSV, with the page's URL filters (`owner=me`, `closed=1`, …); a bad filter is a 400. */
export async function GET(request: Request) {
  return handleApi(async (actor) => {
    const query = parseNextStepQuery(new URL(request.url).searchParams);
    if (query.invalid.length > 0) {
      throw new AppError("invalid_input", "Check the filters.", Object.fromEntries(query.invalid.map((name) => [name, `That ${name} is not valid.`])));
    }
    const csv = await exportNextStepsCsv(actor, filterOfQuery(query, actor.userId));
    return new Response(csv, {
      headers: { "content-type": "text/csv; charset=utf-8", "content-disposition": 'attachment; filename="next-steps.csv"', "cache-control": "no-store" },
    });
  });
}

export { methodNotAllowed as POST, methodNotAllowed as PUT, methodNotAllowed as PATCH, methodNotAllowed as DELETE } from "@/lib/server/api";

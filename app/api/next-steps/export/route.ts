import { handleApi, parseInput, searchParamsOf } from "@/lib/server/api";
import { exportNextStepsCsv } from "@/lib/server/next-steps";
import { ZNextStepFilter } from "@/lib/validation/next-step";

export async function GET(request: Request) {
  return handleApi(async (actor) => {
    const csv = await exportNextStepsCsv(actor, parseInput(ZNextStepFilter, searchParamsOf(request)));
    return new Response(csv, {
      headers: { "content-type": "text/csv; charset=utf-8", "content-disposition": 'attachment; filename="next-steps.csv"', "cache-control": "no-store" },
    });
  });
}

export { methodNotAllowed as POST, methodNotAllowed as PUT, methodNotAllowed as PATCH, methodNotAllowed as DELETE } from "@/lib/server/api";

import { handleApi, parseInput, searchParamsOf } from "@/lib/server/api";
import { exportAuditEventsCsv } from "@/lib/server/audit-log";
import { ZAuditFilter } from "@/lib/validation/audit";

/** The audit log as CSV, with the page's filters (`actor`, `action`, `from`, `to`); a bad filter is a 400. */
export async function GET(request: Request) {
  return handleApi(async (actor) => {
    const csv = await exportAuditEventsCsv(actor, parseInput(ZAuditFilter, searchParamsOf(request)));
    return new Response(csv, {
      headers: { "content-type": "text/csv; charset=utf-8", "content-disposition": 'attachment; filename="audit-log.csv"', "cache-control": "no-store" },
    });
  });
}

export { methodNotAllowed as POST, methodNotAllowed as PUT, methodNotAllowed as PATCH, methodNotAllowed as DELETE } from "@/lib/server/api";

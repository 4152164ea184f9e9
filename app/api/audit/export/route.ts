import { exportAuditEventsCsv } from "@/lib/server/audit-log";
import { AppError } from "@/lib/server/errors";
import { errorResponse } from "@/lib/server/http";
import { getRequestActor } from "@/lib/server/session";
import { ZAuditFilter } from "@/lib/validation/audit";

export async function GET(request: Request) {
  try {
    const actor = await getRequestActor();
    if (!actor) throw new AppError("unauthenticated", "Sign in first, or send a valid API token.");
    const parsed = ZAuditFilter.safeParse(Object.fromEntries(new URL(request.url).searchParams));
    if (!parsed.success) throw new AppError("invalid_input", parsed.error.issues[0]?.message ?? "Invalid filter.");
    const csv = await exportAuditEventsCsv(actor, parsed.data);
    return new Response(csv, {
      headers: { "content-type": "text/csv; charset=utf-8", "content-disposition": 'attachment; filename="audit-log.csv"', "cache-control": "no-store" },
    });
  } catch (error) {
    return errorResponse(error);
  }
}

export { methodNotAllowed as POST, methodNotAllowed as PUT, methodNotAllowed as PATCH, methodNotAllowed as DELETE } from "@/lib/server/api";

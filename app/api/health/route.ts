import { noStore } from "@/lib/server/api";

// Answered per request, never prerendered at build (where there is no database).
export const dynamic = "force-dynamic";

/** Liveness: the process answers. Touches nothing else, so a slow database never gets a live server restarted. */
export function GET() {
  return Response.json({ status: "ok" }, { headers: noStore });
}

export { methodNotAllowed as POST, methodNotAllowed as PUT, methodNotAllowed as PATCH, methodNotAllowed as DELETE } from "@/lib/server/api";

import { noStore } from "@/lib/server/api";
import { readiness } from "@/lib/server/readiness";

// Answered per request, never prerendered at build (where there is no database).
export const dynamic = "force-dynamic";

/** Readiness for load balancers and probes: 200 when this server should get traffic, else 503 and why. */
export async function GET() {
  const state = await readiness();
  if (state.ready) return Response.json({ status: "ready" }, { headers: noStore });
  return Response.json({ status: "not_ready", reason: state.reason }, { status: 503, headers: noStore });
}

export { methodNotAllowed as POST, methodNotAllowed as PUT, methodNotAllowed as PATCH, methodNotAllowed as DELETE } from "@/lib/server/api";

import "server-only";
import { headers } from "next/headers";

export interface RequestContext {
  ip: string | null;
  userAgent: string | null;
  requestId: string | null;
}

/** Who is calling from where, for the audit trail. The request id is set by proxy.ts. */
export async function requestContext(): Promise<RequestContext> {
  const h = await headers();
  const forwarded = h.get("x-forwarded-for")?.split(",")[0]?.trim();
  return {
    ip: forwarded || h.get("x-real-ip") || null,
    userAgent: h.get("user-agent")?.slice(0, 400) ?? null,
    requestId: h.get("x-request-id"),
  };
}

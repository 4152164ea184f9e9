import "server-only";
import { headers } from "next/headers";

export interface RequestContext {
  ip: string | null;
  userAgent: string | null;
  requestId: string | null;
}

const NO_REQUEST: RequestContext = { ip: null, userAgent: null, requestId: null };

/**
 * Who is calling from where, for the audit trail. The request id is set by proxy.ts. Outside a
 * request (scripts, jobs, integration tests of lib/server) there is no caller to describe.
 */
export async function requestContext(): Promise<RequestContext> {
  let h: Headers;
  try {
    h = await headers();
  } catch {
    return NO_REQUEST;
  }
  const forwarded = h.get("x-forwarded-for")?.split(",")[0]?.trim();
  return {
    ip: forwarded || h.get("x-real-ip") || null,
    userAgent: h.get("user-agent")?.slice(0, 400) ?? null,
    requestId: h.get("x-request-id"),
  };
}

import "server-only";
import { headers } from "next/headers";
import { CLIENT_ADDRESS_HEADER } from "@/scripts/server/client-address.mjs";

export interface RequestContext {
  ip: string | null;
  userAgent: string | null;
  requestId: string | null;
}

const NO_REQUEST: RequestContext = { ip: null, userAgent: null, requestId: null };

/**
 * Who is calling from where, for the audit trail. The request id is set by proxy.ts. Outside a
 * request (scripts, jobs, integration tests of lib/server) there is no caller to describe.
 * The address is the one the server's preload resolved from the socket and the trusted proxies
 * (scripts/server/client-address.mjs); forwarded headers as the client sent them are never read.
 */
export async function requestContext(): Promise<RequestContext> {
  let h: Headers;
  try {
    h = await headers();
  } catch {
    return NO_REQUEST;
  }
  return {
    ip: h.get(CLIENT_ADDRESS_HEADER),
    userAgent: h.get("user-agent")?.slice(0, 400) ?? null,
    requestId: h.get("x-request-id"),
  };
}

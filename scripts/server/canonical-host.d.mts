import type { IncomingMessage, ServerResponse } from "node:http";

export function canonicalLoopbackRedirect(hostHeader: string | null | undefined, pathAndQuery: string, canonicalUrl: string | undefined): string | null;
export function redirectLoopbackAlias(request: Pick<IncomingMessage, "method" | "url" | "headers">, response: Pick<ServerResponse, "writeHead" | "end">, canonicalUrl: string | undefined): boolean;

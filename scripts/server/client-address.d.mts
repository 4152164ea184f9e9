import type { BlockList } from "node:net";
import type { IncomingMessage } from "node:http";

export interface TrustPolicy {
  hops: number;
  proxies: BlockList | null;
}

export const CLIENT_ADDRESS_HEADER: "x-ztr-client-address";
export function parseForwardedEntry(entry: string): string | null;
export function trustPolicyFromEnv(env: Record<string, string | undefined>): TrustPolicy;
export function resolveClientAddress(socketAddress: string | undefined, forwardedFor: string | string[] | undefined, policy: TrustPolicy): string | null;
export function stampClientAddress(request: Pick<IncomingMessage, "headers" | "socket">, policy: TrustPolicy): void;

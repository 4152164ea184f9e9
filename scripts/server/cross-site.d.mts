export function isCrossSiteWrite(headers: { get(name: string): string | null }, trustedOrigins: ReadonlySet<string>): boolean;
export function trustedOriginsOf(requestOrigin: string, publicUrl: string | undefined): Set<string>;

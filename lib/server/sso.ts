import "server-only";

/** Generic OIDC single sign-on, configured only by environment variables (see README). */
export interface SsoConfig {
  providerId: "oidc";
  name: string;
  issuer: string;
  clientId: string;
  clientSecret: string;
}

export function ssoConfig(): SsoConfig | null {
  const issuer = process.env.OIDC_ISSUER?.trim().replace(/(?<!\/)\/+$/, "");
  const clientId = process.env.OIDC_CLIENT_ID?.trim();
  if (!issuer || !clientId) return null;
  return {
    providerId: "oidc",
    name: process.env.OIDC_PROVIDER_NAME?.trim() || "single sign-on",
    issuer,
    clientId,
    clientSecret: process.env.OIDC_CLIENT_SECRET ?? "",
  };
}

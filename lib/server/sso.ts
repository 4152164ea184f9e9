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

export const discoveryUrl = (config: SsoConfig) => `${config.issuer}/.well-known/openid-configuration`;

/**
 * The provider's discovery document must name the configured issuer: a document that names
 * another would have its ID tokens checked against that issuer's keys.
 */
export async function discoveredIssuerMatches(config: SsoConfig): Promise<boolean> {
  try {
    const response = await fetch(discoveryUrl(config), { signal: AbortSignal.timeout(5_000), redirect: "error" });
    if (!response.ok) return false;
    const document = (await response.json()) as { issuer?: unknown };
    return document.issuer === config.issuer;
  } catch {
    return false;
  }
}

function idTokenClaims(idToken: string): Record<string, unknown> | null {
  try {
    const claims = JSON.parse(Buffer.from(idToken.split(".")[1] ?? "", "base64url").toString("utf8")) as unknown;
    return claims && typeof claims === "object" ? (claims as Record<string, unknown>) : null;
  } catch {
    return null;
  }
}

/**
 * The profile comes from the ID token only. better-auth has verified it (signature against the
 * provider's JWKS, iss, aud, exp, nonce) before it calls this; a token response without an ID
 * token, or one from another issuer, signs nobody in. The address counts as verified only when
 * the provider says so in so many words (`email_verified: true`), so nothing is linked on a claim.
 */
export function ssoProfileFromTokens(config: SsoConfig, tokens: { idToken?: string }) {
  const claims = tokens.idToken ? idTokenClaims(tokens.idToken) : null;
  if (!claims || claims.iss !== config.issuer || typeof claims.sub !== "string" || typeof claims.email !== "string") return null;
  return {
    id: claims.sub,
    sub: claims.sub,
    email: claims.email.trim().toLowerCase(),
    emailVerified: claims.email_verified === true,
    name: typeof claims.name === "string" && claims.name.trim() ? claims.name.trim().slice(0, 100) : claims.email,
  };
}

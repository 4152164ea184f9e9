/**
 * A minimal OpenID Connect provider for the end-to-end tests of single sign-on: discovery,
 * an authorisation endpoint that signs in one fixed person at once, token and userinfo.
 * It listens on loopback only and issues no ID token, so userinfo is the source of claims.
 */
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";

export const SSO_PERSON = { sub: "sso-user-1", email: "sid.sso@example.com", name: "Sid Sso" };

export interface FakeOidcProvider {
  issuer: string;
  stop(): Promise<void>;
}

export async function startFakeOidcProvider(): Promise<FakeOidcProvider> {
  const codes = new Set<string>();
  const server: Server = createServer((request, response) => {
    const url = new URL(request.url ?? "/", "http://127.0.0.1");
    const issuer = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    const json = (body: unknown, status = 200) => {
      response.writeHead(status, { "content-type": "application/json" });
      response.end(JSON.stringify(body));
    };
    if (url.pathname === "/.well-known/openid-configuration") {
      return json({
        issuer,
        authorization_endpoint: `${issuer}/authorize`,
        token_endpoint: `${issuer}/token`,
        userinfo_endpoint: `${issuer}/userinfo`,
        response_types_supported: ["code"],
        subject_types_supported: ["public"],
        id_token_signing_alg_values_supported: ["RS256"],
      });
    }
    if (url.pathname === "/authorize") {
      const code = `code-${codes.size + 1}-${Date.now()}`;
      codes.add(code);
      const back = new URL(url.searchParams.get("redirect_uri")!);
      back.searchParams.set("code", code);
      back.searchParams.set("state", url.searchParams.get("state") ?? "");
      response.writeHead(302, { location: back.toString() });
      return response.end();
    }
    if (url.pathname === "/token" && request.method === "POST") {
      let body = "";
      request.on("data", (chunk) => (body += chunk));
      request.on("end", () => {
        const code = new URLSearchParams(body).get("code") ?? "";
        if (!codes.delete(code)) return json({ error: "invalid_grant" }, 400);
        json({ access_token: `access-${code}`, token_type: "Bearer", expires_in: 300, scope: "openid email profile" });
      });
      return;
    }
    if (url.pathname === "/userinfo") {
      if (!request.headers.authorization?.startsWith("Bearer access-")) return json({ error: "invalid_token" }, 401);
      return json({ ...SSO_PERSON, email_verified: true });
    }
    json({ error: "not_found" }, 404);
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  return {
    issuer: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    stop: () => new Promise((resolve) => server.close(() => resolve())),
  };
}

/**
 * A minimal OpenID Connect provider for the end-to-end tests of single sign-on: discovery, JWKS,
 * an authorisation endpoint that signs in one person at once, and a token endpoint that issues
 * RS256-signed ID tokens. It listens on loopback only. Tests make it misbehave through
 * POST /_test/behaviour (wrong issuer in discovery, a bad signature, an unverified address…).
 */
import { generateKeyPairSync, type KeyObject, randomUUID, sign } from "node:crypto";
import { createServer, type IncomingMessage, type Server } from "node:http";
import type { AddressInfo } from "node:net";

export const SSO_PERSON = { sub: "sso-user-1", email: "sid.sso@example.com", name: "Sid Sso" };

export interface FakeOidcBehaviour {
  person: { sub: string; email: string; name: string };
  emailVerified: boolean;
  /** Discovery names another issuer than the one configured. */
  wrongIssuer: boolean;
  /** ID tokens are signed with a key that is not in the JWKS. */
  badSignature: boolean;
  /** The token response carries no ID token. */
  noIdToken: boolean;
}

const DEFAULT_BEHAVIOUR: FakeOidcBehaviour = { person: SSO_PERSON, emailVerified: true, wrongIssuer: false, badSignature: false, noIdToken: false };

export interface FakeOidcProvider {
  issuer: string;
  stop(): Promise<void>;
}

const KEY_ID = "fake-oidc-1";

function jwt(payload: Record<string, unknown>, key: KeyObject): string {
  const part = (value: unknown) => Buffer.from(JSON.stringify(value)).toString("base64url");
  const input = `${part({ alg: "RS256", typ: "JWT", kid: KEY_ID })}.${part(payload)}`;
  return `${input}.${sign("sha256", Buffer.from(input), key).toString("base64url")}`;
}

function readBody(request: IncomingMessage): Promise<string> {
  return new Promise((resolve) => {
    let body = "";
    request.on("data", (chunk) => (body += chunk));
    request.on("end", () => resolve(body));
  });
}

export async function startFakeOidcProvider(): Promise<FakeOidcProvider> {
  const signing = generateKeyPairSync("rsa", { modulusLength: 2048 });
  const rogue = generateKeyPairSync("rsa", { modulusLength: 2048 });
  const jwk = { ...signing.publicKey.export({ format: "jwk" }), kid: KEY_ID, use: "sig", alg: "RS256" };
  let behaviour: FakeOidcBehaviour = { ...DEFAULT_BEHAVIOUR };
  const codes = new Map<string, { clientId: string; nonce: string | null; behaviour: FakeOidcBehaviour }>();

  const server: Server = createServer(async (request, response) => {
    // No connection outlives its answer: a test that pauses for the server's keep-alive timeout
    // would otherwise reuse a socket the server is closing (ECONNRESET).
    response.setHeader("connection", "close");
    const url = new URL(request.url ?? "/", "http://127.0.0.1");
    const issuer = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    const json = (body: unknown, status = 200) => {
      response.writeHead(status, { "content-type": "application/json" });
      response.end(JSON.stringify(body));
    };
    if (url.pathname === "/_test/behaviour" && request.method === "POST") {
      const changes = JSON.parse((await readBody(request)) || "{}") as Partial<FakeOidcBehaviour>;
      behaviour = { ...DEFAULT_BEHAVIOUR, ...changes };
      return json(behaviour);
    }
    if (url.pathname === "/.well-known/openid-configuration") {
      return json({
        issuer: behaviour.wrongIssuer ? "http://127.0.0.1:1/impostor" : issuer,
        authorization_endpoint: `${issuer}/authorize`,
        token_endpoint: `${issuer}/token`,
        userinfo_endpoint: `${issuer}/userinfo`,
        jwks_uri: `${issuer}/jwks`,
        response_types_supported: ["code"],
        subject_types_supported: ["public"],
        id_token_signing_alg_values_supported: ["RS256"],
      });
    }
    if (url.pathname === "/jwks") return json({ keys: [jwk] });
    if (url.pathname === "/authorize") {
      const code = randomUUID();
      codes.set(code, { clientId: url.searchParams.get("client_id") ?? "", nonce: url.searchParams.get("nonce"), behaviour });
      const back = new URL(url.searchParams.get("redirect_uri")!);
      back.searchParams.set("code", code);
      back.searchParams.set("state", url.searchParams.get("state") ?? "");
      response.writeHead(302, { location: back.toString() });
      return response.end();
    }
    if (url.pathname === "/token" && request.method === "POST") {
      const code = new URLSearchParams(await readBody(request)).get("code") ?? "";
      const grant = codes.get(code);
      if (!grant || !codes.delete(code)) return json({ error: "invalid_grant" }, 400);
      const { person, emailVerified, badSignature, noIdToken } = grant.behaviour;
      const now = Math.floor(Date.now() / 1000);
      const claims = {
        iss: issuer,
        sub: person.sub,
        aud: grant.clientId,
        iat: now,
        exp: now + 300,
        ...(grant.nonce ? { nonce: grant.nonce } : {}),
        email: person.email,
        email_verified: emailVerified,
        name: person.name,
      };
      return json({
        access_token: `access-${code}`,
        token_type: "Bearer",
        expires_in: 300,
        scope: "openid email profile",
        ...(noIdToken ? {} : { id_token: jwt(claims, badSignature ? rogue.privateKey : signing.privateKey) }),
      });
    }
    if (url.pathname === "/userinfo") {
      if (!request.headers.authorization?.startsWith("Bearer access-")) return json({ error: "invalid_token" }, 401);
      return json({ ...behaviour.person, email_verified: behaviour.emailVerified });
    }
    json({ error: "not_found" }, 404);
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  return {
    issuer: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    stop: () => new Promise((resolve) => server.close(() => resolve())),
  };
}

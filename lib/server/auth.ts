import "server-only";
import { betterAuth } from "better-auth";
import { prismaAdapter } from "better-auth/adapters/prisma";
import { APIError, createAuthMiddleware } from "better-auth/api";
import { nextCookies } from "better-auth/next-js";
import { genericOAuth, twoFactor } from "better-auth/plugins";
import { CLIENT_ADDRESS_HEADER } from "@/scripts/server/client-address.mjs";
import { PASSWORD_MAX_LENGTH, PASSWORD_MIN_LENGTH } from "@/lib/validation/auth";
import { recordAuditEvent } from "./audit";
import { prisma } from "./db";
import { createPersonalOrganization } from "./organizations";
import { requestContext } from "./request-context";
import { SESSION_LIFETIME } from "./session-lifetime";
import { clearFailures, lockedUntil, recordFailure, throttleKey } from "./sign-in-throttle";
import { ssoConfig } from "./sso";

const sso = ssoConfig();

const signInEmail = (body: unknown) => String((body as { email?: unknown } | undefined)?.email ?? "").trim().toLowerCase().slice(0, 254);

/** The one authentication instance: sessions live in the database, cookies are HttpOnly, Secure, SameSite=Lax. */
export const auth = betterAuth({
  appName: "Zero Trust Readiness",
  baseURL: process.env.BETTER_AUTH_URL,
  secret: process.env.BETTER_AUTH_SECRET,
  database: prismaAdapter(prisma, { provider: "postgresql" }),
  emailAndPassword: {
    enabled: true,
    minPasswordLength: PASSWORD_MIN_LENGTH,
    maxPasswordLength: PASSWORD_MAX_LENGTH,
    autoSignIn: true,
  },
  session: {
    // The idle lifetime, slid forward while the session is used; getActor enforces the absolute one.
    expiresIn: SESSION_LIFETIME.idleSeconds,
    updateAge: Math.min(3600, Math.floor(SESSION_LIFETIME.idleSeconds / 4)),
    additionalFields: { activeOrganizationId: { type: "string", required: false, input: false } },
  },
  hooks: {
    before: createAuthMiddleware(async (ctx) => {
      if (ctx.path !== "/sign-in/email") return;
      const email = signInEmail(ctx.body);
      const { ip } = await requestContext();
      if (await lockedUntil([throttleKey("account", email), throttleKey("ip", ip ?? "unknown")])) {
        await recordAuditEvent({ actor: null, organizationId: null, action: "auth.sign_in_blocked", outcome: "denied", after: { email } });
        throw new APIError("TOO_MANY_REQUESTS", { code: "SIGN_IN_LOCKED", message: "Too many failed sign-ins." });
      }
    }),
    after: createAuthMiddleware(async (ctx) => {
      if (ctx.path !== "/sign-in/email") return;
      const user = ctx.context.newSession?.user;
      const email = signInEmail(ctx.body);
      const { ip } = await requestContext();
      const returned = ctx.context.returned;
      // Only a wrong password counts towards a lockout; malformed requests are refused anyway.
      const wrongPassword = returned instanceof APIError && (returned.body as { code?: string } | undefined)?.code === "INVALID_EMAIL_OR_PASSWORD";
      if (user) await clearFailures("account", email);
      else if (wrongPassword) await Promise.all([recordFailure("account", email), recordFailure("ip", ip ?? "unknown")]);
      // Sign-ins belong to the trail of the organisation the account works in first.
      const membership = await prisma.membership.findFirst({
        where: user ? { userId: user.id } : { user: { email } },
        orderBy: { createdAt: "asc" },
        select: { organizationId: true },
      });
      await recordAuditEvent({
        actor: user ? { userId: user.id, email: user.email } : null,
        organizationId: membership?.organizationId ?? null,
        action: user ? "auth.sign_in" : "auth.sign_in_failed",
        outcome: user ? "success" : "failure",
        after: user ? undefined : { email },
      });
    }),
  },
  databaseHooks: {
    user: { create: { after: async (user) => void (await createPersonalOrganization(user)) } },
  },
  advanced: {
    // Browsers treat http://localhost as a secure context, so Secure cookies work in development too.
    useSecureCookies: true,
    defaultCookieAttributes: { httpOnly: true, sameSite: "lax", secure: true },
    // Session addresses and the rate limiter use the address the server resolved from the
    // socket and the trusted proxies, never a forwarded header as the client sent it.
    ipAddress: { ipAddressHeaders: [CLIENT_ADDRESS_HEADER], ipv6Subnet: 128 },
  },
  // nextCookies stays last: it forwards cookies that the other plugins set.
  plugins: [
    twoFactor({ issuer: "Zero Trust Readiness" }),
    ...(sso
      ? [
          genericOAuth({
            config: [
              {
                providerId: sso.providerId,
                name: sso.name,
                discoveryUrl: `${sso.issuer}/.well-known/openid-configuration`,
                clientId: sso.clientId,
                clientSecret: sso.clientSecret,
                scopes: ["openid", "email", "profile"],
                pkce: true,
              },
            ],
          }),
        ]
      : []),
    nextCookies(),
  ],
});

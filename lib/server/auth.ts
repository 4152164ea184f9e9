import "server-only";
import { type BetterAuthPlugin, betterAuth } from "better-auth";
import { prismaAdapter } from "better-auth/adapters/prisma";
import { APIError, createAuthMiddleware, getSessionFromCtx } from "better-auth/api";
import { nextCookies } from "better-auth/next-js";
import { genericOAuth, twoFactor } from "better-auth/plugins";
import { CLIENT_ADDRESS_HEADER } from "@/scripts/server/client-address.mjs";
import { PASSWORD_MAX_LENGTH, PASSWORD_MIN_LENGTH } from "@/lib/validation/auth";
import { recordStandaloneEvent } from "./audit";
import { emailVerificationOptions, passwordResetOptions } from "./auth-mail";
import { prisma } from "./db";
import { createPersonalOrganization } from "./organizations";
import { requestContext } from "./request-context";
import { acceptTotpCode, hashedBackupCodes, hashRecoveryCode, migrateEncryptedRecoveryCodes } from "./second-factor";
import { SESSION_LIFETIME } from "./session-lifetime";
import { checkSignIn, clearSignInFailures, recordSignInFailure, THROTTLE_POLICY } from "./sign-in-throttle";
import { discoveredIssuerMatches, discoveryUrl, ssoConfig, ssoProfileFromTokens } from "./sso";

const BASE_PATH = "/api/auth";

const sso = ssoConfig();

/**
 * The only better-auth endpoints reachable over HTTP. The app's screens call better-auth from
 * server code (lib/server), which applies our limits, re-authentication and audit; everything
 * else (update-user, change-password, two-factor/*, revoke-sessions, list-accounts, delete-user,
 * and whatever an upgrade adds) answers 404.
 */
const HTTP_PATHS = new Set([
  "/sign-in/email",
  "/sign-up/email",
  "/sign-out",
  "/get-session",
  // E-mail verification and password reset (their links land here).
  "/request-password-reset",
  "/reset-password",
  "/verify-email",
  "/send-verification-email",
  ...(sso ? [`/callback/${sso.providerId}`] : []),
]);

export function isPublicAuthPath(path: string): boolean {
  const trimmed = path.replace(/(?<!\/)\/+$/, "");
  return HTTP_PATHS.has(trimmed) || /^\/reset-password\/[\w-]{1,200}$/.test(trimmed);
}

const endpointAllowlist = {
  id: "endpoint-allowlist",
  // onRequest runs for HTTP requests only, not for auth.api calls from our own code.
  onRequest: async (request: Request) => {
    const { pathname } = new URL(request.url);
    const path = pathname.startsWith(BASE_PATH) ? pathname.slice(BASE_PATH.length) : pathname;
    if (isPublicAuthPath(path)) return;
    return { response: Response.json({ code: "NOT_FOUND", message: "Not found." }, { status: 404 }) };
  },
} satisfies BetterAuthPlugin;

type HookContext = Parameters<Parameters<typeof createAuthMiddleware>[0]>[0];

const signInEmail = (body: unknown) => String((body as { email?: unknown } | undefined)?.email ?? "").trim().toLowerCase().slice(0, 254);
const errorCode = (value: unknown) => (value instanceof APIError ? (value.body as { code?: string } | undefined)?.code : undefined);

/** Sign-ins belong to the trail of the organisation the account works in first. */
async function firstOrganizationId(where: { userId: string } | { email: string }): Promise<string | null> {
  const membership = await prisma.membership.findFirst({
    where: "userId" in where ? { userId: where.userId } : { user: { email: where.email } },
    orderBy: { createdAt: "asc" },
    select: { organizationId: true },
  });
  return membership?.organizationId ?? null;
}

async function auditAuth(
  user: { id: string; email: string } | null,
  action: string,
  outcome: "success" | "failure" | "denied" = "success",
  after?: Record<string, unknown>,
): Promise<void> {
  await recordStandaloneEvent({
    actor: user ? { userId: user.id, email: user.email } : null,
    organizationId: user ? await firstOrganizationId({ userId: user.id }) : null,
    action,
    outcome,
    after,
  });
}

/** The person whose sign-in waits for a second factor: better-auth's signed cookie names the pending row. */
async function pendingTwoFactorUser(ctx: HookContext): Promise<{ id: string; email: string } | null> {
  const identifier = await ctx.getSignedCookie(ctx.context.createAuthCookie("two_factor").name, ctx.context.secret);
  if (!identifier) return null;
  const pending = await ctx.context.internalAdapter.findVerificationValue(identifier);
  if (!pending || pending.expiresAt <= new Date()) return null;
  const user = await ctx.context.internalAdapter.findUserById(pending.value);
  return user ? { id: user.id, email: user.email } : null;
}

function tooManyAttempts(retryAfterSeconds: number, reason: "locked" | "slowed"): APIError {
  const message =
    reason === "locked"
      ? `Too many failed sign-ins for this account from your network. Try again in ${Math.ceil(retryAfterSeconds / 60)} minutes.`
      : `Too many failed sign-ins. Wait ${retryAfterSeconds} seconds and try again.`;
  return new APIError("TOO_MANY_REQUESTS", { code: reason === "locked" ? "SIGN_IN_LOCKED" : "SIGN_IN_SLOWED", message }, { "Retry-After": String(retryAfterSeconds) });
}

async function beforePasswordSignIn(ctx: HookContext): Promise<void> {
  const attempt = { email: signInEmail(ctx.body), ip: (await requestContext()).ip };
  const verdict = await checkSignIn(attempt);
  if (verdict.allowed) return;
  await recordStandaloneEvent({
    actor: null,
    organizationId: await firstOrganizationId({ email: attempt.email }),
    action: "auth.sign_in_blocked",
    outcome: "denied",
    after: { email: attempt.email, reason: verdict.reason, retryAfterSeconds: verdict.retryAfterSeconds },
  });
  throw tooManyAttempts(verdict.retryAfterSeconds, verdict.reason);
}

async function afterPasswordSignIn(ctx: HookContext): Promise<void> {
  // This hook runs before the two-factor plugin's: a session here may still be waiting for a code.
  const session = ctx.context.newSession;
  const attempt = { email: signInEmail(ctx.body), ip: (await requestContext()).ip };
  if (session?.user.twoFactorEnabled) return;
  if (session) {
    await clearSignInFailures(attempt);
    await auditAuth(session.user, "auth.sign_in", "success", { method: "password" });
    return;
  }
  // Only a wrong password counts towards the limits; malformed requests are refused anyway.
  if (errorCode(ctx.context.returned) !== "INVALID_EMAIL_OR_PASSWORD") return;
  await recordSignInFailure(attempt);
  await recordStandaloneEvent({
    actor: null,
    organizationId: await firstOrganizationId({ email: attempt.email }),
    action: "auth.sign_in_failed",
    outcome: "failure",
    after: { email: attempt.email },
  });
}

/**
 * TOTP at sign-in: the code's time step is claimed before better-auth checks it, so a code
 * works once. Trusted devices are off: no request may ask to skip the code next time.
 */
async function beforeTotp(ctx: HookContext) {
  const user = await pendingTwoFactorUser(ctx);
  if (user) {
    await migrateEncryptedRecoveryCodes(user.id, ctx.context.secretConfig);
    const result = await acceptTotpCode(user.id, String((ctx.body as { code?: unknown })?.code ?? ""), ctx.context.secretConfig);
    if (result === "replayed") {
      await auditAuth(user, "auth.two_factor_failed", "failure", { method: "totp", reason: "code_reused" });
      throw new APIError("UNAUTHORIZED", { code: "TOTP_CODE_REUSED", message: "That code was already used. Wait for the next one." });
    }
  }
  return { context: { body: { ...(ctx.body as object), trustDevice: false } } };
}

/** Recovery codes are stored as digests: better-auth compares the digest of what was typed. */
async function beforeRecoveryCode(ctx: HookContext) {
  const user = await pendingTwoFactorUser(ctx);
  if (user) await migrateEncryptedRecoveryCodes(user.id, ctx.context.secretConfig);
  const code = String((ctx.body as { code?: unknown })?.code ?? "").slice(0, 100);
  return { context: { body: { ...(ctx.body as object), code: hashRecoveryCode(code), trustDevice: false, disableSession: false } } };
}

async function afterSecondFactor(ctx: HookContext, method: "totp" | "recovery_code"): Promise<void> {
  const session = ctx.context.newSession;
  if (session) {
    await clearSignInFailures({ email: session.user.email, ip: (await requestContext()).ip });
    if (method === "recovery_code") await auditAuth(session.user, "auth.recovery_code_used");
    await auditAuth(session.user, "auth.sign_in", "success", { method });
    return;
  }
  const code = errorCode(ctx.context.returned);
  if (!code) return;
  const user = await pendingTwoFactorUser(ctx);
  if (code === "ACCOUNT_TEMPORARILY_LOCKED") {
    await auditAuth(user, "auth.two_factor_failed", "denied", { method, reason: "locked" });
    return;
  }
  await auditAuth(user, "auth.two_factor_failed", "failure", { method, reason: code });
  // better-auth locks the second factor after repeated failures; the failure that does it says so.
  const lock = user ? await prisma.twoFactor.findFirst({ where: { userId: user.id, lockedUntil: { gt: new Date() } }, select: { lockedUntil: true } }) : null;
  if (lock) await auditAuth(user, "auth.two_factor_locked", "denied", { until: lock.lockedUntil });
}

/** Single sign-on starts only when the provider still names the configured issuer. */
async function beforeSsoStart(ctx: HookContext) {
  if (!sso || (ctx.body as { provider?: unknown })?.provider !== sso.providerId) return;
  if (await discoveredIssuerMatches(sso)) return;
  await auditAuth(null, "auth.sso_sign_in_failed", "failure", { reason: "issuer_mismatch" });
  // The sign-in action redirects to this URL: the sign-in page explains the failure.
  return { url: "/sign-in?error=sso_unavailable", redirect: false };
}

async function beforeSsoCallback(ctx: HookContext): Promise<void> {
  if (!sso || (await discoveredIssuerMatches(sso))) return;
  await auditAuth(null, "auth.sso_sign_in_failed", "failure", { reason: "issuer_mismatch" });
  throw ctx.redirect("/sign-in?error=sso_unavailable");
}

async function afterSsoCallback(ctx: HookContext): Promise<void> {
  const session = ctx.context.newSession;
  if (session) {
    await auditAuth(session.user, "auth.sso_sign_in", "success", { provider: ctx.params?.id });
    return;
  }
  const location = ctx.context.returned instanceof APIError ? new Headers(ctx.context.returned.headers).get("location") : null;
  const error = location ? new URL(location, "http://localhost").searchParams.get("error") : null;
  await auditAuth(null, "auth.sso_sign_in_failed", "failure", { provider: ctx.params?.id, reason: error ?? "unknown" });
}

/** The one authentication instance: sessions live in the database, cookies are HttpOnly, Secure, SameSite=Lax. */
export const auth = betterAuth({
  appName: "Zero Trust Readiness",
  baseURL: process.env.BETTER_AUTH_URL,
  basePath: BASE_PATH,
  secret: process.env.BETTER_AUTH_SECRET,
  database: prismaAdapter(prisma, { provider: "postgresql" }),
  emailAndPassword: {
    enabled: true,
    minPasswordLength: PASSWORD_MIN_LENGTH,
    maxPasswordLength: PASSWORD_MAX_LENGTH,
    autoSignIn: true,
    ...passwordResetOptions,
  },
  emailVerification: emailVerificationOptions,
  session: {
    // The idle lifetime, slid forward while the session is used; getActor enforces the absolute one.
    expiresIn: SESSION_LIFETIME.idleSeconds,
    updateAge: Math.min(3600, Math.floor(SESSION_LIFETIME.idleSeconds / 4)),
    additionalFields: { activeOrganizationId: { type: "string", required: false, input: false } },
  },
  // An SSO address is linked to an existing account only when the provider verified it and so did we.
  account: { accountLinking: { enabled: true, trustedProviders: [], requireLocalEmailVerified: true } },
  // Failed redirects (single sign-on callbacks) land on the sign-in page, which explains them.
  onAPIError: { errorURL: "/sign-in" },
  hooks: {
    before: createAuthMiddleware(async (ctx) => {
      switch (ctx.path) {
        case "/sign-in/email":
          return beforePasswordSignIn(ctx);
        case "/two-factor/verify-totp":
          return beforeTotp(ctx);
        case "/two-factor/verify-backup-code":
          return beforeRecoveryCode(ctx);
        case "/sign-in/social":
          return beforeSsoStart(ctx);
        case "/callback/:id":
          return beforeSsoCallback(ctx);
        case "/sign-out": {
          // Audited before better-auth deletes the session that names the user.
          const session = await getSessionFromCtx(ctx);
          if (session) await auditAuth(session.user, "auth.sign_out");
          return;
        }
      }
    }),
    after: createAuthMiddleware(async (ctx) => {
      switch (ctx.path) {
        case "/sign-in/email":
          return afterPasswordSignIn(ctx);
        case "/two-factor/verify-totp":
          return afterSecondFactor(ctx, "totp");
        case "/two-factor/verify-backup-code":
          return afterSecondFactor(ctx, "recovery_code");
        case "/callback/:id":
          return afterSsoCallback(ctx);
        case "/sign-up/email": {
          const returned = ctx.context.returned as { user?: { id: string; email: string } } | APIError | undefined;
          if (returned && !(returned instanceof APIError) && returned.user) await auditAuth(returned.user, "auth.sign_up");
          return;
        }
      }
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
    endpointAllowlist,
    twoFactor({
      issuer: "Zero Trust Readiness",
      backupCodeOptions: { storeBackupCodes: hashedBackupCodes },
      // Ten wrong codes in a row lock the second factor for as long as a password lockout.
      accountLockout: { enabled: true, maxFailedAttempts: 10, durationSeconds: THROTTLE_POLICY.lockMs / 1000 },
    }),
    ...(sso
      ? [
          genericOAuth({
            config: [
              {
                providerId: sso.providerId,
                name: sso.name,
                discoveryUrl: discoveryUrl(sso),
                clientId: sso.clientId,
                clientSecret: sso.clientSecret,
                scopes: ["openid", "email", "profile"],
                pkce: true,
                // ID tokens are always verified: against the discovered JWKS, issuer, audience, expiry and nonce.
                requireIdTokenVerification: true,
                getUserInfo: async (tokens) => ssoProfileFromTokens(sso, tokens),
              },
            ],
          }),
        ]
      : []),
    nextCookies(),
  ],
});

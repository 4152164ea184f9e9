import "server-only";
import { APIError } from "better-auth/api";
import { cookies, headers } from "next/headers";
import { redirect } from "next/navigation";
import { cache } from "react";
import type { TSignIn, TSignUp } from "@/lib/validation/auth";
import { mustEnrolTwoFactor, type ActiveMembership, type Actor } from "@/lib/actor";
import { isRole } from "@/lib/permissions";
import { outlivedMaximum } from "@/lib/session-lifetime";
import { actorFromApiToken } from "./api-tokens";
import { auth } from "./auth";
import { verificationCallback } from "./auth-mail";
import { prisma } from "./db";
import { AppError } from "./errors";
import { SESSION_LIFETIME } from "./session-lifetime";
import { expireSession } from "./sessions";

/**
 * The request's headers with the cookies as they are now: a server action that replaced the
 * session cookie (two-factor enrolment rotates the session) re-renders with the new one.
 */
async function currentRequestHeaders(): Promise<Headers> {
  const merged = new Headers(await headers());
  merged.set("cookie", (await cookies()).toString());
  return merged;
}

/**
 * The signed-in user for this request, from the database-backed session, with the
 * membership of the organisation the session works in, re-read on every request.
 */
export const getActor = cache(async (): Promise<Actor | null> => actorFromSessionHeaders(await currentRequestHeaders()));

/**
 * The actor of the session these request headers carry. better-auth ends idle sessions; one
 * past its absolute lifetime is deleted (and audited) here by the first request that finds it.
 * `now` is a parameter so tests can move the clock.
 */
export async function actorFromSessionHeaders(requestHeaders: Headers, now = new Date()): Promise<Actor | null> {
  const session = await auth.api.getSession({ headers: requestHeaders });
  if (!session) return null;
  if (outlivedMaximum(session.session.createdAt, now, SESSION_LIFETIME)) {
    await expireSession(session.session, session.user);
    return null;
  }
  const memberships = await prisma.membership.findMany({
    where: { userId: session.user.id },
    include: { organization: { select: { name: true, mfaRequired: true } } },
    orderBy: { createdAt: "asc" },
  });
  const active = memberships.find((m) => m.organizationId === session.session.activeOrganizationId) ?? memberships[0];
  return {
    userId: session.user.id,
    email: session.user.email,
    name: session.user.name,
    sessionId: session.session.id,
    signedInAt: session.session.createdAt,
    twoFactorEnabled: session.user.twoFactorEnabled === true,
    membership:
      active && isRole(active.role)
        ? { organizationId: active.organizationId, organizationName: active.organization.name, role: active.role, mfaRequired: active.organization.mfaRequired }
        : null,
    organizations: memberships.map((m) => ({ id: m.organizationId, name: m.organization.name })),
  };
}

/** For route handlers: a bearer API token if one is sent, else the browser session. */
export async function getRequestActor(): Promise<Actor | null> {
  const authorization = (await headers()).get("authorization");
  if (authorization?.toLowerCase().startsWith("bearer ")) return actorFromApiToken(authorization.slice(7).trim());
  return getActor();
}

/** For pages: the actor, or a redirect to sign-in. */
export async function requireActor(): Promise<Actor> {
  const actor = await getActor();
  if (!actor) redirect("/sign-in");
  return actor;
}

/**
 * For pages of an organisation: the actor and their membership, or the page to join or create
 * one. Under an "MFA required" policy only My account (where enrolment happens) opens.
 */
export async function requireMembership({ enrolmentPage = false } = {}): Promise<{ actor: Actor; membership: ActiveMembership }> {
  const actor = await requireActor();
  if (!actor.membership) redirect("/organizations/new");
  if (!enrolmentPage && mustEnrolTwoFactor(actor)) redirect("/settings/account?mfa=required");
  return { actor, membership: actor.membership };
}

const SIGN_IN_MESSAGES: Record<string, string> = {
  INVALID_EMAIL_OR_PASSWORD: "That email and password do not match an account.",
  INVALID_EMAIL: "Enter a valid email address.",
};

const SIGN_UP_MESSAGES: Record<string, string> = {
  USER_ALREADY_EXISTS: "An account with this email already exists. Sign in instead.",
  USER_ALREADY_EXISTS_USE_ANOTHER_EMAIL: "An account with this email already exists. Sign in instead.",
  PASSWORD_TOO_SHORT: "That password is too short.",
  PASSWORD_TOO_LONG: "That password is too long.",
  INVALID_EMAIL: "Enter a valid email address.",
};

/** better-auth reports expected failures as APIError codes; users see our wording for them. */
function translate(error: unknown, messages: Record<string, string>): never {
  if (error instanceof APIError) {
    const code = (error.body as { code?: string } | undefined)?.code ?? "";
    if (error.status === "TOO_MANY_REQUESTS") {
      // The sign-in throttle (auth.ts) says how long to wait; better-auth's own limiter does not.
      const message = code.startsWith("SIGN_IN_") ? (error.body as { message?: string } | undefined)?.message : undefined;
      throw new AppError("rate_limited", message ?? "Too many failed sign-ins for this account or network. Try again in 15 minutes.");
    }
    const message = messages[code];
    if (message) throw new AppError("invalid_input", message);
  }
  throw error;
}

/** "two-factor" when the password was right and a second factor is still due. */
export async function signIn(input: TSignIn): Promise<"signed-in" | "two-factor"> {
  const result = await auth.api
    .signInEmail({ body: { email: input.email, password: input.password }, headers: await headers() })
    .catch((error: unknown) => translate(error, SIGN_IN_MESSAGES));
  return "twoFactorRedirect" in result && result.twoFactorRedirect ? "two-factor" : "signed-in";
}

/** `next` is where the e-mail confirmation link continues once the address is confirmed. */
export async function signUp(input: TSignUp, next = "/"): Promise<void> {
  await auth.api
    .signUpEmail({ body: { name: input.name, email: input.email, password: input.password, callbackURL: verificationCallback(next) }, headers: await headers() })
    .catch((error: unknown) => translate(error, SIGN_UP_MESSAGES));
}

/** The identity provider's authorisation URL that starts a single sign-on. */
export async function startSingleSignOn(callbackURL: string): Promise<string> {
  const result = await auth.api.signInSocial({ body: { provider: "oidc", callbackURL, disableRedirect: true }, headers: await headers() });
  if (!result.url) throw new AppError("conflict", "Single sign-on is not available right now.");
  return result.url;
}

export async function signOut(): Promise<void> {
  await auth.api.signOut({ headers: await headers() });
}

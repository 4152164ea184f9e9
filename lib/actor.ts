import type { Permission, Role } from "./permissions";

/**
 * Who is acting, and the organisation's two-factor policy: a leaf module (types and one pure
 * rule), so session, API tokens and authorisation all import it without importing each other.
 */

/** The organisation an actor works in, and their role there. */
export interface ActiveMembership {
  organizationId: string;
  organizationName: string;
  role: Role;
  /** The organisation's policy: members without two-factor authentication may only enrol. */
  mfaRequired: boolean;
}

/** Who is acting. Every data-access function takes one and checks it. */
export interface Actor {
  userId: string;
  email: string;
  name: string;
  sessionId: string;
  /** When the browser session signed in; absent for API tokens, which never count as a recent sign-in. */
  signedInAt?: Date;
  twoFactorEnabled: boolean;
  /** null when the user belongs to no organisation (every one of them removed them). */
  membership: ActiveMembership | null;
  organizations: { id: string; name: string }[];
  /** Set when the request came with an API token: it may do no more than these. */
  tokenScopes?: Permission[];
}

/** True when the organisation requires two-factor authentication and the actor has none yet. */
export function mustEnrolTwoFactor(actor: Pick<Actor, "membership" | "twoFactorEnabled">): boolean {
  return Boolean(actor.membership?.mfaRequired && !actor.twoFactorEnabled);
}

import { mustEnrolTwoFactor, type Actor } from "./actor";
import { PERMISSIONS, roleHasPermission, type Permission } from "./permissions";

/** What the policy reads of an actor. */
export type PolicySubject = Pick<Actor, "membership" | "twoFactorEnabled" | "tokenScopes">;

/**
 * The one permission rule, without side effects: a member of an organisation whose role has
 * the permission, within the token's scopes when a token acts, and enrolled in two-factor
 * authentication when the organisation requires it. Pages and components ask it what to show;
 * `authorize` (lib/server) applies it to data access and audits refusals.
 */
export function can(actor: PolicySubject, permission: Permission): boolean {
  const membership = actor.membership;
  if (!membership || mustEnrolTwoFactor(actor)) return false;
  if (actor.tokenScopes && !actor.tokenScopes.includes(permission)) return false;
  return roleHasPermission(membership.role, permission);
}

/** Every permission `can` grants the actor: what a client component is told, instead of the actor. */
export function grantedPermissions(actor: PolicySubject): Permission[] {
  return PERMISSIONS.filter((permission) => can(actor, permission));
}

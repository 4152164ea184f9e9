import "server-only";
import { roleHasPermission, type Permission } from "@/lib/permissions";
import { auditActor, recordStandaloneEvent } from "./audit";
import { AppError } from "./errors";
import { mustEnrolTwoFactor, type ActiveMembership, type Actor } from "./session";

/**
 * The one permission check. Fail-closed: no membership, an unknown role or a permission the
 * role lacks is refused, and the refusal is audited.
 */
export async function authorize(actor: Actor, permission: Permission): Promise<ActiveMembership> {
  const membership = actor.membership;
  if (membership && mustEnrolTwoFactor(actor)) {
    throw new AppError("forbidden", "Your organisation requires two-factor authentication. Set it up under Settings, My account first.");
  }
  const tokenAllows = !actor.tokenScopes || actor.tokenScopes.includes(permission);
  if (membership && tokenAllows && roleHasPermission(membership.role, permission)) return membership;
  await recordStandaloneEvent({
    actor: auditActor(actor),
    organizationId: membership?.organizationId ?? null,
    action: "authorization.denied",
    outcome: "denied",
    after: { permission, role: membership?.role ?? null },
  });
  throw new AppError("forbidden", "You do not have permission to do that.");
}

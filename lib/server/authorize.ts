import "server-only";
import { mustEnrolTwoFactor, type ActiveMembership, type Actor } from "@/lib/actor";
import type { Permission } from "@/lib/permissions";
import { can } from "@/lib/policy";
import { auditActor, recordStandaloneEvent } from "./audit";
import { AppError } from "./errors";

/**
 * The one permission check for data access: `can`, failing closed. A member who must first
 * enrol in two-factor authentication is told so; any other refusal is audited.
 */
export async function authorize(actor: Actor, permission: Permission): Promise<ActiveMembership> {
  const membership = actor.membership;
  if (membership && can(actor, permission)) return membership;
  if (membership && mustEnrolTwoFactor(actor)) {
    throw new AppError("forbidden", "Your organisation requires two-factor authentication. Set it up under Settings, My account first.");
  }
  await recordStandaloneEvent({
    actor: auditActor(actor),
    organizationId: membership?.organizationId ?? null,
    action: "authorization.denied",
    outcome: "denied",
    after: { permission, role: membership?.role ?? null },
  });
  throw new AppError("forbidden", "You do not have permission to do that.");
}

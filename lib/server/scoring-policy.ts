import "server-only";
import type { Stage } from "@/lib/framework/types";
import { STAGES } from "@/lib/framework/types";
import { DEFAULT_SCORING_POLICY, type ScoringPolicy } from "@/lib/scoring/policy";
import { ZScoringSettings, type TScoringSettings } from "@/lib/validation/scoring-policy";
import { auditActor, recordAuditEvent } from "./audit";
import { authorize } from "./authorize";
import { prisma } from "./db";
import type { Actor } from "./session";

/** The organisation columns that hold its scoring policy. */
export interface ScoringPolicyColumns {
  naThresholdPercent: number;
  coverageThresholdPercent: number;
  defaultTargetStage: string;
  naRequiresApproval: boolean;
}

const POLICY_SELECT = { naThresholdPercent: true, coverageThresholdPercent: true, defaultTargetStage: true, naRequiresApproval: true } as const;

/** The one conversion of an organisation's stored settings into the policy every scoring call takes. */
export function scoringPolicyOf(organization: ScoringPolicyColumns): ScoringPolicy {
  const defaultTarget = (STAGES as readonly string[]).includes(organization.defaultTargetStage) ? (organization.defaultTargetStage as Stage) : DEFAULT_SCORING_POLICY.defaultTarget;
  return {
    naThreshold: organization.naThresholdPercent / 100,
    coverageThreshold: organization.coverageThresholdPercent / 100,
    defaultTarget,
    naRequiresApproval: organization.naRequiresApproval,
  };
}

/** The policy of an organisation the caller has already authorised the actor in. */
export async function policyOfOrganization(organizationId: string): Promise<ScoringPolicy> {
  return scoringPolicyOf(await prisma.organization.findUniqueOrThrow({ where: { id: organizationId }, select: POLICY_SELECT }));
}

/** The policy results are scored with: anyone who reads assessments sees why they read as they do. */
export async function getScoringPolicy(actor: Actor): Promise<ScoringPolicy> {
  const { organizationId } = await authorize(actor, "assessment.read");
  return policyOfOrganization(organizationId);
}

/** The policy as the settings form shows it, in whole percentages. */
export const settingsOf = (policy: ScoringPolicy): TScoringSettings => ({
  naThresholdPercent: Math.round(policy.naThreshold * 100),
  coverageThresholdPercent: Math.round(policy.coverageThreshold * 100),
  defaultTarget: policy.defaultTarget,
  naRequiresApproval: policy.naRequiresApproval,
});

/** Changes the organisation's scoring settings (owners and admins); stored snapshots keep their scores. */
export async function setScoringPolicy(actor: Actor, input: TScoringSettings): Promise<void> {
  const { organizationId } = await authorize(actor, "organization.manage");
  const settings = ZScoringSettings.parse(input);
  const before = settingsOf(await policyOfOrganization(organizationId));
  await prisma.organization.update({
    where: { id: organizationId },
    data: {
      naThresholdPercent: settings.naThresholdPercent,
      coverageThresholdPercent: settings.coverageThresholdPercent,
      defaultTargetStage: settings.defaultTarget,
      naRequiresApproval: settings.naRequiresApproval,
    },
  });
  await recordAuditEvent({
    actor: auditActor(actor),
    organizationId,
    action: "organization.scoring_policy_changed",
    targetType: "organization",
    targetId: organizationId,
    before: { ...before },
    after: { ...settings },
  });
}

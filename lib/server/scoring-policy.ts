import "server-only";
import { cache } from "react";
import { POLICY_SELECT, scoringPolicyOf, settingsOf } from "@/lib/assessment/scoring-settings";
import type { ScoringPolicy } from "@/lib/scoring/policy";
import { ZScoringSettings, type TScoringSettings } from "@/lib/validation/scoring-policy";
import { audited, auditActor } from "./audit";
import { authorize } from "./authorize";
import { prisma } from "./db";
import type { Actor } from "@/lib/actor";

/** The policy of an organisation the caller has already authorised the actor in; read once per server render (see assessments.ts). */
export const policyOfOrganization = cache(async (organizationId: string): Promise<ScoringPolicy> =>
  scoringPolicyOf(await prisma.organization.findUniqueOrThrow({ where: { id: organizationId }, select: POLICY_SELECT })),
);

/** The policy results are scored with: anyone who reads assessments sees why they read as they do. */
export async function getScoringPolicy(actor: Actor): Promise<ScoringPolicy> {
  const { organizationId } = await authorize(actor, "assessment.read");
  return policyOfOrganization(organizationId);
}

/** Changes the organisation's scoring settings (owners and admins); stored snapshots keep their scores. */
export async function setScoringPolicy(actor: Actor, input: TScoringSettings): Promise<void> {
  const { organizationId } = await authorize(actor, "organization.manage");
  const settings = ZScoringSettings.parse(input);
  const before = settingsOf(await policyOfOrganization(organizationId));
  await audited(async (tx, record) => {
    await tx.organization.update({
      where: { id: organizationId },
      data: {
        naThresholdPercent: settings.naThresholdPercent,
        coverageThresholdPercent: settings.coverageThresholdPercent,
        defaultTargetStage: settings.defaultTarget,
        naRequiresApproval: settings.naRequiresApproval,
      },
    });
    record({
      actor: auditActor(actor),
      organizationId,
      action: "organization.scoring_policy_changed",
      targetType: "organization",
      targetId: organizationId,
      before: { ...before },
      after: { ...settings },
    });
  });
}

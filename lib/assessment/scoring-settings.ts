/**
 * An organisation's stored scoring settings and the policy every scoring call takes, free of
 * the database so the server and the seed scripts convert them the same way.
 */
import { STAGES, type Stage } from "@/lib/framework/types";
import { DEFAULT_SCORING_POLICY, type ScoringPolicy } from "@/lib/scoring/policy";
import type { TScoringSettings } from "@/lib/validation/scoring-policy";

/** The organisation columns that hold its scoring policy. */
export interface ScoringPolicyColumns {
  naThresholdPercent: number;
  coverageThresholdPercent: number;
  defaultTargetStage: string;
  naRequiresApproval: boolean;
}

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

/** The policy as the settings form shows it, in whole percentages. */
export const settingsOf = (policy: ScoringPolicy): TScoringSettings => ({
  naThresholdPercent: Math.round(policy.naThreshold * 100),
  coverageThresholdPercent: Math.round(policy.coverageThreshold * 100),
  defaultTarget: policy.defaultTarget,
  naRequiresApproval: policy.naRequiresApproval,
});

/** The columns an organisation's policy is read from. */
export const POLICY_SELECT = { naThresholdPercent: true, coverageThresholdPercent: true, defaultTargetStage: true, naRequiresApproval: true } as const;

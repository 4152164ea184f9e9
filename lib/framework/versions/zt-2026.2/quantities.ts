import type { Quantity } from "../../types";

/**
 * Every number the criteria use, one value each across the bank: two questions that speak of the
 * same thing (how fast a leaver loses access, how often access is reviewed) always agree.
 * Criteria interpolate these (`${N.leaverAccess}`), and validation refuses any other percentage or
 * duration in a criterion.
 */
export const quantities = {
  coverageInitial: { value: "50%", meaning: "Coverage that marks a capability as in place but partial (Initial)" },
  coverageAdvanced: { value: "90%", meaning: "Coverage that marks a capability as the norm (Advanced)" },
  coverageOptimal: { value: "100%", meaning: "Coverage with only documented, expiring exceptions (Optimal)" },
  leaverAccess: { value: "4 hours", meaning: "Longest time from an HR leaver event to all access removed" },
  urgentRevocation: { value: "15 minutes", meaning: "Longest time to revoke sessions and tokens everywhere for an urgent termination or a compromise" },
  accessReview: { value: "quarterly", meaning: "How often privileged and sensitive access is certified by its owner" },
  criticalPatch: { value: "14 days", meaning: "Longest time to patch or mitigate a critical or known-exploited vulnerability" },
  standardPatch: { value: "30 days", meaning: "Longest time to patch other high-severity vulnerabilities" },
  containment: { value: "15 minutes", meaning: "Longest time from a high-confidence detection to automated containment" },
  driftCheck: { value: "24 hours", meaning: "Longest time before drift from a declared configuration or inventory (changed settings, unknown devices, missing agents, orphaned accounts) is detected" },
  privilegedElevation: { value: "8 hours", meaning: "Longest just-in-time elevation of a privileged role" },
  secretRotation: { value: "90 days", meaning: "Longest lifetime of a static secret or key that cannot be replaced by a managed identity" },
  logRetention: { value: "12 months", meaning: "How long security logs stay searchable" },
  restoreTest: { value: "quarterly", meaning: "How often restores from backup are tested" },
  exercise: { value: "twice a year", meaning: "How often incident-response and recovery plans are exercised" },
  sessionReauth: { value: "1 hour", meaning: "Longest access-token lifetime before policy is re-evaluated" },
  exceptionLifetime: { value: "6 months", meaning: "Longest validity of a security policy exception or risk acceptance before it must be renewed or removed" },
  inactiveAccount: { value: "90 days", meaning: "Longest time an unused account, guest, non-human identity, device registration or entitlement keeps its access before it is disabled or removed" },
  alertTriage: { value: "30 minutes", meaning: "Longest time, at any hour, from a high-severity security alert to an analyst starting its triage" },
  appTriage: { value: "30 days", meaning: "Longest time before a newly discovered application is sanctioned, restricted or blocked" },
  penTest: { value: "once a year", meaning: "How often each critical or internet-facing application is penetration-tested" },
  phishingSimulation: { value: "quarterly", meaning: "How often every member of staff receives a phishing simulation" },
  yearly: { value: "once a year", meaning: "Longest interval between reviews of a written policy, register, plan or risk assessment, and between yearly exercises" },
  tier0Admins: { value: "five", meaning: "Standing tier-0 role holders must number fewer than this, break-glass accounts excluded" },
  leadershipReport: { value: "quarterly", meaning: "How often security metrics, risks and exceptions are reported to leadership or the board, and the Zero Trust roadmap is reviewed with its sponsors" },
} as const satisfies Record<string, Quantity>;

/** The values, for interpolation in criteria. */
export const N = Object.fromEntries(Object.entries(quantities).map(([key, { value }]) => [key, value])) as {
  [K in keyof typeof quantities]: (typeof quantities)[K]["value"];
};

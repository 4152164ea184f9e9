import type { Stage } from "../framework/types";

/**
 * The rules an organisation sets for how its answers are scored. They change what the results
 * say, so they are part of the result's inputs, never read from a global.
 */
export interface ScoringPolicy {
  /** A pillar whose share of N/A answers is above this (0 to 1) is flagged and names no stage. */
  naThreshold: number;
  /** A pillar (or the whole assessment) with fewer answers than this share (0 to 1) names no stage. */
  coverageThreshold: number;
  /** The target of a pillar the assessment sets none for. */
  defaultTarget: Stage;
  /** When set, an N/A leaves scoring only once an admin approved it; until then it counts as unanswered. */
  naRequiresApproval: boolean;
}

export const DEFAULT_SCORING_POLICY: Readonly<ScoringPolicy> = Object.freeze({
  naThreshold: 0.25,
  coverageThreshold: 0.8,
  defaultTarget: "advanced",
  naRequiresApproval: false,
});

/**
 * The version of the scoring rules. A snapshot records the version it was scored with, so a
 * result computed under older rules is shown as it was and re-scored only when someone asks.
 * Version 1: the mean per pillar and of pillars (issues up to 12). Version 2: issue 13's rules.
 */
export const SCORING_VERSION = 2;

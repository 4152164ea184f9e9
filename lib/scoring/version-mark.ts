/** How a result scored with older rules is marked wherever it is shown (free of zod, for client bundles). */
import { SCORING_VERSION } from "./policy";

/** Whether a result was computed with rules older than the current ones. */
export const scoredWithOlderRules = (scoringVersion: number) => scoringVersion < SCORING_VERSION;

/** The mark shown beside a result computed with older rules, e.g. "Scored with scoring v1"; empty for current ones. */
export const scoringVersionMark = (scoringVersion: number) => (scoredWithOlderRules(scoringVersion) ? `Scored with scoring v${scoringVersion}` : "");

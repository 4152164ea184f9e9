/**
 * Scores as snapshots store them. A snapshot keeps the result it was computed with, under the
 * scoring version it records; every read of a stored result goes through `storedScores`, so
 * code that shows results never meets a shape older than the current one.
 */
import { SCORING_VERSION } from "./policy";
import type { ScoreResult } from "./types";

/** The stored result in the current shape. */
export function storedScores(json: unknown): ScoreResult {
  return json as ScoreResult;
}

/** Whether a result was computed with rules older than the current ones. */
export const scoredWithOlderRules = (scoringVersion: number) => scoringVersion < SCORING_VERSION;

/** The mark shown beside a result computed with older rules, e.g. "Scored with scoring v1"; empty for current ones. */
export const scoringVersionMark = (scoringVersion: number) => (scoredWithOlderRules(scoringVersion) ? `Scored with scoring v${scoringVersion}` : "");

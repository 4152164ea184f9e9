/**
 * Scores as snapshots store them. A snapshot keeps the result it was computed with, under the
 * scoring version it records; every read of a stored result goes through `storedScores`, so
 * code that shows results meets one shape whatever version wrote it. Fields a version did not
 * compute are filled as "not computed" (null, or what the older rules amounted to), never
 * recomputed: re-scoring is an explicit action.
 */
import { z } from "zod";
import { PILLARS, STAGES, type Stage } from "../framework/types";
import { stageForScore } from "./levels";
import { SCORING_VERSION, type ScoringPolicy } from "./policy";
import type { OverallScore, PillarScore, ScoreResult } from "./types";

/**
 * Version 1's rules in version 2's terms: no N/A threshold, no coverage threshold, no approval,
 * and a pillar without a target aimed at Optimal (as v1's next steps did).
 */
export const V1_POLICY: Readonly<ScoringPolicy> = Object.freeze({ naThreshold: 1, coverageThreshold: 0, defaultTarget: "optimal", naRequiresApproval: false });

const stage = z.enum(STAGES);
const distribution = z.object({ traditional: z.number(), initial: z.number(), advanced: z.number(), optimal: z.number(), not_applicable: z.number(), unanswered: z.number() });
const unrated = z.enum(["not_enough_answers", "too_many_na", "critical_unanswered", "not_scored", "pillars_unrated"]);
const progress = z.object({ toward: stage, share: z.number() }).nullable();

const ZStoredPillar = z.object({
  pillar: z.enum(PILLARS),
  score: z.number().nullable(),
  stage: stage.nullable(),
  unrated: unrated.nullable().optional(),
  meanStage: stage.nullable().optional(),
  weightedSum: z.number(),
  scoredWeight: z.number(),
  distribution,
  answered: z.number(),
  total: z.number(),
  completeness: z.number(),
  naShare: z.number().optional(),
  naFlagged: z.boolean().optional(),
  unanswered: z.array(z.string()),
  // v1 stored null for a pillar without a target.
  target: stage.nullable(),
  targetSource: z.enum(["assessment", "default"]).optional(),
  cappedBy: z.object({ questionId: z.string(), stage }).nullable().optional(),
  unansweredCritical: z.string().nullable().optional(),
  progress: progress.optional(),
  gap: z.number().nullable(),
  gapUnavailable: z.enum(["no_target", "not_scored"]).nullable(),
});

const ZStoredOverall = z.object({
  score: z.number().nullable(),
  stage: stage.nullable(),
  unrated: unrated.nullable().optional(),
  unratedPillars: z.array(z.enum(PILLARS)).optional(),
  meanStage: stage.nullable().optional(),
  distribution,
  answered: z.number(),
  total: z.number(),
  completeness: z.number(),
  naShare: z.number().optional(),
  progress: progress.optional(),
  gap: z.number().nullable().optional(),
  scoredPillars: z.number(),
  weakestPillar: z.object({ pillar: z.enum(PILLARS), score: z.number(), stage: stage.nullable().optional() }).nullable(),
  spread: z.number().nullable(),
});

const ZStoredScores = z.object({
  frameworkId: z.string(),
  scoringVersion: z.int().optional(),
  policy: z.object({ naThreshold: z.number(), coverageThreshold: z.number(), defaultTarget: stage, naRequiresApproval: z.boolean() }).optional(),
  pillars: z.array(ZStoredPillar),
  overall: ZStoredOverall,
  questions: z.array(z.object({ questionId: z.string(), pillar: z.enum(PILLARS), value: z.enum([...STAGES, "not_applicable"]).nullable() })),
  unanswered: z.array(z.string()),
  issues: z.array(z.object({ questionId: z.string(), code: z.string() })),
});

const naShareOf = (part: { distribution: { not_applicable: number }; total: number }) => (part.total === 0 ? 0 : part.distribution.not_applicable / part.total);
const meanStageOf = (score: number | null): Stage | null => (score === null ? null : stageForScore(score));

function pillarOf(stored: z.infer<typeof ZStoredPillar>, policy: ScoringPolicy): PillarScore {
  return {
    ...stored,
    unrated: stored.unrated ?? (stored.stage === null ? "not_scored" : null),
    meanStage: stored.meanStage !== undefined ? stored.meanStage : meanStageOf(stored.score),
    naShare: stored.naShare ?? naShareOf(stored),
    naFlagged: stored.naFlagged ?? false,
    target: stored.target ?? policy.defaultTarget,
    targetSource: stored.targetSource ?? (stored.target === null ? "default" : "assessment"),
    cappedBy: stored.cappedBy ?? null,
    unansweredCritical: stored.unansweredCritical ?? null,
    progress: stored.progress ?? null,
  };
}

function overallOf(stored: z.infer<typeof ZStoredOverall>, pillars: readonly PillarScore[]): OverallScore {
  const weakest = stored.weakestPillar;
  return {
    ...stored,
    unrated: stored.unrated ?? (stored.stage === null ? "not_scored" : null),
    unratedPillars: stored.unratedPillars ?? [],
    meanStage: stored.meanStage !== undefined ? stored.meanStage : meanStageOf(stored.score),
    naShare: stored.naShare ?? naShareOf(stored),
    progress: stored.progress ?? null,
    gap: stored.gap ?? null,
    weakestPillar: weakest && { ...weakest, stage: weakest.stage !== undefined ? weakest.stage : (pillars.find((pillar) => pillar.pillar === weakest.pillar)?.stage ?? null) },
  };
}

function assertKnownVersion(scoringVersion: number): void {
  if (!Number.isInteger(scoringVersion) || scoringVersion < 1 || scoringVersion > SCORING_VERSION) throw new Error(`No scoring version ${scoringVersion} wrote a stored result.`);
}

/** The stored result of a snapshot scored with `scoringVersion`, in the current shape. Throws on a result no version wrote. */
export function storedScores(json: unknown, scoringVersion: number): ScoreResult {
  assertKnownVersion(scoringVersion);
  const stored = ZStoredScores.parse(json);
  const policy = stored.policy ?? V1_POLICY;
  const pillars = stored.pillars.map((pillar) => pillarOf(pillar, policy));
  return {
    ...stored,
    issues: stored.issues as ScoreResult["issues"],
    scoringVersion: stored.scoringVersion ?? scoringVersion,
    policy,
    pillars,
    overall: overallOf(stored.overall, pillars),
  };
}

// SQL yields null for a key an older version did not write.
const absentAsUndefined = <T extends z.ZodType>(schema: T) => schema.nullish().transform((value) => value ?? undefined);

const ZStoredExtract = z.object({
  score: z.number().nullable(),
  stage: stage.nullable(),
  rated: z.object({ unrated: absentAsUndefined(unrated), completeness: z.number().nullable(), naShare: absentAsUndefined(z.number()) }).nullable(),
  pillars: z.array(z.object({ pillar: z.enum(PILLARS), score: z.number().nullable(), target: stage.nullable(), gap: z.number().nullable() })).nullable(),
});
export type StoredExtract = z.infer<typeof ZStoredExtract>;

/**
 * The few fields of a stored result that a query picked out in SQL, so the rest of the JSON stays
 * in the database (the portfolio): checked as `storedScores` checks the whole result.
 */
export function storedExtract(row: { score: unknown; stage: unknown; rated: unknown; pillars: unknown }, scoringVersion: number): StoredExtract {
  assertKnownVersion(scoringVersion);
  return ZStoredExtract.parse(row);
}

import { STAGES, type Framework, type PillarId, type Stage } from "../framework/types";
import { resolveAssessment, type ResolvedAssessment } from "./answers";
import { frameworkIndex } from "./framework-index";
import { levelScore, NO_ANSWER, NOT_APPLICABLE, stageForScore, stageIndex, valueOfLevel } from "./levels";
import { perFramework } from "./per-framework";
import { DEFAULT_SCORING_POLICY, SCORING_VERSION, type ScoringPolicy } from "./policy";
import { pillarTarget } from "./targets";
import type { AnswerInput, Distribution, OverallScore, PillarScore, QuestionOutcome, ScoreResult, StageProgress, Targets, UnratedReason } from "./types";

/** Shares compared with a threshold: 4 of 5 answered is 80% even after floating-point division. */
const TOLERANCE = 1e-9;

/** Running sums while questions are read; counts sit in an array by stage index, as this is the hot loop. */
interface Tally {
  stageCounts: number[];
  notApplicable: number;
  unanswered: string[];
  weightedSum: number;
  scoredWeight: number;
  /** Σ weight × stages short of the question's target. */
  shortfall: number;
  /** The lowest-level important question answered with a stage; the first in framework order on ties. */
  weakestImportant: string | null;
  /** Its level (1 to 4); 5 while there is none. Two fields rather than an object made at each new low. */
  weakestImportantLevel: number;
  /** The first important question left unanswered (or Unknown, or an N/A not accepted). */
  unansweredImportant: string | null;
}

/** A weighted mean of values in [low, high]: with normalised weights the sums can round one ulp outside (3.0000000000000004). */
const boundedMean = (sum: number, weight: number, low: number, high: number) => Math.min(high, Math.max(low, sum / weight));

const emptyTally = (): Tally => ({ stageCounts: [0, 0, 0, 0], notApplicable: 0, unanswered: [], weightedSum: 0, scoredWeight: 0, shortfall: 0, weakestImportant: null, weakestImportantLevel: 5, unansweredImportant: null });

/** The overall tally: every pillar's counts together, unanswered ids pillar by pillar; its sums use normalised weights. */
function mergeTallies(tallies: readonly Tally[]): Tally {
  const merged = emptyTally();
  // Index loops rather than forEach and spread: this runs for every assessment scored.
  for (const tally of tallies) {
    for (let index = 0; index < tally.stageCounts.length; index++) merged.stageCounts[index]! += tally.stageCounts[index]!;
    merged.notApplicable += tally.notApplicable;
    for (let index = 0; index < tally.unanswered.length; index++) merged.unanswered.push(tally.unanswered[index]!);
  }
  return merged;
}

/** Counts read by index: destructuring an array goes through its iterator, which costs more per assessment. */
function distribution({ stageCounts, notApplicable, unanswered }: Tally): Distribution {
  return { traditional: stageCounts[0]!, initial: stageCounts[1]!, advanced: stageCounts[2]!, optimal: stageCounts[3]!, not_applicable: notApplicable, unanswered: unanswered.length };
}

/** Summed by index rather than by reduce, whose callback is a call per count. */
const answeredCount = ({ stageCounts, notApplicable }: Tally) => notApplicable + stageCounts[0]! + stageCounts[1]! + stageCounts[2]! + stageCounts[3]!;

/** From the lowest level up, so a level's outcome is at `level - NOT_APPLICABLE`. */
const OUTCOME_LEVELS = [NOT_APPLICABLE, NO_ANSWER, 0, 1, 2, 3];

/**
 * Every outcome a question can have, one per level (N/A, unanswered, the four stages), made once
 * per framework and frozen: a result lists one per question, and sharing them spares every
 * assessment scored its 80-odd small objects.
 */
const outcomesOf = perFramework((framework): readonly QuestionOutcome[] =>
  framework.questions.flatMap((question) => OUTCOME_LEVELS.map((level) => Object.freeze({ questionId: question.id, pillar: question.pillar, value: valueOfLevel(level) }))),
);

/** A part with no questions has nothing left to answer, so it counts as complete. */
const share = (part: number, total: number) => (total === 0 ? 1 : part / total);
const stageOf = (score: number | null) => (score === null ? null : stageForScore(score));
const nextStage = (stage: Stage): Stage | null => STAGES[stageIndex(stage) + 1] ?? null;

/** What holds the mean's stage down: the weakest important question, when its stage is lower; else null. */
function capOf(meanStage: Stage | null, { weakestImportant, weakestImportantLevel }: Tally): PillarScore["cappedBy"] {
  if (meanStage === null || weakestImportant === null || weakestImportantLevel >= levelScore(meanStage)) return null;
  return { questionId: weakestImportant, stage: STAGES[weakestImportantLevel - 1]! };
}

/**
 * The first rule a part breaks, in the order a reader should fix them: answer more, review N/A,
 * answer the critical questions, score something. An unanswered critical question could be the
 * weakest link, so no stage is named without it (else "Unknown" would dodge the cap).
 */
function unratedReason(completeness: number, naFlagged: boolean, unansweredImportant: string | null, score: number | null, policy: ScoringPolicy): UnratedReason | null {
  if (completeness < policy.coverageThreshold - TOLERANCE) return "not_enough_answers";
  if (naFlagged) return "too_many_na";
  if (unansweredImportant !== null) return "critical_unanswered";
  return score === null ? "not_scored" : null;
}

function pillarScore(pillar: PillarId, tally: Tally, ownTarget: Stage | undefined, policy: ScoringPolicy): PillarScore {
  const { weightedSum, scoredWeight, unanswered } = tally;
  const score = scoredWeight > 0 ? boundedMean(weightedSum, scoredWeight, 1, 4) : null;
  const answered = answeredCount(tally);
  const total = answered + unanswered.length;
  const completeness = share(answered, total);
  const naShare = total === 0 ? 0 : tally.notApplicable / total;
  const naFlagged = naShare > policy.naThreshold + TOLERANCE;
  const meanStage = stageOf(score);
  const cappedBy = capOf(meanStage, tally);
  const unrated = unratedReason(completeness, naFlagged, tally.unansweredImportant, score, policy);
  const stage = unrated ? null : (cappedBy?.stage ?? meanStage);
  const toward = stage && nextStage(stage);
  return {
    pillar,
    score,
    stage,
    unrated,
    meanStage,
    weightedSum,
    scoredWeight,
    distribution: distribution(tally),
    answered,
    total,
    completeness,
    naShare,
    naFlagged,
    unanswered,
    // The pillar's own target was read once when the answers were resolved.
    target: pillarTarget(ownTarget, policy),
    targetSource: ownTarget ? "assessment" : "default",
    cappedBy,
    unansweredCritical: tally.unansweredImportant,
    // A capped pillar moves only when its cap does, so a share of the way would mislead.
    progress: toward && !cappedBy && score !== null ? { toward, share: Math.min(Math.max(score - levelScore(stage), 0), 1 - TOLERANCE) } : null,
    gap: scoredWeight > 0 ? boundedMean(tally.shortfall, scoredWeight, 0, 3) : null,
    gapUnavailable: score === null ? "not_scored" : null,
  };
}

/** The pillar with the lowest named stage (its mean's when unrated), then the lowest score; framework order on ties. */
function weakestPillar(pillars: readonly PillarScore[]): OverallScore["weakestPillar"] {
  let weakest: PillarScore | null = null;
  let weakestRank = 0;
  for (const pillar of pillars) {
    if (pillar.score === null) continue;
    const rank = levelScore((pillar.stage ?? pillar.meanStage)!);
    if (weakest === null || rank < weakestRank || (rank === weakestRank && pillar.score < weakest.score!)) {
      weakest = pillar;
      weakestRank = rank;
    }
  }
  return weakest && { pillar: weakest.pillar, score: weakest.score!, stage: weakest.stage };
}

/** The overall is never named above a pillar, and the way to the next stage is the pillars' way there on average. */
function overallProgress(stage: Stage | null, rated: readonly PillarScore[]): StageProgress | null {
  const toward = stage && nextStage(stage);
  if (!toward || rated.length === 0) return null;
  let sum = 0;
  for (const pillar of rated) sum += pillar.stage === stage ? (pillar.progress?.share ?? 0) : 1;
  return { toward, share: Math.min(sum / rated.length, 1 - TOLERANCE) };
}

function overallScore(pillars: readonly PillarScore[], tally: Tally, sums: { weighted: number; weight: number; shortfall: number }, policy: ScoringPolicy): OverallScore {
  const score = sums.weight > 0 ? boundedMean(sums.weighted, sums.weight, 1, 4) : null;
  const answered = answeredCount(tally);
  const total = answered + tally.unanswered.length;
  const completeness = share(answered, total);
  // One pass over the pillars: those with questions decide the stage, those with a mean the spread.
  const counted: PillarScore[] = [];
  const unratedPillars: PillarId[] = [];
  let lowest: Stage | null = null;
  let low = Number.POSITIVE_INFINITY;
  let high = Number.NEGATIVE_INFINITY;
  let scoredPillars = 0;
  for (const pillar of pillars) {
    if (pillar.score !== null) {
      scoredPillars++;
      low = Math.min(low, pillar.score);
      high = Math.max(high, pillar.score);
    }
    // A pillar with nothing that applies (every answer an accepted N/A) has no stage to hold the overall to.
    if (pillar.total === 0 || (pillar.distribution.not_applicable === pillar.total && !pillar.naFlagged)) continue;
    counted.push(pillar);
    if (pillar.stage === null) unratedPillars.push(pillar.pillar);
    else if (lowest === null || stageIndex(pillar.stage) < stageIndex(lowest)) lowest = pillar.stage;
  }
  const coverage = unratedReason(completeness, false, null, score, policy);
  const unrated = coverage === "not_enough_answers" ? coverage : unratedPillars.length > 0 ? "pillars_unrated" : coverage;
  const stage = unrated ? null : lowest;
  return {
    score,
    stage,
    unrated,
    unratedPillars,
    meanStage: stageOf(score),
    distribution: distribution(tally),
    answered,
    total,
    completeness,
    naShare: total === 0 ? 0 : tally.notApplicable / total,
    progress: overallProgress(stage, counted),
    gap: sums.weight > 0 ? boundedMean(sums.shortfall, sums.weight, 0, 3) : null,
    scoredPillars,
    weakestPillar: weakestPillar(pillars),
    spread: scoredPillars > 0 ? high - low : null,
  };
}

/**
 * Scores an assessment against a framework version under an organisation's policy. Pure and
 * deterministic: for answers with unique question ids the order of the answers does not matter;
 * for a repeated id the last wins. docs/scoring.md states the rules.
 */
export function scoreAssessment(framework: Framework, answers: readonly AnswerInput[], targets: Targets = {}, policy: ScoringPolicy = DEFAULT_SCORING_POLICY): ScoreResult {
  return scoreResolved(framework, resolveAssessment(framework, answers, targets, policy), policy);
}

/** scoreAssessment on answers already resolved, so a caller that also ranks and plans resolves them once. */
export function scoreResolved(framework: Framework, { levels, issues, targetIndexes, ownPillarTargets }: ResolvedAssessment, policy: ScoringPolicy): ScoreResult {
  const { pillarPositions, important, normalisedWeights } = frameworkIndex(framework);
  const tallies = framework.pillars.map(emptyTally);
  const overall = { weighted: 0, weight: 0, shortfall: 0 };
  const { questions } = framework;
  const outcomeTable = outcomesOf(framework);
  const outcomes = new Array<QuestionOutcome>(questions.length);
  for (let position = 0; position < questions.length; position++) {
    const question = questions[position]!;
    // As a 32-bit integer: V8 then keeps the sums below in integer registers rather than tagged values.
    const stage = levels[position]! | 0;
    outcomes[position] = outcomeTable[position * OUTCOME_LEVELS.length + stage - NOT_APPLICABLE]!;
    const tally = tallies[pillarPositions[position]!];
    if (!tally) continue;
    if (stage === NO_ANSWER) {
      tally.unanswered.push(question.id);
      if (important[position] && tally.unansweredImportant === null) tally.unansweredImportant = question.id;
    } else if (stage === NOT_APPLICABLE) tally.notApplicable++;
    else {
      // N/A and unanswered questions stay out of every sum, so they never pull a score down.
      const level = stage + 1;
      // max(0, target - stage) without a branch: answers are random to the processor, and V8
      // compiles Math.max on integers to a branch it would mispredict about every other question.
      const toTarget = (targetIndexes[position]! | 0) - stage;
      const short = toTarget & ~(toTarget >> 31);
      const normalised = normalisedWeights[position]!;
      tally.stageCounts[stage]! += 1;
      tally.weightedSum += question.weight * level;
      tally.scoredWeight += question.weight;
      tally.shortfall += question.weight * short;
      overall.weighted += normalised * level;
      overall.weight += normalised;
      overall.shortfall += normalised * short;
      if (important[position] && level < tally.weakestImportantLevel) {
        tally.weakestImportant = question.id;
        tally.weakestImportantLevel = level;
      }
    }
  }
  const pillars = framework.pillars.map(({ id }, position) => pillarScore(id, tallies[position]!, ownPillarTargets[position], policy));
  const overallTally = mergeTallies(tallies);
  return {
    frameworkId: framework.id,
    scoringVersion: SCORING_VERSION,
    policy: { ...policy },
    pillars,
    overall: overallScore(pillars, overallTally, overall, policy),
    questions: outcomes,
    unanswered: overallTally.unanswered,
    issues,
  };
}

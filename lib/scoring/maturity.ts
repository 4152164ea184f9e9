import { STAGES, type Framework, type PillarId, type Question, type Stage } from "../framework/types";
import { resolveAnswers } from "./answers";
import { frameworkIndex } from "./framework-index";
import { levelScore, stageForScore } from "./levels";
import type { AnswerInput, AnswerValue, Distribution, OverallScore, PillarScore, ScoreResult, Targets } from "./types";

/** Running sums while questions are read; counts sit in an array by stage index, as this is the hot loop. */
interface Tally {
  stageCounts: number[];
  notApplicable: number;
  unanswered: string[];
  weightedSum: number;
  scoredWeight: number;
  /** The lowest-level critical question answered with a stage; the first in framework order on ties. */
  weakestCritical: { questionId: string; level: number } | null;
}

const emptyTally = (): Tally => ({ stageCounts: [0, 0, 0, 0], notApplicable: 0, unanswered: [], weightedSum: 0, scoredWeight: 0, weakestCritical: null });

/** N/A and unanswered questions stay out of both sums, so they never pull a score down. */
function addToTally(tally: Tally, question: Question, value: AnswerValue | null): void {
  if (value === null) tally.unanswered.push(question.id);
  else if (value === "not_applicable") tally.notApplicable++;
  else {
    const level = levelScore(value);
    tally.stageCounts[level - 1]! += 1;
    tally.weightedSum += question.weight * level;
    tally.scoredWeight += question.weight;
    if (question.detail?.importance === "critical" && (tally.weakestCritical === null || level < tally.weakestCritical.level)) {
      tally.weakestCritical = { questionId: question.id, level };
    }
  }
}

/** The overall tally: every pillar's counts together, unanswered ids pillar by pillar. */
function mergeTallies(tallies: readonly Tally[]): Tally {
  const merged = emptyTally();
  for (const tally of tallies) {
    tally.stageCounts.forEach((count, index) => (merged.stageCounts[index]! += count));
    merged.notApplicable += tally.notApplicable;
    merged.unanswered.push(...tally.unanswered);
  }
  return merged;
}

function distribution({ stageCounts: [traditional = 0, initial = 0, advanced = 0, optimal = 0], notApplicable, unanswered }: Tally): Distribution {
  return { traditional, initial, advanced, optimal, not_applicable: notApplicable, unanswered: unanswered.length };
}

const answeredCount = (tally: Tally) => tally.stageCounts.reduce((sum, count) => sum + count, tally.notApplicable);

/** A part with no questions has nothing left to answer, so it counts as complete. */
const completeness = (answered: number, total: number) => (total === 0 ? 1 : answered / total);

const stageOf = (score: number | null) => (score === null ? null : stageForScore(score));

function gapUnavailable(score: number | null, target: Stage | undefined): PillarScore["gapUnavailable"] {
  if (!target) return "no_target";
  return score === null ? "not_scored" : null;
}

/** The stage the score names, held down to the weakest critical question's stage. */
function cappedStage(score: number | null, weakestCritical: Tally["weakestCritical"]) {
  const stage = stageOf(score);
  if (stage === null || weakestCritical === null || weakestCritical.level >= levelScore(stage)) return { stage, cappedBy: null };
  const capped = STAGES[weakestCritical.level - 1]!;
  return { stage: capped, cappedBy: { questionId: weakestCritical.questionId, stage: capped } };
}

function pillarScore(pillar: PillarId, tally: Tally, target: Stage | undefined): PillarScore {
  const { weightedSum, scoredWeight, unanswered } = tally;
  const score = scoredWeight > 0 ? weightedSum / scoredWeight : null;
  const answered = answeredCount(tally);
  const total = answered + unanswered.length;
  const { stage, cappedBy } = cappedStage(score, tally.weakestCritical);
  return {
    pillar,
    score,
    stage,
    cappedBy,
    weightedSum,
    scoredWeight,
    distribution: distribution(tally),
    answered,
    total,
    completeness: completeness(answered, total),
    unanswered,
    target: target ?? null,
    // A capped pillar is measured from its cap, so "held at Initial" is never "on target" for Advanced.
    gap: target && score !== null ? Math.max(0, levelScore(target) - (cappedBy ? Math.min(score, levelScore(cappedBy.stage)) : score)) : null,
    gapUnavailable: gapUnavailable(score, target),
  };
}

type ScoredPillar = PillarScore & { score: number };
const hasScore = (pillar: PillarScore): pillar is ScoredPillar => pillar.score !== null;

/** The mean hides a weak pillar, so the weakest pillar and the spread go beside it. */
function overallScore(pillars: readonly PillarScore[], tally: Tally): OverallScore {
  const scored = pillars.filter(hasScore);
  const scores = scored.map((pillar) => pillar.score);
  const score = scored.length > 0 ? scores.reduce((sum, each) => sum + each, 0) / scored.length : null;
  // Strict "<" keeps the first pillar in framework order on ties.
  const weakest = scored.reduce<ScoredPillar | null>((low, pillar) => (low === null || pillar.score < low.score ? pillar : low), null);
  const answered = answeredCount(tally);
  const total = answered + tally.unanswered.length;
  return {
    score,
    stage: stageOf(score),
    distribution: distribution(tally),
    answered,
    total,
    completeness: completeness(answered, total),
    scoredPillars: scored.length,
    weakestPillar: weakest && { pillar: weakest.pillar, score: weakest.score },
    spread: scored.length > 0 ? Math.max(...scores) - Math.min(...scores) : null,
  };
}

/**
 * Scores an assessment against a framework version. Pure and deterministic: for answers with
 * unique question ids the order of the answers does not matter; for a repeated id the last wins.
 */
export function scoreAssessment(framework: Framework, answers: readonly AnswerInput[], targets: Targets = {}): ScoreResult {
  const { values, issues } = resolveAnswers(framework, answers);
  const { pillarPositions } = frameworkIndex(framework);
  const tallies = framework.pillars.map(emptyTally);
  framework.questions.forEach((question, position) => {
    const tally = tallies[pillarPositions[position]!];
    if (tally) addToTally(tally, question, values[position]!);
  });
  const overallTally = mergeTallies(tallies);
  const pillars = framework.pillars.map(({ id }, position) => pillarScore(id, tallies[position]!, targets[id]));
  return {
    frameworkId: framework.id,
    pillars,
    overall: overallScore(pillars, overallTally),
    questions: framework.questions.map((question, position) => ({ questionId: question.id, pillar: question.pillar, value: values[position]! })),
    unanswered: overallTally.unanswered,
    issues,
  };
}

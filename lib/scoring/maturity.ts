import type { Framework, PillarId, Question, Stage } from "../framework/types";
import { resolveAnswers } from "./answers";
import { frameworkIndex } from "./framework-index";
import { LEVEL_SCORE, stageForScore } from "./levels";
import type { AnswerInput, AnswerValue, Distribution, OverallScore, PillarScore, ScoreResult, Targets } from "./types";

const DISTRIBUTION_KEYS = ["traditional", "initial", "advanced", "optimal", "not_applicable", "unanswered"] as const;

const emptyDistribution = (): Distribution => ({
  traditional: 0,
  initial: 0,
  advanced: 0,
  optimal: 0,
  not_applicable: 0,
  unanswered: 0,
});

/** A part with no questions has nothing left to answer, so it counts as complete. */
const completeness = (answered: number, total: number) => (total === 0 ? 1 : answered / total);

/** The running sums of one pillar while its questions are read. */
interface Tally {
  distribution: Distribution;
  unanswered: string[];
  weightedSum: number;
  scoredWeight: number;
  total: number;
}

const emptyTally = (): Tally => ({ distribution: emptyDistribution(), unanswered: [], weightedSum: 0, scoredWeight: 0, total: 0 });

/** N/A and unanswered questions stay out of both sums, so they never pull a score down. */
function addToTally(tally: Tally, question: Question, value: AnswerValue | null): void {
  tally.total++;
  if (value === null) {
    tally.distribution.unanswered++;
    tally.unanswered.push(question.id);
    return;
  }
  tally.distribution[value]++;
  if (value === "not_applicable") return;
  tally.weightedSum += question.weight * LEVEL_SCORE[value];
  tally.scoredWeight += question.weight;
}

function gapToTarget(score: number | null, target: Stage | undefined): Pick<PillarScore, "target" | "gap" | "gapUnavailable"> {
  if (!target) return { target: null, gap: null, gapUnavailable: "no_target" };
  if (score === null) return { target, gap: null, gapUnavailable: "not_scored" };
  return { target, gap: Math.max(0, LEVEL_SCORE[target] - score), gapUnavailable: null };
}

function pillarScore(pillar: PillarId, tally: Tally, target: Stage | undefined): PillarScore {
  const { distribution, unanswered, weightedSum, scoredWeight, total } = tally;
  const score = scoredWeight > 0 ? weightedSum / scoredWeight : null;
  const answered = total - unanswered.length;
  return {
    pillar,
    score,
    stage: score === null ? null : stageForScore(score),
    weightedSum,
    scoredWeight,
    distribution,
    answered,
    total,
    completeness: completeness(answered, total),
    unanswered,
    ...gapToTarget(score, target),
  };
}

function sumDistributions(pillars: readonly PillarScore[]): Distribution {
  const sum = emptyDistribution();
  for (const { distribution } of pillars) {
    for (const key of DISTRIBUTION_KEYS) sum[key] += distribution[key];
  }
  return sum;
}

type ScoredPillar = PillarScore & { score: number };
const hasScore = (pillar: PillarScore): pillar is ScoredPillar => pillar.score !== null;

/** The mean hides a weak pillar, so the weakest pillar and the spread go beside it. */
function overallScore(pillars: readonly PillarScore[]): OverallScore {
  const scored = pillars.filter(hasScore);
  const scores = scored.map((pillar) => pillar.score);
  const score = scored.length > 0 ? scores.reduce((sum, each) => sum + each, 0) / scored.length : null;
  // Strict "<" keeps the first pillar in framework order on ties.
  const weakest = scored.reduce<ScoredPillar | null>((low, pillar) => (low === null || pillar.score < low.score ? pillar : low), null);
  const answered = pillars.reduce((sum, pillar) => sum + pillar.answered, 0);
  const total = pillars.reduce((sum, pillar) => sum + pillar.total, 0);
  return {
    score,
    stage: score === null ? null : stageForScore(score),
    distribution: sumDistributions(pillars),
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
    if (tally) addToTally(tally, question, values[position] ?? null);
  });
  const pillars = framework.pillars.map(({ id }, position) => pillarScore(id, tallies[position]!, targets[id]));
  return {
    frameworkId: framework.id,
    pillars,
    overall: overallScore(pillars),
    questions: framework.questions.map((question, position) => ({ questionId: question.id, pillar: question.pillar, value: values[position] ?? null })),
    unanswered: framework.questions.filter((_, position) => values[position] === null).map((question) => question.id),
    issues,
  };
}

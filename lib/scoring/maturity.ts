import type { Framework, PillarId, Stage } from "../framework/types";
import { resolveAnswers, type ResolvedAnswer } from "./answers";
import { LEVEL_SCORE, stageForScore } from "./levels";
import type { AnswerInput, Distribution, OverallScore, PillarScore, ScoreResult, Targets } from "./types";

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

function gapToTarget(score: number | null, target: Stage | undefined): Pick<PillarScore, "target" | "gap" | "gapUnavailable"> {
  if (!target) return { target: null, gap: null, gapUnavailable: "no_target" };
  if (score === null) return { target, gap: null, gapUnavailable: "not_scored" };
  return { target, gap: Math.max(0, LEVEL_SCORE[target] - score), gapUnavailable: null };
}

/** Weighted mean of the stage answers; N/A and unanswered questions stay out of both sums. */
function scorePillar(pillar: PillarId, answers: readonly ResolvedAnswer[], target: Stage | undefined): PillarScore {
  const distribution = emptyDistribution();
  const unanswered: string[] = [];
  let weightedSum = 0;
  let scoredWeight = 0;
  for (const { question, value } of answers) {
    if (value === null) {
      distribution.unanswered++;
      unanswered.push(question.id);
      continue;
    }
    distribution[value]++;
    if (value === "not_applicable") continue;
    weightedSum += question.weight * LEVEL_SCORE[value];
    scoredWeight += question.weight;
  }
  const score = scoredWeight > 0 ? weightedSum / scoredWeight : null;
  const answered = answers.length - unanswered.length;
  return {
    pillar,
    score,
    stage: score === null ? null : stageForScore(score),
    weightedSum,
    scoredWeight,
    distribution,
    answered,
    total: answers.length,
    completeness: completeness(answered, answers.length),
    unanswered,
    ...gapToTarget(score, target),
  };
}

function sumDistributions(pillars: readonly PillarScore[]): Distribution {
  const total = emptyDistribution();
  for (const { distribution } of pillars) {
    for (const key of Object.keys(total) as (keyof Distribution)[]) total[key] += distribution[key];
  }
  return total;
}

type ScoredPillar = PillarScore & { score: number };
const hasScore = (pillar: PillarScore): pillar is ScoredPillar => pillar.score !== null;

/** The mean hides a weak pillar, so the weakest pillar and the spread go beside it. */
function scoreOverall(pillars: readonly PillarScore[]): OverallScore {
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

function groupByPillar(framework: Framework, answers: readonly ResolvedAnswer[]): Map<PillarId, ResolvedAnswer[]> {
  const groups = new Map<PillarId, ResolvedAnswer[]>(framework.pillars.map((pillar) => [pillar.id, []]));
  for (const answer of answers) groups.get(answer.question.pillar)?.push(answer);
  return groups;
}

/**
 * Scores an assessment against a framework version. Pure and deterministic: for answers with
 * unique question ids the order of the answers does not matter; for a repeated id the last wins.
 */
export function scoreAssessment(framework: Framework, answers: readonly AnswerInput[], targets: Targets = {}): ScoreResult {
  const resolved = resolveAnswers(framework, answers);
  const pillars = [...groupByPillar(framework, resolved.answers)].map(([pillar, pillarAnswers]) =>
    scorePillar(pillar, pillarAnswers, targets[pillar]),
  );
  return {
    frameworkId: framework.id,
    pillars,
    overall: scoreOverall(pillars),
    questions: resolved.answers.map(({ question, value }) => ({ questionId: question.id, pillar: question.pillar, value })),
    unanswered: resolved.answers.filter(({ value }) => value === null).map(({ question }) => question.id),
    issues: resolved.issues,
  };
}

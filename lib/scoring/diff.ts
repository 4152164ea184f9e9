import type { Stage } from "../framework/types";
import { stageIndex } from "./levels";
import type {
  AnswerValue,
  PillarChange,
  PillarScore,
  QuestionChange,
  QuestionChangeDirection,
  QuestionOutcome,
  ScoreChange,
  ScoreDiff,
  ScoreResult,
} from "./types";

function changeDirection(before: AnswerValue | null, after: AnswerValue | null): QuestionChangeDirection | null {
  if (before === after) return null;
  if (before === null) return "added";
  if (after === null) return "removed";
  if (before === "not_applicable" || after === "not_applicable") return "changed";
  return stageIndex(after) > stageIndex(before) ? "up" : "down";
}

/** Questions in the order of the later result; those only the earlier one has (another version) go last. */
function questionChanges(before: readonly QuestionOutcome[], after: readonly QuestionOutcome[]): QuestionChange[] {
  const beforeValues = new Map(before.map((outcome) => [outcome.questionId, outcome.value]));
  const afterIds = new Set(after.map((outcome) => outcome.questionId));
  const compared = [
    ...after.map((outcome) => ({ outcome, before: beforeValues.get(outcome.questionId) ?? null, after: outcome.value })),
    ...before.filter((outcome) => !afterIds.has(outcome.questionId)).map((outcome) => ({ outcome, before: outcome.value, after: null })),
  ];
  return compared.flatMap(({ outcome, before, after }) => {
    const direction = changeDirection(before, after);
    return direction ? [{ questionId: outcome.questionId, pillar: outcome.pillar, before, after, direction }] : [];
  });
}

interface Scored {
  score: number | null;
  stage: Stage | null;
}

function scoreChange(before: Scored | undefined, after: Scored | undefined): ScoreChange {
  const beforeScore = before?.score ?? null;
  const afterScore = after?.score ?? null;
  const beforeStage = before?.stage ?? null;
  const afterStage = after?.stage ?? null;
  return {
    before: beforeScore,
    after: afterScore,
    delta: beforeScore !== null && afterScore !== null ? afterScore - beforeScore : null,
    beforeStage,
    afterStage,
    stageChanged: beforeStage !== afterStage,
  };
}

function pillarChanges(before: readonly PillarScore[], after: readonly PillarScore[]): PillarChange[] {
  const beforeById = new Map(before.map((pillar) => [pillar.pillar, pillar]));
  const afterById = new Map(after.map((pillar) => [pillar.pillar, pillar]));
  const pillarIds = [...afterById.keys(), ...[...beforeById.keys()].filter((id) => !afterById.has(id))];
  return pillarIds.map((pillar) => ({ pillar, ...scoreChange(beforeById.get(pillar), afterById.get(pillar)) }));
}

/** What moved between two scored results, e.g. two snapshots of the same assessment. */
export function diffScores(before: ScoreResult, after: ScoreResult): ScoreDiff {
  return {
    questions: questionChanges(before.questions, after.questions),
    pillars: pillarChanges(before.pillars, after.pillars),
    overall: scoreChange(before.overall, after.overall),
  };
}

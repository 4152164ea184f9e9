import { STAGES, type Framework } from "../framework/types";
import { perFramework } from "./per-framework";

/** A prerequisite with positions instead of ids: reaching stage `level` needs question `position` at `atLeast` or above. */
export interface IndexedPrerequisite {
  level: number;
  position: number;
  atLeast: number;
  questionId: string;
}

export interface FrameworkIndex {
  /** Position in `framework.questions` by question id. */
  questionPositions: ReadonlyMap<string, number>;
  /** For each question, the position of its pillar in `framework.pillars` (-1 if not listed). */
  pillarPositions: readonly number[];
  /** For each question, its prerequisites (zt-2026.2 on); empty lists for zt-2026.1. */
  prerequisites: readonly (readonly IndexedPrerequisite[])[];
  /** For each question, whether N/A may be answered (zt-2026.2 `naAllowed`; always before it). */
  naAllowed: readonly boolean[];
  /** For each question, whether it caps its pillar (`importance` "critical"; weight 3 before zt-2026.2). */
  important: readonly boolean[];
  /**
   * For each question, its weight normalised within its pillar: weight × questions ÷ Σ weights.
   * Weights rank questions within a pillar; normalised, they average 1 in every pillar, so a
   * question's pull on the overall does not depend on how many questions its pillar has.
   */
  normalisedWeights: readonly number[];
  /** Whether two questions share a next-step action, which next steps then fold into one. */
  duplicateActions: boolean;
  /** The question groups (zt-2026.2), each once, numbered by id, and for each question its group's number (-1 without one). */
  groupIndexes: ReadonlyMap<string, number>;
  groupPositions: readonly number[];
}

function buildIndex(framework: Framework): FrameworkIndex {
  const pillarIds = framework.pillars.map((pillar) => pillar.id);
  const questionPositions = new Map(framework.questions.map((question, position) => [question.id, position]));
  const none: readonly IndexedPrerequisite[] = [];
  const pillarWeights = new Map<string, { count: number; sum: number }>();
  for (const { pillar, weight } of framework.questions) {
    const entry = pillarWeights.get(pillar) ?? { count: 0, sum: 0 };
    pillarWeights.set(pillar, { count: entry.count + 1, sum: entry.sum + weight });
  }
  const groupIds = [...new Set(framework.questions.flatMap((question) => (question.detail ? [question.detail.group] : [])))];
  return {
    groupIndexes: new Map(groupIds.map((id, index) => [id, index])),
    groupPositions: framework.questions.map((question) => (question.detail ? groupIds.indexOf(question.detail.group) : -1)),
    questionPositions,
    pillarPositions: framework.questions.map((question) => pillarIds.indexOf(question.pillar)),
    naAllowed: framework.questions.map((question) => question.detail?.naAllowed ?? true),
    important: framework.questions.map((question) => (question.detail ? question.detail.importance === "critical" : question.weight === 3)),
    duplicateActions: (() => {
      const actions = framework.questions.flatMap((question) => Object.values(question.nextSteps).map((step) => step.action.trim().toLowerCase()));
      return new Set(actions).size < actions.length;
    })(),
    normalisedWeights: framework.questions.map(({ pillar, weight }) => {
      const { count, sum } = pillarWeights.get(pillar)!;
      return (weight * count) / sum;
    }),
    prerequisites: framework.questions.map((question) => {
      const list = (question.detail?.prerequisites ?? []).flatMap(({ level, question: questionId, atLeast }) => {
        const position = questionPositions.get(questionId);
        return position === undefined ? [] : [{ level: STAGES.indexOf(level), position, atLeast: STAGES.indexOf(atLeast), questionId }];
      });
      return list.length > 0 ? list : none;
    }),
  };
}

/** Built once per framework (per-framework.ts). */
export const frameworkIndex = perFramework(buildIndex);

import { STAGES, type Framework } from "../framework/types";

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
}

const indexes = new WeakMap<Framework, FrameworkIndex>();

function buildIndex(framework: Framework): FrameworkIndex {
  const pillarIds = framework.pillars.map((pillar) => pillar.id);
  const questionPositions = new Map(framework.questions.map((question, position) => [question.id, position]));
  const none: readonly IndexedPrerequisite[] = [];
  return {
    questionPositions,
    pillarPositions: framework.questions.map((question) => pillarIds.indexOf(question.pillar)),
    prerequisites: framework.questions.map((question) => {
      const list = (question.detail?.prerequisites ?? []).flatMap(({ level, question: questionId, atLeast }) => {
        const position = questionPositions.get(questionId);
        return position === undefined ? [] : [{ level: STAGES.indexOf(level), position, atLeast: STAGES.indexOf(atLeast), questionId }];
      });
      return list.length > 0 ? list : none;
    }),
  };
}

/**
 * Built once per framework object: scoring runs once per assessment, and a released framework
 * never changes (a framework edited in place after being scored would be served stale).
 */
export function frameworkIndex(framework: Framework): FrameworkIndex {
  let index = indexes.get(framework);
  if (!index) {
    index = buildIndex(framework);
    indexes.set(framework, index);
  }
  return index;
}

import type { Framework } from "../framework/types";

export interface FrameworkIndex {
  /** Position in `framework.questions` by question id. */
  questionPositions: ReadonlyMap<string, number>;
  /** For each question, the position of its pillar in `framework.pillars` (-1 if not listed). */
  pillarPositions: readonly number[];
}

const indexes = new WeakMap<Framework, FrameworkIndex>();

function buildIndex(framework: Framework): FrameworkIndex {
  const pillarIds = framework.pillars.map((pillar) => pillar.id);
  return {
    questionPositions: new Map(framework.questions.map((question, position) => [question.id, position])),
    pillarPositions: framework.questions.map((question) => pillarIds.indexOf(question.pillar)),
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

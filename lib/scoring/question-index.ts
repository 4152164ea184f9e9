import type { Framework, Question } from "../framework/types";

const questionMaps = new WeakMap<Framework, ReadonlyMap<string, Question>>();

/**
 * Questions by id, built once per framework object: scoring runs once per assessment, and a
 * released framework never changes (a framework edited in place after scoring would be stale).
 */
export function questionsById(framework: Framework): ReadonlyMap<string, Question> {
  let questions = questionMaps.get(framework);
  if (!questions) {
    questions = new Map(framework.questions.map((question) => [question.id, question]));
    questionMaps.set(framework, questions);
  }
  return questions;
}

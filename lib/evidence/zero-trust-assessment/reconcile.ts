import type { Framework, Stage } from "@/lib/framework/types";
import type { AnswerChoice, NextStepItem } from "@/lib/scoring/types";
import type { ZtaRisk } from "./report";
import type { ZtaTestResult } from "./results";

/** Where a tool test gives evidence: the mapping table's answer (mapping.ts). */
export interface TestTarget {
  questionIds: readonly string[];
  stage: Stage;
}
export type MapTest = (test: Pick<ZtaTestResult, "id" | "pillars" | "category">) => TestTarget | null;

/** The latest run of one tenant. */
export interface EvidenceRun {
  importId: string;
  tenant: string;
  tests: readonly ZtaTestResult[];
}

export interface MappedTest extends ZtaTestResult {
  importId: string;
  tenant: string;
  /** The stage whose criteria the test checks. */
  stage: Stage;
}

/** How far an answer is backed: only the tool's own verdicts (passed, failed) count. */
export type Confidence = "self_rated" | "supported" | "contradicted";
export type Contradiction = "rated_high_while_failing" | "rated_traditional_while_passing";

export interface QuestionEvidence {
  questionId: string;
  tests: MappedTest[];
  passed: number;
  failed: number;
  /** Failed tests the tool ranks Critical or High. */
  failedSevere: number;
  /** None for a question not rated with a stage (unanswered, Unknown, N/A). */
  confidence: Confidence | null;
  contradiction: Contradiction | null;
}

export interface Reconciliation {
  /** Questions with mapped tests, in framework order. */
  questions: QuestionEvidence[];
  /** Tests the mapping places nowhere: listed, never dropped. */
  unmapped: (ZtaTestResult & { importId: string; tenant: string })[];
  contradicted: number;
  supported: number;
}

const SEVERE: ReadonlySet<ZtaRisk> = new Set(["Critical", "High"]);
const HIGH_STAGES: ReadonlySet<AnswerChoice> = new Set(["advanced", "optimal"]);

/** The confidence of one answer given its question's tests; the questionnaire re-judges as the answer changes. */
export function judgeAnswer(value: AnswerChoice | null | undefined, { tests, failedSevere }: Pick<QuestionEvidence, "tests" | "failedSevere">): Pick<QuestionEvidence, "confidence" | "contradiction"> {
  if (value == null || value === "unknown" || value === "not_applicable") return { confidence: null, contradiction: null };
  if (HIGH_STAGES.has(value) && failedSevere > 0) return { confidence: "contradicted", contradiction: "rated_high_while_failing" };
  if (value === "traditional" && tests.every((test) => test.status === "Passed")) return { confidence: "contradicted", contradiction: "rated_traditional_while_passing" };
  const decisive = tests.some((test) => test.status === "Passed" || test.status === "Failed");
  return { confidence: decisive ? "supported" : "self_rated", contradiction: null };
}

/**
 * Sets each answer beside the tool's tests mapped to its question: rated Advanced or Optimal
 * while a Critical or High test fails, or Traditional while every mapped test passes, is a
 * contradiction; any other answer with a passed or failed test is supported.
 */
export function reconcile(framework: Framework, answers: ReadonlyMap<string, AnswerChoice>, runs: readonly EvidenceRun[], mapTest: MapTest): Reconciliation {
  const byQuestion = new Map<string, MappedTest[]>();
  const unmapped: Reconciliation["unmapped"] = [];
  for (const run of runs) {
    for (const test of run.tests) {
      const target = mapTest(test);
      if (!target) {
        unmapped.push({ ...test, importId: run.importId, tenant: run.tenant });
        continue;
      }
      for (const questionId of target.questionIds) {
        const list = byQuestion.get(questionId) ?? [];
        list.push({ ...test, importId: run.importId, tenant: run.tenant, stage: target.stage });
        byQuestion.set(questionId, list);
      }
    }
  }
  const questions: QuestionEvidence[] = [];
  for (const question of framework.questions) {
    const tests = byQuestion.get(question.id);
    if (!tests) continue;
    const failed = tests.filter((test) => test.status === "Failed");
    const failedSevere = failed.filter((test) => SEVERE.has(test.risk)).length;
    questions.push({
      questionId: question.id,
      tests,
      passed: tests.filter((test) => test.status === "Passed").length,
      failed: failed.length,
      failedSevere,
      ...judgeAnswer(answers.get(question.id), { tests, failedSevere }),
    });
  }
  return {
    questions,
    unmapped,
    contradicted: questions.filter((question) => question.confidence === "contradicted").length,
    supported: questions.filter((question) => question.confidence === "supported").length,
  };
}

/** A failed test offered as a next step, with the tool's own risk, impact and cost. */
export interface CandidateStep {
  test: MappedTest;
  questionIds: string[];
  /** Questions whose own next step reaches the stage this test checks: the two say the same thing. */
  sameAs: NextStepItem[];
}

const RISK_ORDER: Record<ZtaRisk, number> = { Critical: 0, High: 1, Medium: 2, Low: 3, Unranked: 4 };
const LEVEL_ORDER: Record<string, number> = { High: 0, Medium: 1, Low: 2 };
const level = (value: string | null, fallback: number) => (value !== null && Object.hasOwn(LEVEL_ORDER, value) ? LEVEL_ORDER[value]! : fallback);

/**
 * One candidate per failed test (per tenant), ranked by the tool's risk, then higher user
 * impact, then lower implementation cost. A candidate is merged with a question's next step
 * when that step reaches the stage the test checks.
 */
export function candidateSteps(evidence: Reconciliation, nextSteps: readonly NextStepItem[]): CandidateStep[] {
  const stepOf = new Map(nextSteps.map((step) => [step.questionId, step]));
  const candidates = new Map<string, CandidateStep>();
  for (const question of evidence.questions) {
    for (const test of question.tests) {
      if (test.status !== "Failed") continue;
      const key = `${test.importId}\u0000${test.id}`;
      const candidate = candidates.get(key) ?? { test, questionIds: [], sameAs: [] };
      candidate.questionIds.push(question.questionId);
      const step = stepOf.get(question.questionId);
      if (step && step.toStage === test.stage) candidate.sameAs.push(step);
      candidates.set(key, candidate);
    }
  }
  return [...candidates.values()].sort(
    (a, b) =>
      RISK_ORDER[a.test.risk] - RISK_ORDER[b.test.risk] ||
      level(a.test.impact, 3) - level(b.test.impact, 3) ||
      level(b.test.implementationCost, -1) - level(a.test.implementationCost, -1) ||
      a.test.tenant.localeCompare(b.test.tenant) ||
      a.test.id.localeCompare(b.test.id),
  );
}

/** The reconciliation as the API's scores carry it: per question, its verdict and the tests behind it. */
export function evidenceForApi(evidence: Reconciliation) {
  return {
    contradicted: evidence.contradicted,
    supported: evidence.supported,
    questions: evidence.questions.map(({ questionId, confidence, contradiction, passed, failed, failedSevere, tests }) => ({
      questionId,
      confidence,
      contradiction,
      passed,
      failed,
      failedSevere,
      tests: tests.map(({ importId, id, title, status, risk, stage }) => ({ importId, id, title, status, risk, stage })),
    })),
  };
}

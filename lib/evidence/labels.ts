import type { Confidence, QuestionEvidence } from "./zero-trust-assessment/reconcile";

export const CONFIDENCE_LABELS: Record<Confidence, string> = {
  self_rated: "Self-rated",
  supported: "Supported by evidence",
  contradicted: "Contradicted by evidence",
};

const plural = (count: number, word: string) => `${count} ${word}${count === 1 ? "" : "s"}`;

/** The tests behind a question in a few words: "3 passed, 1 failed (1 Critical or High)". */
export function testTally({ tests, passed, failed, failedSevere }: Pick<QuestionEvidence, "tests" | "passed" | "failed" | "failedSevere">): string {
  const other = tests.length - passed - failed;
  const parts = [`${passed} passed`, `${failed} failed${failedSevere > 0 ? ` (${failedSevere} Critical or High)` : ""}`];
  if (other > 0) parts.push(`${other} without a verdict`);
  return `${plural(tests.length, "tool test")}: ${parts.join(", ")}`;
}

/** Why an answer is flagged, in the reader's words. */
export function contradictionText(evidence: Pick<QuestionEvidence, "contradiction" | "failedSevere" | "tests">): string | null {
  switch (evidence.contradiction) {
    case "rated_high_while_failing":
      return `Rated Advanced or higher while ${plural(evidence.failedSevere, "Critical or High-risk test")} ${evidence.failedSevere === 1 ? "fails" : "fail"}.`;
    case "rated_traditional_while_passing":
      return `Rated Traditional while ${evidence.tests.length === 1 ? "the one mapped test passes" : `all ${evidence.tests.length} mapped tests pass`}.`;
    case null:
      return null;
  }
}

/** "7 ratings contradicted by tool evidence" */
export const contradictedText = (count: number) => `${plural(count, "rating")} contradicted by tool evidence`;

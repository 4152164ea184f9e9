import type { AssessmentDetail } from "@/lib/server/assessments";

/** An assessment as the API returns it: answers have their own resource. An Unknown answer is not answered. */
export function assessmentJson({ answers, ...assessment }: AssessmentDetail) {
  return { ...assessment, answered: answers.filter((answer) => answer.value !== "unknown").length };
}

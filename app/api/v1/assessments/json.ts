import type { AssessmentDetail } from "@/lib/server/assessments";

/** An assessment as the API returns it: answers have their own resource. */
export function assessmentJson({ answers, ...assessment }: AssessmentDetail) {
  return { ...assessment, answered: answers.length };
}

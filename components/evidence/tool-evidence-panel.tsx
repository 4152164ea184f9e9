import { contradictionText } from "@/lib/evidence/labels";
import { judgeAnswer, type QuestionEvidence } from "@/lib/evidence/zero-trust-assessment/reconcile";
import type { AnswerChoice } from "@/lib/scoring/types";
import { ConfidenceBadge } from "./confidence-badge";
import { ToolTestList } from "./tool-test-list";

/**
 * Beside an answer in the questionnaire: the imported tool tests mapped to its question and
 * whether they back the answer as it stands now, re-judged as the architect changes it.
 */
export function ToolEvidencePanel({ assessmentId, evidence, value }: { assessmentId: string; evidence: QuestionEvidence; value: AnswerChoice | null }) {
  const { confidence, contradiction } = judgeAnswer(value, evidence);
  const why = contradictionText({ ...evidence, contradiction });
  return (
    <section aria-label="Tool evidence" className="grid gap-2 rounded-lg border border-border p-3" data-confidence={confidence ?? "none"}>
      <div className="flex flex-wrap items-center gap-2">
        <h3 className="text-sm font-semibold">Tool evidence</h3>
        {confidence ? <ConfidenceBadge confidence={confidence} /> : null}
      </div>
      {why ? <p className="text-sm">{why}</p> : null}
      <ToolTestList assessmentId={assessmentId} evidence={evidence} className="text-muted-foreground [&_ul]:text-foreground" />
    </section>
  );
}

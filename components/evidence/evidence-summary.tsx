import Link from "next/link";
import { contradictedText, contradictionText } from "@/lib/evidence/labels";
import type { Reconciliation } from "@/lib/evidence/zero-trust-assessment/reconcile";

/** The dashboard's word on tool evidence: how many ratings it contradicts and which. Nothing when no run was imported. */
export function EvidenceSummary({ assessmentId, reconciliation, questionTitle }: { assessmentId: string; reconciliation: Reconciliation; questionTitle: (questionId: string) => string }) {
  if (reconciliation.questions.length === 0) return null;
  const contradicted = reconciliation.questions.filter((question) => question.confidence === "contradicted");
  return (
    <section aria-labelledby="evidence-heading" className="grid gap-2 rounded-lg border border-border p-4 text-sm">
      <div className="flex flex-wrap items-baseline justify-between gap-2">
        <h2 id="evidence-heading" className="font-semibold">
          {contradictedText(contradicted.length)}
        </h2>
        <Link href={`/assessments/${assessmentId}/evidence`} className="text-primary underline-offset-2 hover:underline">
          See the evidence
        </Link>
      </div>
      <p className="text-muted-foreground">
        {reconciliation.supported} supported by the tool&apos;s tests; {reconciliation.questions.length - reconciliation.supported - contradicted.length} of the questions the tests speak to are self-rated or not rated.
      </p>
      {contradicted.length > 0 ? (
        <ul className="grid gap-1">
          {contradicted.map((question) => (
            <li key={question.questionId} data-question={question.questionId}>
              <Link href={`/assessments/${assessmentId}?q=${question.questionId}`} className="hover:underline">
                <span className="font-mono text-xs">{question.questionId}</span> {questionTitle(question.questionId)}
              </Link>
              : {contradictionText(question)}
            </li>
          ))}
        </ul>
      ) : null}
    </section>
  );
}

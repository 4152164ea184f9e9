import Link from "next/link";
import { testTally } from "@/lib/evidence/labels";
import type { QuestionEvidence } from "@/lib/evidence/zero-trust-assessment/reconcile";
import { TestStatus } from "./test-status";

/** A question's tool tests behind their tally, each linking to its own page. */
export function ToolTestList({ assessmentId, evidence, className }: { assessmentId: string; evidence: QuestionEvidence; className?: string }) {
  return (
    <details className={className}>
      <summary className="cursor-pointer text-sm">{testTally(evidence)}</summary>
      <ul className="mt-2 grid gap-1">
        {evidence.tests.map((test) => (
          <li key={`${test.importId}-${test.id}`} className="flex flex-wrap items-center gap-2 text-xs">
            <TestStatus status={test.status} />
            <span className="text-muted-foreground">{test.risk}</span>
            <Link href={`/assessments/${assessmentId}/evidence/${test.importId}/${encodeURIComponent(test.id)}`} className="text-primary underline-offset-2 hover:underline">
              {test.title}
            </Link>
          </li>
        ))}
      </ul>
    </details>
  );
}

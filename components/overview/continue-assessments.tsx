import Link from "next/link";
import { ArrowRight } from "lucide-react";
import { ProgressBar } from "@/components/assessments/progress-bar";
import { StatusBadge } from "@/components/assessments/status-badge";
import type { OverviewAssessment } from "@/lib/server/overview";

/** Each unfinished assessment with a link straight to its first unanswered question. */
export function ContinueAssessments({ assessments }: { assessments: OverviewAssessment[] }) {
  return (
    <section aria-labelledby="continue-heading" className="grid gap-3">
      <h2 id="continue-heading" className="text-lg font-semibold">
        Continue answering
      </h2>
      {assessments.length === 0 ? (
        <p className="text-sm text-muted-foreground">Every question of every open assessment is answered. Record a snapshot to track progress.</p>
      ) : (
        <ul className="grid gap-3 md:grid-cols-2 xl:grid-cols-3">
          {assessments.map((row) => (
            <li key={row.id} className="grid content-start gap-2 rounded-lg border border-border bg-card p-4">
              <div className="flex items-start justify-between gap-2">
                <Link href={`/assessments/${row.id}`} className="font-medium text-primary hover:underline">
                  {row.name}
                </Link>
                <StatusBadge status={row.status} />
              </div>
              <ProgressBar value={row.total ? row.answered / row.total : 0} label={`${row.name}: ${row.answered} of ${row.total} answered`} />
              <p className="text-xs text-muted-foreground">
                {row.answered} of {row.total} answered
              </p>
              {row.continueAt ? (
                <Link
                  href={`/assessments/${row.id}?q=${encodeURIComponent(row.continueAt.questionId)}`}
                  className="group flex items-start gap-1.5 text-sm font-medium text-primary underline-offset-4 hover:underline"
                  aria-label={`Continue ${row.name} at ${row.continueAt.questionId}: ${row.continueAt.title}`}
                >
                  <ArrowRight aria-hidden className="mt-0.5 size-4 shrink-0" />
                  <span>
                    Continue at {row.continueAt.questionId}: <span className="font-normal">{row.continueAt.title}</span>
                  </span>
                </Link>
              ) : null}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

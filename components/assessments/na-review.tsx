import Link from "next/link";
import type { NaReview as NaReviewData, NaReviewItem } from "@/lib/server/na-review";
import { NaDecision } from "./na-decision";

function Item({ assessmentId, item, canApprove }: { assessmentId: string; item: NaReviewItem; canApprove: boolean }) {
  return (
    <li className="grid gap-1">
      <span>
        <Link href={`/assessments/${assessmentId}?q=${item.questionId}`} className="text-primary hover:underline">
          <span className="font-mono text-xs">{item.questionId}</span> {item.title}
        </Link>
      </span>
      <span className="text-muted-foreground">
        N/A: “{item.naReason}”{item.naReviewDate ? ` · review by ${item.naReviewDate}` : ""}
      </span>
      {item.state === "rejected" ? <span className="text-destructive">Rejected: “{item.rejectionNote}” — waiting for the answer or its reason to change.</span> : null}
      {canApprove && item.state === "awaiting" ? <NaDecision assessmentId={assessmentId} questionId={item.questionId} version={item.version} /> : null}
    </li>
  );
}

/**
 * The dashboard's N/A review: answers awaiting approval (when the organisation requires it) and
 * N/A reviews whose date has passed. Renders nothing when neither has an entry.
 */
export function NaReview({ assessmentId, review, canApprove }: { assessmentId: string; review: NaReviewData; canApprove: boolean }) {
  if (review.awaiting.length === 0 && review.overdue.length === 0) return null;
  return (
    <div className="grid gap-4 lg:grid-cols-2">
      {review.awaiting.length > 0 ? (
        <section aria-labelledby="na-awaiting-heading" className="grid content-start gap-2 rounded-lg border border-border p-4 text-sm">
          <h2 id="na-awaiting-heading" className="font-semibold">
            N/A answers awaiting approval ({review.awaiting.length})
          </h2>
          <p className="text-muted-foreground">Each counts as unanswered until an owner or admin approves it.</p>
          <ul className="grid gap-3">
            {review.awaiting.map((item) => (
              <Item key={item.questionId} assessmentId={assessmentId} item={item} canApprove={canApprove} />
            ))}
          </ul>
        </section>
      ) : null}
      {review.overdue.length > 0 ? (
        <section aria-labelledby="na-overdue-heading" className="grid content-start gap-2 rounded-lg border border-border p-4 text-sm">
          <h2 id="na-overdue-heading" className="font-semibold">
            N/A reviews overdue ({review.overdue.length})
          </h2>
          <p className="text-muted-foreground">Check that each still does not apply, then set a new review date in the questionnaire.</p>
          <ul className="grid gap-3">
            {review.overdue.map((item) => (
              <Item key={item.questionId} assessmentId={assessmentId} item={item} canApprove={false} />
            ))}
          </ul>
        </section>
      ) : null}
    </div>
  );
}

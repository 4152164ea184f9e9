"use client";

import { Input } from "@/components/ui/input";
import { Label } from "@/components/ui/label";
import type { Draft, Entry } from "@/lib/assessment/autosave";
import { isoDay, latestReviewDate, NA_REVIEW_DEFAULT_MONTHS, NA_REVIEW_MAX_YEARS, naApprovalState, reviewOverdue } from "@/lib/assessment/na-review";
import { NaDecision, type NaDecisionResult } from "../na-decision";

const day = (iso: string) => iso.slice(0, 10);

/**
 * Under an N/A answer: its review date, and where it stands when the organisation requires
 * approval (awaiting, approved by whom, or rejected with the approver's note), with Approve and
 * Reject for approvers. A decision is on the saved N/A: an unsaved change of it asks again.
 */
export function NaGovernance({
  assessmentId,
  questionId,
  entry,
  requiresApproval,
  canApprove,
  readOnly,
  onEdit,
  onDecided,
}: {
  assessmentId: string;
  questionId: string;
  entry: Entry;
  requiresApproval: boolean;
  canApprove: boolean;
  readOnly: boolean;
  onEdit: (patch: Partial<Draft>) => void;
  onDecided: (version: number, decision: NaDecisionResult) => void;
}) {
  const { draft, saved } = entry;
  const today = isoDay(new Date());
  const dateId = `${questionId}-na-review`;
  const asSaved = saved !== null && saved.value === "not_applicable" && (saved.naReason ?? "") === draft.naReason.trim();
  const state = asSaved ? naApprovalState(saved, requiresApproval) : requiresApproval ? "awaiting" : "not_required";
  const overdue = reviewOverdue(draft.naReviewDate || null, today);
  return (
    <div className="grid gap-3 rounded-md border border-border bg-muted/30 p-3 text-sm" data-testid="na-governance">
      <div className="grid gap-1.5 sm:max-w-56">
        <Label htmlFor={dateId}>Review the N/A by</Label>
        <Input
          id={dateId}
          type="date"
          value={draft.naReviewDate}
          min={today}
          max={latestReviewDate(today)}
          disabled={readOnly}
          aria-describedby={`${dateId}-hint`}
          onChange={(event) => onEdit({ naReviewDate: event.target.value })}
        />
      </div>
      <p id={`${dateId}-hint`} className="text-muted-foreground">
        {overdue ? <strong className="text-destructive">The review is overdue. </strong> : null}
        {draft.naReviewDate ? null : `Set to ${NA_REVIEW_DEFAULT_MONTHS} months ahead when saved. `}
        At most {NA_REVIEW_MAX_YEARS} years ahead.
      </p>
      {state === "approved" && saved ? (
        <p role="status">
          Approved by {saved.naApprovedBy ?? "a former member"} on {day(saved.naApprovedAt!)}
          {draft.naReviewDate ? `, review by ${draft.naReviewDate}` : ""}.
        </p>
      ) : state === "rejected" && saved ? (
        <p role="status" className="text-destructive">
          Rejected by {saved.naRejectedBy ?? "a former member"} on {day(saved.naRejectedAt!)}: “{saved.naRejectionNote}” — counts as unanswered until the answer or its reason changes.
        </p>
      ) : state === "awaiting" ? (
        <p role="status" className="font-medium">
          Awaiting approval: counts as unanswered until an owner or admin approves it{asSaved ? "." : " (once saved)."}
        </p>
      ) : null}
      {canApprove && requiresApproval && asSaved && state !== "approved" && entry.status !== "pending" && entry.status !== "saving" ? (
        <NaDecision assessmentId={assessmentId} questionId={questionId} version={saved.version} onDecided={(decision) => onDecided(saved.version, decision)} />
      ) : null}
    </div>
  );
}

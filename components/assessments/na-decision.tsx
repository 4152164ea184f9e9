"use client";

import { useState } from "react";
import { useActionForm } from "@/components/forms/use-action-form";
import { Button } from "@/components/ui/button";
import { Label } from "@/components/ui/label";
import { Textarea } from "@/components/ui/textarea";
import { useHydrated } from "@/components/ui/use-hydrated";
import { approveNaAction, rejectNaAction } from "@/lib/actions/na-review";
import type { SavedAnswer } from "@/lib/assessment/autosave";

/** What a decision changes on the saved answer. */
export type NaDecisionResult = Pick<SavedAnswer, "naApprovedBy" | "naApprovedAt" | "naRejectedBy" | "naRejectedAt" | "naRejectionNote">;

/**
 * An approver's Approve and Reject of one N/A answer. Both name the version the approver read;
 * rejecting asks why, and the note stays with the N/A until it is changed.
 */
export function NaDecision({
  assessmentId,
  questionId,
  version,
  onDecided,
}: {
  assessmentId: string;
  questionId: string;
  version: number;
  onDecided?: (decision: NaDecisionResult) => void;
}) {
  const approve = useActionForm(approveNaAction, onDecided);
  const reject = useActionForm(rejectNaAction, onDecided);
  const [rejecting, setRejecting] = useState(false);
  const [note, setNote] = useState("");
  const hydrated = useHydrated();
  const pending = approve.pending || reject.pending;
  const noteId = `${questionId}-na-rejection`;
  const error = approve.error ?? reject.formError("note");
  return (
    <div className="grid gap-2">
      <div className="flex flex-wrap gap-2">
        <Button size="sm" disabled={!hydrated || pending} onClick={() => approve.submit({ assessmentId, questionId, version })}>
          {approve.pending ? "Approving…" : "Approve N/A"}
        </Button>
        <Button size="sm" variant="outline" disabled={!hydrated || pending} aria-expanded={rejecting} onClick={() => setRejecting(!rejecting)}>
          Reject…
        </Button>
      </div>
      {rejecting ? (
        <form
          className="grid gap-1.5"
          onSubmit={(event) => {
            event.preventDefault();
            reject.submit({ assessmentId, questionId, version, note });
          }}
        >
          <Label htmlFor={noteId}>Why is the N/A not accepted? (required)</Label>
          <Textarea
            id={noteId}
            value={note}
            maxLength={500}
            aria-invalid={reject.fieldError("note") ? true : undefined}
            aria-describedby={reject.fieldError("note") ? `${noteId}-error` : undefined}
            onChange={(event) => setNote(event.target.value)}
          />
          {reject.fieldError("note") ? (
            <p id={`${noteId}-error`} className="text-sm text-destructive">
              {reject.fieldError("note")}
            </p>
          ) : null}
          <div>
            <Button type="submit" size="sm" variant="destructive" disabled={!hydrated || pending}>
              {reject.pending ? "Rejecting…" : "Reject N/A"}
            </Button>
          </div>
        </form>
      ) : null}
      {error ? (
        <p role="alert" className="text-sm text-destructive">
          {error}
        </p>
      ) : null}
    </div>
  );
}

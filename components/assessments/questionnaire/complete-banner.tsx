"use client";

import { CheckCircle2 } from "lucide-react";
import { Button } from "@/components/ui/button";
import { useActionForm } from "@/components/forms/use-action-form";
import { updateAssessmentAction } from "@/lib/actions/assessments";

/** Offered once every question is answered and saved: the assessor closes the assessment as Completed. */
export function CompleteBanner({ assessmentId }: { assessmentId: string }) {
  const { submit, pending, error } = useActionForm(updateAssessmentAction);
  return (
    <div role="region" aria-label="Assessment complete" className="flex flex-wrap items-center justify-between gap-3 rounded-lg border border-success/40 bg-success/10 p-3 text-sm">
      <p className="inline-flex items-center gap-2">
        <CheckCircle2 className="size-4 text-success" aria-hidden />
        Every question is answered. Mark the assessment complete when the answers are final.
      </p>
      <Button size="sm" disabled={pending} onClick={() => submit({ assessmentId, changes: { status: "completed" } })}>
        {pending ? "Marking complete…" : "Mark complete"}
      </Button>
      {error ? (
        <p role="alert" className="w-full text-destructive">
          {error}
        </p>
      ) : null}
    </div>
  );
}

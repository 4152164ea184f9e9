"use client";

import { useActionForm } from "@/components/forms/use-action-form";
import { Button } from "@/components/ui/button";
import { useHydrated } from "@/components/ui/use-hydrated";
import { rescoreSnapshotAction } from "@/lib/actions/snapshots";

/** Re-scores one snapshot with the current rules and policy: explicit, because it changes a stored result. */
export function RescoreSnapshotButton({ assessmentId, snapshotId, name }: { assessmentId: string; snapshotId: string; name: string }) {
  const form = useActionForm(rescoreSnapshotAction);
  const hydrated = useHydrated();
  return (
    <div className="grid justify-items-start gap-1">
      <Button size="sm" variant="outline" disabled={!hydrated || form.pending} aria-label={`Re-score ${name} with current rules`} onClick={() => form.submit({ assessmentId, snapshotId })}>
        {form.pending ? "Re-scoring…" : "Re-score with current rules"}
      </Button>
      {form.error ? (
        <p role="alert" className="text-xs text-destructive">
          {form.error}
        </p>
      ) : null}
    </div>
  );
}

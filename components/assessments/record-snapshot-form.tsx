"use client";

import { Camera } from "lucide-react";
import { useRouter } from "next/navigation";
import { useState, useTransition } from "react";
import { recordSnapshotAction } from "@/lib/actions/assessments";
import { Button } from "@/components/ui/button";
import { FormField } from "@/components/ui/form-field";

export function RecordSnapshotForm({ assessmentId }: { assessmentId: string }) {
  const router = useRouter();
  const [label, setLabel] = useState("");
  const [error, setError] = useState<string>();
  const [recorded, setRecorded] = useState<string>();
  const [pending, startTransition] = useTransition();
  return (
    <form
      className="flex flex-wrap items-end gap-3"
      onSubmit={(event) => {
        event.preventDefault();
        startTransition(async () => {
          const result = await recordSnapshotAction({ assessmentId, label: label || undefined });
          if (!result.ok) {
            setError(result.fields?.label ?? result.error);
            setRecorded(undefined);
            return;
          }
          setError(undefined);
          setRecorded(result.data.label ?? "Snapshot");
          setLabel("");
          router.refresh();
        });
      }}
    >
      <div className="min-w-64 flex-1">
        <FormField id="snapshot-label" label="Label (optional)" placeholder="e.g. Q3 2026 review" value={label} onChange={(e) => setLabel(e.target.value)} error={error} maxLength={120} />
      </div>
      <Button type="submit" disabled={pending}>
        <Camera aria-hidden />
        {pending ? "Recording…" : "Record snapshot"}
      </Button>
      {recorded ? (
        <p role="status" className="w-full text-sm text-success">
          Recorded “{recorded}”.
        </p>
      ) : null}
    </form>
  );
}

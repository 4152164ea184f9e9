"use client";

import { useState } from "react";
import { useActionForm } from "@/components/forms/use-action-form";
import { Button } from "@/components/ui/button";
import { Input } from "@/components/ui/input";
import { NamedOptions, NativeSelect, Options } from "@/components/ui/select";
import { useHydrated } from "@/components/ui/use-hydrated";
import { updateNextStepAction } from "@/lib/actions/next-steps";
import { NEXT_STEP_STATUS_LABELS } from "@/lib/assessment/labels";
import type { TrackedNextStep } from "@/lib/server/next-steps";
import { cn } from "@/lib/utils";
import { NEXT_STEP_STATUSES, type NextStepStatus, type TUpdateNextStep } from "@/lib/validation/next-step";

/**
 * Saving one field of a next step. While the save runs, and after it fails, the control shows
 * the value the user chose (`last`), not the stored one, so nothing typed is lost; `retry`
 * sends it again. Controls stay disabled until hydration, so no click is lost before it.
 */
export function useStepSave(stepId: string) {
  const form = useActionForm(updateNextStepAction);
  const [last, setLast] = useState<TUpdateNextStep>();
  const hydrated = useHydrated();
  const save = (changes: TUpdateNextStep) => {
    setLast(changes);
    form.submit({ id: stepId, changes });
  };
  return {
    ...form,
    ready: hydrated,
    /** The user's value is still the one to show: saving, or refused. */
    holding: form.pending || form.error !== undefined,
    last,
    save,
    retry: () => last && save(last),
  };
}
type StepSave = ReturnType<typeof useStepSave>;

/** "Saving…", "Saved" or the error with a retry button, announced politely. */
export function SaveStatus({ save, className }: { save: StepSave; className?: string }) {
  const message = save.fieldError("changes.status") ?? save.fieldError("changes.dueDate") ?? save.fieldError("changes.tasks") ?? save.fieldError("changes.notes") ?? save.error;
  return (
    <div aria-live="polite" className={cn("min-h-4 text-xs", className)}>
      {save.pending ? (
        <span className="text-muted-foreground">Saving…</span>
      ) : message ? (
        <span className="inline-flex flex-wrap items-center gap-1 text-destructive">
          Not saved: {message}
          <Button type="button" variant="link" size="sm" className="h-auto p-0 text-xs" onClick={save.retry}>
            Retry
          </Button>
        </span>
      ) : save.saved ? (
        <span className="text-success">Saved</span>
      ) : null}
    </div>
  );
}

interface FieldProps {
  step: TrackedNextStep;
  canEdit: boolean;
  /** Control id when a visible label names it; otherwise it is named by `aria-label`. */
  id?: string;
}

export function StatusField({ step, canEdit, id }: FieldProps) {
  const save = useStepSave(step.id);
  const value = save.holding && save.last?.status ? save.last.status : step.status;
  return (
    <div className="grid gap-0.5">
      <NativeSelect
        id={id}
        aria-label={id ? undefined : `Status of ${step.title}`}
        data-field="status"
        value={value}
        disabled={!canEdit || !save.ready}
        onChange={(event) => save.save({ status: event.target.value as NextStepStatus })}
        className="w-full min-w-28"
      >
        <Options values={NEXT_STEP_STATUSES} labels={NEXT_STEP_STATUS_LABELS} />
      </NativeSelect>
      <SaveStatus save={save} />
    </div>
  );
}

export function OwnerField({ step, canEdit, id, owners }: FieldProps & { owners: { id: string; name: string }[] }) {
  const save = useStepSave(step.id);
  const value = save.holding && save.last?.ownerId !== undefined ? (save.last.ownerId ?? "") : (step.owner?.id ?? "");
  return (
    <div className="grid gap-0.5">
      <NativeSelect
        id={id}
        aria-label={id ? undefined : `Owner of ${step.title}`}
        value={value}
        disabled={!canEdit || !save.ready}
        onChange={(event) => save.save({ ownerId: event.target.value || null })}
        className="w-full min-w-32"
      >
        <option value="">Unassigned</option>
        <NamedOptions items={owners} />
      </NativeSelect>
      <SaveStatus save={save} />
    </div>
  );
}

/** Saved when the field loses focus or on Enter: the browser fires a change for every partial date typed. */
export function DueField({ step, canEdit, id }: FieldProps) {
  const save = useStepSave(step.id);
  const stored = step.dueDate ?? "";
  const [draft, setDraft] = useState(stored);
  const [seen, setSeen] = useState(stored);
  if (seen !== stored) {
    setSeen(stored);
    if (!save.holding) setDraft(stored);
  }
  const commit = () => draft !== stored && save.save({ dueDate: draft || null });
  return (
    <div className="grid gap-0.5">
      <Input
        id={id}
        type="date"
        aria-label={id ? undefined : `Due date of ${step.title}`}
        value={draft}
        disabled={!canEdit || !save.ready}
        onChange={(event) => setDraft(event.target.value)}
        onBlur={commit}
        onKeyDown={(event) => event.key === "Enter" && commit()}
        className="w-full min-w-36"
      />
      {step.overdue ? <span className="text-xs font-medium text-destructive">Overdue</span> : null}
      <SaveStatus save={save} />
    </div>
  );
}

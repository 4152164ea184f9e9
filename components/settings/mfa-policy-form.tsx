"use client";

import { useActionForm } from "@/components/forms/use-action-form";
import { setMfaPolicyAction } from "@/lib/actions/settings";
import { Alert } from "@/components/ui/alert";
import { useHydrated } from "@/components/ui/use-hydrated";

export function MfaPolicyForm({ required }: { required: boolean }) {
  const form = useActionForm(setMfaPolicyAction);
  const hydrated = useHydrated();
  return (
    <div className="grid gap-2">
      <label className="flex items-center gap-2 text-sm">
        <input
          type="checkbox"
          className="size-4 accent-[var(--primary)]"
          checked={required}
          disabled={form.pending || !hydrated}
          onChange={(event) => form.submit({ mfaRequired: event.target.checked })}
        />
        Require two-factor authentication for every member
      </label>
      {form.error ? <Alert>{form.error}</Alert> : null}
    </div>
  );
}

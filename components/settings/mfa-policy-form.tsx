"use client";

import { useState, useTransition } from "react";
import { setMfaPolicyAction } from "@/lib/actions/settings";
import { Alert } from "@/components/ui/alert";

export function MfaPolicyForm({ required }: { required: boolean }) {
  const [error, setError] = useState<string>();
  const [pending, startTransition] = useTransition();
  return (
    <div className="grid gap-2">
      <label className="flex items-center gap-2 text-sm">
        <input
          type="checkbox"
          className="size-4 accent-[var(--primary)]"
          checked={required}
          disabled={pending}
          onChange={(event) =>
            startTransition(async () => {
              const result = await setMfaPolicyAction({ mfaRequired: event.target.checked });
              setError(result.ok ? undefined : result.error);
            })
          }
        />
        Require two-factor authentication for every member
      </label>
      {error ? <Alert>{error}</Alert> : null}
    </div>
  );
}

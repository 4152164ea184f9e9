"use client";

import { useState, useTransition } from "react";
import { renameOrganizationAction } from "@/lib/actions/settings";
import { FormField } from "@/components/ui/form-field";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";

export function OrganizationNameForm({ name, canEdit }: { name: string; canEdit: boolean }) {
  const [value, setValue] = useState(name);
  const [error, setError] = useState<string>();
  const [saved, setSaved] = useState(false);
  const [pending, startTransition] = useTransition();
  return (
    <form
      className="flex flex-wrap items-end gap-3"
      onSubmit={(event) => {
        event.preventDefault();
        startTransition(async () => {
          const result = await renameOrganizationAction({ name: value });
          setError(result.ok ? undefined : (result.fields?.name ?? result.error));
          setSaved(result.ok);
        });
      }}
    >
      <div className="min-w-64 flex-1">
        <FormField id="organization-name" label="Organisation name" value={value} disabled={!canEdit} onChange={(e) => setValue(e.target.value)} error={error} />
      </div>
      {canEdit ? (
        <Button type="submit" disabled={pending || value.trim() === name}>
          {pending ? "Saving…" : "Rename"}
        </Button>
      ) : null}
      {saved ? <p role="status" className="w-full text-sm text-success">Saved.</p> : null}
      {error && !canEdit ? <Alert>{error}</Alert> : null}
    </form>
  );
}

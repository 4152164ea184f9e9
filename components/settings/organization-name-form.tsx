"use client";

import { useState } from "react";
import { useActionForm } from "@/components/forms/use-action-form";
import { renameOrganizationAction } from "@/lib/actions/settings";
import { FormField } from "@/components/ui/form-field";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";

export function OrganizationNameForm({ name, canEdit }: { name: string; canEdit: boolean }) {
  const [value, setValue] = useState(name);
  const form = useActionForm(renameOrganizationAction);
  const error = form.fieldError("name") ?? form.error;
  return (
    <form
      className="flex flex-wrap items-end gap-3"
      onSubmit={(event) => {
        event.preventDefault();
        form.submit({ name: value });
      }}
    >
      <div className="min-w-64 flex-1">
        <FormField id="organization-name" label="Organisation name" maxLength={80} value={value} disabled={!canEdit} onChange={(e) => setValue(e.target.value)} error={error} />
      </div>
      {canEdit ? (
        <Button type="submit" disabled={form.pending || value.trim() === name}>
          {form.pending ? "Saving…" : "Rename"}
        </Button>
      ) : null}
      {form.saved ? <p role="status" className="w-full text-sm text-success">Saved.</p> : null}
      {error && !canEdit ? <Alert>{error}</Alert> : null}
    </form>
  );
}

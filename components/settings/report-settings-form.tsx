"use client";

import { useActionForm } from "@/components/forms/use-action-form";
import { setReportClassificationAction } from "@/lib/actions/settings";
import { FormField } from "@/components/ui/form-field";
import { Button } from "@/components/ui/button";
import { useHydrated } from "@/components/ui/use-hydrated";

/** The classification marking on the cover and every page of the organisation's PDF reports. */
export function ReportSettingsForm({ classification }: { classification: string }) {
  const form = useActionForm(setReportClassificationAction);
  // Uncontrolled, so text typed before hydration stays; the button waits for hydration, so a
  // click is never lost to a plain form submission.
  const hydrated = useHydrated();
  const error = form.fieldError("classification") ?? form.error;
  return (
    <form
      className="flex flex-wrap items-end gap-3"
      onSubmit={(event) => {
        event.preventDefault();
        form.submit({ classification: String(new FormData(event.currentTarget).get("classification") ?? "") });
      }}
    >
      <div className="min-w-64 flex-1">
        <FormField id="report-classification" name="classification" label="Report classification marking" defaultValue={classification} maxLength={40} error={error} />
      </div>
      <Button type="submit" disabled={!hydrated || form.pending}>
        {form.pending ? "Saving…" : "Save marking"}
      </Button>
      <p className="w-full text-sm text-muted-foreground">Printed on the cover and on every page of PDF reports, for example Confidential, Internal or TLP:AMBER.</p>
      {form.saved ? (
        <p role="status" className="w-full text-sm text-success">
          Saved.
        </p>
      ) : null}
    </form>
  );
}

"use client";

import { useActionForm } from "@/components/forms/use-action-form";
import { Button } from "@/components/ui/button";
import { FormField } from "@/components/ui/form-field";
import { Label } from "@/components/ui/label";
import { NativeSelect, Options } from "@/components/ui/select";
import { useHydrated } from "@/components/ui/use-hydrated";
import { setScoringPolicyAction } from "@/lib/actions/settings";
import { STAGE_LABELS, STAGES } from "@/lib/framework/types";
import type { TScoringSettings } from "@/lib/validation/scoring-policy";

/** A number field left empty or not a number is sent as NaN, which the schema refuses with a message. */
const percent = (data: FormData, name: string) => {
  const text = String(data.get(name) ?? "").trim();
  return text === "" ? Number.NaN : Number(text);
};

/** The organisation's scoring rules: N/A and coverage thresholds, the default target, N/A approval. */
export function ScoringSettingsForm({ settings }: { settings: TScoringSettings }) {
  const form = useActionForm(setScoringPolicyAction);
  // Uncontrolled, so values typed before hydration stay; the button waits for hydration.
  const hydrated = useHydrated();
  return (
    <form
      className="grid gap-4"
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        const data = new FormData(event.currentTarget);
        form.submit({
          naThresholdPercent: percent(data, "naThresholdPercent"),
          coverageThresholdPercent: percent(data, "coverageThresholdPercent"),
          defaultTarget: String(data.get("defaultTarget") ?? "") as TScoringSettings["defaultTarget"],
          naRequiresApproval: data.get("naRequiresApproval") === "on",
        });
      }}
    >
      <div className="grid gap-4 sm:grid-cols-3">
        <FormField
          id="scoring-na-threshold"
          name="naThresholdPercent"
          label="N/A threshold (%)"
          type="number"
          inputMode="numeric"
          min={0}
          max={100}
          step={1}
          defaultValue={settings.naThresholdPercent}
          error={form.fieldError("naThresholdPercent")}
        />
        <FormField
          id="scoring-coverage-threshold"
          name="coverageThresholdPercent"
          label="Coverage threshold (%)"
          type="number"
          inputMode="numeric"
          min={1}
          max={100}
          step={1}
          defaultValue={settings.coverageThresholdPercent}
          error={form.fieldError("coverageThresholdPercent")}
        />
        <div className="grid gap-1.5">
          <Label htmlFor="scoring-default-target">Default target</Label>
          <NativeSelect id="scoring-default-target" name="defaultTarget" defaultValue={settings.defaultTarget}>
            <Options values={STAGES} labels={STAGE_LABELS} />
          </NativeSelect>
          {form.fieldError("defaultTarget") ? <p className="text-sm text-destructive">{form.fieldError("defaultTarget")}</p> : null}
        </div>
      </div>
      <ul className="grid gap-1 text-sm text-muted-foreground">
        <li>A pillar with more N/A answers than the N/A threshold is flagged and names no stage.</li>
        <li>A pillar, or the whole assessment, with fewer answers than the coverage threshold reads “Not enough answers”.</li>
        <li>The default target applies to pillars an assessment sets no target for.</li>
      </ul>
      <label className="flex items-start gap-2 text-sm">
        <input type="checkbox" name="naRequiresApproval" className="mt-0.5 size-4 accent-[var(--primary)]" defaultChecked={settings.naRequiresApproval} />
        <span>
          N/A answers need an owner’s or admin’s approval
          <span className="block text-muted-foreground">Until approved, an N/A counts as unanswered.</span>
        </span>
      </label>
      <div className="flex flex-wrap items-center gap-3">
        <Button type="submit" disabled={!hydrated || form.pending}>
          {form.pending ? "Saving…" : "Save scoring settings"}
        </Button>
        <p className="text-sm text-muted-foreground">Snapshots keep the scores they were taken with until re-scored.</p>
      </div>
      {form.formError("naThresholdPercent", "coverageThresholdPercent", "defaultTarget") ? (
        <p role="alert" className="text-sm text-destructive">
          {form.formError("naThresholdPercent", "coverageThresholdPercent", "defaultTarget")}
        </p>
      ) : null}
      {form.saved ? (
        <p role="status" className="text-sm text-success">
          Saved.
        </p>
      ) : null}
    </form>
  );
}

"use client";

import { Save } from "lucide-react";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { useActionForm } from "@/components/forms/use-action-form";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { FormField } from "@/components/ui/form-field";
import { updateRoadmapSettingsAction } from "@/lib/actions/roadmap";
import { ROADMAP_CAPACITY_MAX, ROADMAP_CAPACITY_MIN } from "@/lib/scoring/roadmap";

/** Capacity and first month; the start is sent only when changed, so saving the capacity keeps "from next month". */
export function RoadmapSettingsForm({ assessmentId, capacity, start, startIsDefault }: { assessmentId: string; capacity: number; start: string; startIsDefault: boolean }) {
  const router = useRouter();
  const [points, setPoints] = useState(String(capacity));
  const [month, setMonth] = useState(start);
  const form = useActionForm(updateRoadmapSettingsAction, () => router.refresh());
  return (
    <form
      className="grid gap-3"
      onSubmit={(event) => {
        event.preventDefault();
        form.submit({ assessmentId, changes: { capacity: points, ...(month !== start ? { start: month || null } : {}) } });
      }}
    >
      <div className="grid gap-3 sm:grid-cols-2">
        <FormField
          id="roadmap-capacity"
          label="Team capacity (points per month)"
          type="number"
          inputMode="numeric"
          min={ROADMAP_CAPACITY_MIN}
          max={ROADMAP_CAPACITY_MAX}
          step={1}
          required
          value={points}
          onChange={(event) => setPoints(event.target.value)}
          error={form.fieldError("changes.capacity")}
        />
        <FormField
          id="roadmap-start"
          label="First month"
          type="month"
          min="2000-01"
          max="2099-12"
          placeholder="2027-01"
          value={month}
          onChange={(event) => setMonth(event.target.value)}
          error={form.fieldError("changes.start")}
        />
      </div>
      <p className="text-xs text-muted-foreground">
        A small step costs 1 point, a medium one 3 and a large one 5.{startIsDefault ? " Until you choose a first month, the plan starts next month." : ""}
      </p>
      <div className="flex flex-wrap items-center gap-3">
        <Button type="submit" variant="outline" disabled={form.pending}>
          <Save aria-hidden />
          {form.pending ? "Re-planning…" : "Re-plan"}
        </Button>
        {form.saved ? (
          <p role="status" className="text-sm text-success">
            Saved: the plan below uses the new settings.
          </p>
        ) : null}
      </div>
      {form.formError("changes.capacity", "changes.start") ? <Alert>{form.formError("changes.capacity", "changes.start")}</Alert> : null}
    </form>
  );
}

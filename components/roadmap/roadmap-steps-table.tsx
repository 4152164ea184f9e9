"use client";

import { createColumnHelper, tableFeatures, useTable } from "@tanstack/react-table";
import { PinOff } from "lucide-react";
import { useRouter } from "next/navigation";
import { useMemo } from "react";
import { useActionForm } from "@/components/forms/use-action-form";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { DataTable } from "@/components/ui/data-table";
import { NativeSelect } from "@/components/ui/select";
import { useHydrated } from "@/components/ui/use-hydrated";
import { pinRoadmapStepAction } from "@/lib/actions/roadmap";
import { dateLabel, monthChoices, monthLabel } from "@/lib/assessment/roadmap";
import { STAGE_LABELS } from "@/lib/framework/types";
import type { RoadmapStep } from "@/lib/scoring/roadmap";

const features = tableFeatures({});
const helper = createColumnHelper<typeof features, RoadmapStep>();
const EFFORT_LABELS = { S: "Small", M: "Medium", L: "Large" } as const;

function Badge({ children }: { children: string }) {
  return <span className="rounded-full border border-border px-2 py-0.5 text-xs text-muted-foreground">{children}</span>;
}

function StepCell({ step }: { step: RoadmapStep }) {
  return (
    <div className="grid min-w-56 gap-1">
      <span className="font-medium">{step.action}</span>
      <span className="text-xs text-muted-foreground">
        <span className="font-mono">{step.questionId}</span> {step.title} · {STAGE_LABELS[step.fromStage]} → {STAGE_LABELS[step.toStage]}
      </span>
      {step.pinned || step.enabling ? (
        <span className="flex flex-wrap gap-1">
          {step.pinned ? <Badge>{step.pinAdjusted ? "Pinned, moved later" : "Pinned"}</Badge> : null}
          {step.enabling ? <Badge>Beyond target: another step needs it</Badge> : null}
        </span>
      ) : null}
    </div>
  );
}

interface PinControls {
  canEdit: boolean;
  disabled: boolean;
  choices: string[];
  pins: Record<string, string>;
  pin: (key: string, month: string | null) => void;
}

function MonthCell({ step, controls }: { step: RoadmapStep; controls: PinControls }) {
  const current = controls.pins[step.key] ?? step.start.slice(0, 7);
  if (!controls.canEdit) return <span className="whitespace-nowrap">{monthLabel(step.start.slice(0, 7))}</span>;
  return (
    <div className="flex items-center gap-1">
      <NativeSelect aria-label={`Start month of ${step.questionId} to ${STAGE_LABELS[step.toStage]}`} value={current} disabled={controls.disabled} onChange={(event) => controls.pin(step.key, event.target.value)}>
        {controls.choices.map((month) => (
          <option key={month} value={month}>
            {monthLabel(month)}
          </option>
        ))}
      </NativeSelect>
      {step.pinned ? (
        <Button variant="ghost" size="icon" disabled={controls.disabled} aria-label={`Unpin ${step.questionId} to ${STAGE_LABELS[step.toStage]}`} title="Unpin" onClick={() => controls.pin(step.key, null)}>
          <PinOff aria-hidden />
        </Button>
      ) : null}
    </div>
  );
}

/** The plan's steps in plan order; choosing a month pins a step to start no earlier than it. */
export function RoadmapStepsTable({ assessmentId, steps, start, pins, canEdit }: { assessmentId: string; steps: RoadmapStep[]; start: string; pins: Record<string, string>; canEdit: boolean }) {
  const router = useRouter();
  const hydrated = useHydrated();
  const form = useActionForm(pinRoadmapStepAction, () => router.refresh());
  const controls: PinControls = {
    canEdit,
    disabled: !hydrated || form.pending,
    choices: monthChoices(start, Object.values(pins)),
    pins,
    pin: (key, month) => form.submit({ assessmentId, key, month }),
  };
  const columns = useMemo(
    () =>
      helper.columns([
        helper.display({ id: "step", header: "Step", cell: ({ row }) => <StepCell step={row.original} /> }),
        helper.display({ id: "phase", header: "Phase", cell: ({ row }) => <span className="whitespace-nowrap">Phase {row.original.phase + 1}</span> }),
        helper.display({ id: "effort", header: "Effort", cell: ({ row }) => <span className="whitespace-nowrap">{`${EFFORT_LABELS[row.original.effort]}, ${row.original.points} pt${row.original.points === 1 ? "" : "s"}`}</span> }),
        helper.display({ id: "start", header: "Start", cell: ({ row }) => <span className="whitespace-nowrap">{dateLabel(row.original.start)}</span> }),
        helper.display({ id: "due", header: "Due", cell: ({ row }) => <span className="whitespace-nowrap">{dateLabel(row.original.due)}</span> }),
        helper.display({ id: "month", header: canEdit ? "Move to month" : "Month", cell: ({ row, table }) => <MonthCell step={row.original} controls={(table.options.meta as { controls: PinControls }).controls} /> }),
      ]),
    [canEdit],
  );
  const table = useTable({ features, columns, data: steps, getRowId: (row) => row.key, meta: { controls } });
  return (
    <div className="grid gap-2">
      {form.error ? <Alert>{form.error}</Alert> : null}
      {form.saved ? (
        <p role="status" className="text-sm text-success">
          Saved: the plan was re-drawn around the pinned month.
        </p>
      ) : null}
      <DataTable
        table={table}
        label="Planned steps"
        empty="Nothing to plan: every answered question is at its target."
        columnClassNames={{ phase: "hidden md:table-cell", effort: "hidden sm:table-cell", start: "hidden sm:table-cell" }}
        rowProps={(row) => ({ "data-step": row.original.key })}
      />
    </div>
  );
}

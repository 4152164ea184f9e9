"use client";

import {
  columnFilteringFeature,
  columnGroupingFeature,
  createColumnHelper,
  createExpandedRowModel,
  createFilteredRowModel,
  createGroupedRowModel,
  createSortedRowModel,
  filterFns,
  rowExpandingFeature,
  rowSelectionFeature,
  rowSortingFeature,
  sortFns,
  tableFeatures,
  useTable,
} from "@tanstack/react-table";
import { ChevronDown, ChevronRight, Download } from "lucide-react";
import Link from "next/link";
import { useState, useTransition } from "react";
import { setNextStepsStatusAction, updateNextStepAction } from "@/lib/actions/next-steps";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Input } from "@/components/ui/input";
import { Label } from "@/components/ui/label";
import { NativeSelect, Options } from "@/components/ui/select";
import { ariaSort, SortHeader } from "@/components/ui/table-parts";
import { NEXT_STEP_STATUS_LABELS } from "@/lib/assessment/labels";
import { STAGE_LABELS, type Stage } from "@/lib/framework/types";
import type { TrackedNextStep } from "@/lib/server/next-steps";
import { cn } from "@/lib/utils";
import { NEXT_STEP_STATUSES, type NextStepStatus, type TUpdateNextStep } from "@/lib/validation/next-step";

const GROUPS = { none: "No grouping", pillar: "Pillar", status: "Status", ownerName: "Owner" } as const;
type GroupBy = keyof typeof GROUPS;

const features = tableFeatures({
  rowSortingFeature,
  columnFilteringFeature,
  columnGroupingFeature,
  rowExpandingFeature,
  rowSelectionFeature,
  sortedRowModel: createSortedRowModel(),
  filteredRowModel: createFilteredRowModel(),
  groupedRowModel: createGroupedRowModel(),
  expandedRowModel: createExpandedRowModel(),
  sortFns,
  filterFns,
});
const helper = createColumnHelper<typeof features, TrackedNextStep>();

interface Props {
  steps: TrackedNextStep[];
  owners: { id: string; name: string }[];
  pillarNames: Record<string, string>;
  canEdit: boolean;
  /** Start with only overdue items shown (from the portfolio's overdue links). */
  overdueOnly?: boolean;
}

export function NextStepsTable({ steps, owners, pillarNames, canEdit, overdueOnly: startOverdue = false }: Props) {
  const [rows, setRows] = useState(steps);
  const [groupBy, setGroupBy] = useState<GroupBy>("none");
  const [error, setError] = useState<string>();
  const [bulkStatus, setBulkStatus] = useState<NextStepStatus>("in_progress");
  const [pending, startTransition] = useTransition();

  const save = (id: string, changes: TUpdateNextStep) =>
    startTransition(async () => {
      const result = await updateNextStepAction({ id, changes });
      if (!result.ok) return setError(Object.values(result.fields ?? {})[0] ?? result.error);
      setError(undefined);
      setRows((current) => current.map((row) => (row.id === id ? result.data : row)));
    });

  const columns = helper.columns([
    helper.display({
      id: "select",
      header: ({ table }) => (
        <input type="checkbox" aria-label="Select all next steps" checked={table.getIsAllRowsSelected()} onChange={table.getToggleAllRowsSelectedHandler()} disabled={!canEdit} />
      ),
      cell: ({ row }) => (
        <input type="checkbox" aria-label={`Select ${row.original.title}`} checked={row.getIsSelected()} onChange={row.getToggleSelectedHandler()} disabled={!canEdit} />
      ),
    }),
    helper.accessor((row) => pillarNames[row.pillar ?? ""] ?? "—", { id: "pillar", header: "Pillar" }),
    helper.accessor("title", {
      header: "Next step",
      cell: (info) => (
        <div className="grid gap-0.5">
          <Link href={`/assessments/${info.row.original.assessment.id}?q=${info.row.original.questionId}`} className="font-medium text-primary hover:underline">
            {info.row.original.questionId} · {info.getValue()}
          </Link>
          <span className="text-muted-foreground">{info.row.original.objective}</span>
          <span className="text-xs text-muted-foreground">{info.row.original.assessment.name}</span>
          {info.row.original.closedReason ? <span className="text-xs text-success">{info.row.original.closedReason}</span> : null}
        </div>
      ),
    }),
    helper.accessor("stage", { header: "Stage", cell: (info) => STAGE_LABELS[info.getValue() as Stage] ?? info.getValue() }),
    helper.accessor((row) => row.owner?.name ?? "Unassigned", {
      id: "ownerName",
      header: "Owner",
      cell: (info) => (
        <NativeSelect
          aria-label={`Owner of ${info.row.original.title}`}
          value={info.row.original.owner?.id ?? ""}
          disabled={!canEdit || pending}
          onChange={(event) => save(info.row.original.id, { ownerId: event.target.value || null })}
        >
          <option value="">Unassigned</option>
          {owners.map((owner) => (
            <option key={owner.id} value={owner.id}>
              {owner.name}
            </option>
          ))}
        </NativeSelect>
      ),
    }),
    helper.accessor("status", {
      header: "Status",
      filterFn: "equals",
      cell: (info) => (
        <NativeSelect
          aria-label={`Status of ${info.row.original.title}`}
          value={info.getValue()}
          disabled={!canEdit || pending}
          onChange={(event) => save(info.row.original.id, { status: event.target.value as NextStepStatus })}
        >
          <Options values={NEXT_STEP_STATUSES} labels={NEXT_STEP_STATUS_LABELS} />
        </NativeSelect>
      ),
    }),
    helper.accessor((row) => row.dueDate ?? "", {
      id: "dueDate",
      header: "Due",
      cell: (info) => (
        <div className="grid gap-1">
          <Input
            type="date"
            aria-label={`Due date of ${info.row.original.title}`}
            defaultValue={info.getValue()}
            disabled={!canEdit || pending}
            onBlur={(event) => event.target.value !== info.getValue() && save(info.row.original.id, { dueDate: event.target.value || null })}
            className="w-40"
          />
          {info.row.original.overdue ? <span className="text-xs font-medium text-destructive">Overdue</span> : null}
        </div>
      ),
    }),
    helper.accessor("overdue", { header: "", filterFn: "equals", enableSorting: false }),
    helper.accessor("tasks", {
      header: "Tasks",
      enableSorting: false,
      cell: (info) => (
        <Input
          aria-label={`Tasks for ${info.row.original.title}`}
          defaultValue={info.getValue()}
          placeholder="Who does what"
          disabled={!canEdit || pending}
          onBlur={(event) => event.target.value !== info.getValue() && save(info.row.original.id, { tasks: event.target.value })}
          className="min-w-48"
        />
      ),
    }),
    helper.accessor("notes", {
      header: "Notes",
      enableSorting: false,
      cell: (info) => (
        <Input
          aria-label={`Notes on ${info.row.original.title}`}
          defaultValue={info.getValue()}
          disabled={!canEdit || pending}
          onBlur={(event) => event.target.value !== info.getValue() && save(info.row.original.id, { notes: event.target.value })}
          className="min-w-48"
        />
      ),
    }),
  ]);

  const table = useTable({
    features,
    columns,
    data: rows,
    getRowId: (row) => row.id,
    // Grouped columns keep their place: group headers are rows of their own.
    groupedColumnMode: false,
    initialState: { expanded: true, sorting: [], grouping: [], rowSelection: {}, columnFilters: startOverdue ? [{ id: "overdue", value: true }] : [] },
  });
  const statusFilter = (table.getColumn("status")?.getFilterValue() as string | undefined) ?? "";
  const overdueOnly = table.getColumn("overdue")?.getFilterValue() === true;
  const selected = table.getSelectedRowModel().rows.map((row) => row.original.id);
  const visibleColumns = table.getAllLeafColumns().filter((column) => column.id !== "overdue");
  const exportQuery = new URLSearchParams({ ...(statusFilter ? { status: statusFilter } : {}), ...(overdueOnly ? { overdue: "true" } : {}) }).toString();

  const applyBulk = () =>
    startTransition(async () => {
      const result = await setNextStepsStatusAction({ ids: selected, status: bulkStatus });
      if (!result.ok) return setError(result.error);
      setError(undefined);
      setRows((current) => current.map((row) => (selected.includes(row.id) ? { ...row, status: bulkStatus, overdue: row.overdue && !["done", "wont_do"].includes(bulkStatus) } : row)));
      table.resetRowSelection();
    });

  return (
    <div className="grid gap-3">
      <div role="search" aria-label="Filter next steps" className="flex flex-wrap items-end gap-3">
        <div className="grid gap-1.5">
          <Label htmlFor="next-step-status">Status</Label>
          <NativeSelect id="next-step-status" value={statusFilter} onChange={(event) => table.getColumn("status")?.setFilterValue(event.target.value || undefined)}>
            <option value="">Any status</option>
            <Options values={NEXT_STEP_STATUSES} labels={NEXT_STEP_STATUS_LABELS} />
          </NativeSelect>
        </div>
        <label className="flex h-9 items-center gap-2 text-sm">
          <input type="checkbox" checked={overdueOnly} onChange={(event) => table.getColumn("overdue")?.setFilterValue(event.target.checked || undefined)} />
          Overdue only
        </label>
        <div className="grid gap-1.5">
          <Label htmlFor="next-step-group">Group by</Label>
          <NativeSelect
            id="next-step-group"
            value={groupBy}
            onChange={(event) => {
              const next = event.target.value as GroupBy;
              setGroupBy(next);
              table.setGrouping(next === "none" ? [] : [next]);
            }}
          >
            {Object.entries(GROUPS).map(([value, label]) => (
              <option key={value} value={value}>
                {label}
              </option>
            ))}
          </NativeSelect>
        </div>
        <Button asChild variant="outline" size="sm" className="ml-auto">
          <a href={`/api/next-steps/export${exportQuery ? `?${exportQuery}` : ""}`} download>
            <Download aria-hidden />
            Export CSV
          </a>
        </Button>
      </div>

      {canEdit ? (
        <div className="flex flex-wrap items-end gap-3 text-sm" aria-label="Change the status of the selected next steps" role="group">
          <span className="h-9 content-center">{selected.length} selected</span>
          <NativeSelect aria-label="New status for the selected next steps" value={bulkStatus} onChange={(event) => setBulkStatus(event.target.value as NextStepStatus)}>
            <Options values={NEXT_STEP_STATUSES} labels={NEXT_STEP_STATUS_LABELS} />
          </NativeSelect>
          <Button size="sm" onClick={applyBulk} disabled={selected.length === 0 || pending}>
            Apply to selected
          </Button>
        </div>
      ) : null}
      {error ? <Alert>{error}</Alert> : null}

      <div className="overflow-x-auto rounded-lg border border-border">
        <table className="w-full text-sm">
          <thead className="bg-muted/60 text-left">
            {table.getHeaderGroups().map((group) => (
              <tr key={group.id}>
                {group.headers
                  .filter((header) => header.column.id !== "overdue")
                  .map((header) => (
                    <th key={header.id} scope="col" className="px-3 py-2 align-bottom font-medium" aria-sort={ariaSort(header.column.getIsSorted())}>
                      <SortHeader
                        label={<table.FlexRender header={header} />}
                        sorted={header.column.getIsSorted()}
                        onToggle={header.column.id !== "select" && header.column.getCanSort() ? header.column.getToggleSortingHandler() : undefined}
                      />
                    </th>
                  ))}
              </tr>
            ))}
          </thead>
          <tbody>
            {table.getRowModel().rows.map((row) =>
              row.getIsGrouped() ? (
                <tr key={row.id} className="border-t border-border bg-muted/30">
                  <td colSpan={visibleColumns.length} className="px-3 py-2 font-medium">
                    <button type="button" className="inline-flex items-center gap-1" onClick={row.getToggleExpandedHandler()} aria-expanded={row.getIsExpanded()}>
                      {row.getIsExpanded() ? <ChevronDown className="size-4" aria-hidden /> : <ChevronRight className="size-4" aria-hidden />}
                      {String(row.groupingValue === "" ? "—" : (NEXT_STEP_STATUS_LABELS[String(row.groupingValue) as NextStepStatus] ?? row.groupingValue))} ({row.subRows.length})
                    </button>
                  </td>
                </tr>
              ) : (
                <tr key={row.id} data-testid="next-step-row" className={cn("border-t border-border align-top", row.original.overdue && "bg-destructive/5")}>
                  {row
                    .getAllCells()
                    .filter((cell) => cell.column.id !== "overdue")
                    .map((cell) => (
                      <td key={cell.id} className="px-3 py-2">
                        <table.FlexRender cell={cell} />
                      </td>
                    ))}
                </tr>
              ),
            )}
            {table.getRowModel().rows.length === 0 ? (
              <tr>
                <td colSpan={visibleColumns.length} className="px-3 py-8 text-center text-muted-foreground">
                  No next step matches these filters.
                </td>
              </tr>
            ) : null}
          </tbody>
        </table>
      </div>
    </div>
  );
}

"use client";

import { createColumnHelper, rowSelectionFeature, tableFeatures, useTable } from "@tanstack/react-table";
import { ChevronDown, Download } from "lucide-react";
import { useRouter } from "next/navigation";
import { createContext, use, useOptimistic, useRef, useState, useTransition, type KeyboardEvent, type ReactNode } from "react";
import { useActionForm } from "@/components/forms/use-action-form";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { DataTable } from "@/components/ui/data-table";
import { DropdownMenu, DropdownMenuContent, DropdownMenuItem, DropdownMenuLabel, DropdownMenuTrigger } from "@/components/ui/dropdown-menu";
import { Label } from "@/components/ui/label";
import { NamedOptions, NativeSelect, Options } from "@/components/ui/select";
import { Pager } from "@/components/ui/table-parts";
import { useHydrated } from "@/components/ui/use-hydrated";
import { setNextStepsStatusAction } from "@/lib/actions/next-steps";
import { NEXT_STEP_STATUS_LABELS } from "@/lib/assessment/labels";
import { STAGE_LABELS, STAGES } from "@/lib/framework/types";
import type { NextStepPage, TrackedNextStep } from "@/lib/server/next-steps";
import { NEXT_STEP_STATUSES, nextStepsHref, type NextStepStatus, type TNextStepExportFormat, type TNextStepQuery } from "@/lib/validation/next-step";
import { NextStepPanel } from "./next-step-panel";
import { DueField, OwnerField, StatusField } from "./step-fields";

const features = tableFeatures({ rowSelectionFeature });
const helper = createColumnHelper<typeof features, TrackedNextStep>();

type Query = Omit<TNextStepQuery, "invalid">;

const EXPORTS: { format: TNextStepExportFormat; label: string }[] = [
  { format: "csv", label: "CSV (spreadsheet)" },
  { format: "jira", label: "Jira CSV import" },
  { format: "azure-devops", label: "Azure DevOps CSV import" },
];

interface RowContext {
  open: (id: string) => void;
  owners: { id: string; name: string }[];
  pillarNames: Record<string, string>;
  canEdit: boolean;
  hydrated: boolean;
}
const TrackerContext = createContext<RowContext | null>(null);
const useTracker = () => use(TrackerContext)!;

// Cells are stable components that read the tracker from context: a cell function made in
// render would be a new component each time and lose its save state on every refresh.
function SelectAllCell({ table }: { table: { getIsAllRowsSelected(): boolean; getToggleAllRowsSelectedHandler(): (event: unknown) => void } }) {
  const { canEdit, hydrated } = useTracker();
  return (
    <input
      type="checkbox"
      aria-label="Select all next steps on this page"
      checked={table.getIsAllRowsSelected()}
      onChange={table.getToggleAllRowsSelectedHandler()}
      disabled={!canEdit || !hydrated}
    />
  );
}

function SelectCell({ step, selected, toggle }: { step: TrackedNextStep; selected: boolean; toggle: (event: unknown) => void }) {
  const { canEdit, hydrated } = useTracker();
  return <input type="checkbox" aria-label={`Select ${step.title}`} checked={selected} onChange={toggle} disabled={!canEdit || !hydrated} />;
}

function StepCell({ step }: { step: TrackedNextStep }) {
  const { open, pillarNames, hydrated } = useTracker();
  return (
    <div className="grid min-w-48 gap-0.5">
      <button type="button" tabIndex={-1} className="line-clamp-1 text-left font-medium text-primary hover:underline" onClick={() => open(step.id)} disabled={!hydrated}>
        {step.title}
      </button>
      <p className="line-clamp-2 text-muted-foreground">{step.objective}</p>
      <p className="line-clamp-1 text-xs text-muted-foreground">
        {[
          step.questionId,
          step.assessment.name,
          step.pillar ? pillarNames[step.pillar] : undefined,
          `to ${STAGE_LABELS[step.stage]}`,
          step.tasks.length > 0 ? `${step.tasks.filter((task) => task.done).length} of ${step.tasks.length} tasks done` : undefined,
          step.closedReason ?? undefined,
        ]
          .filter(Boolean)
          .join(" · ")}
      </p>
      {/* Phones have no owner and due columns; the panel edits them. */}
      <p className="line-clamp-1 text-xs text-muted-foreground md:hidden">
        {step.owner?.name ?? "Unassigned"} · {step.dueDate ? `due ${step.dueDate}` : "no due date"}
        {step.overdue ? <span className="font-medium text-destructive"> · Overdue</span> : null}
      </p>
    </div>
  );
}

function OwnerCell({ step }: { step: TrackedNextStep }) {
  const { owners, canEdit } = useTracker();
  return <OwnerField step={step} canEdit={canEdit} owners={owners} />;
}

function StatusCell({ step }: { step: TrackedNextStep }) {
  return <StatusField step={step} canEdit={useTracker().canEdit} />;
}

function DueCell({ step }: { step: TrackedNextStep }) {
  return <DueField step={step} canEdit={useTracker().canEdit} />;
}

const PHONE_HIDDEN = { select: "hidden sm:table-cell", owner: "hidden md:table-cell", due: "hidden md:table-cell" };

const columns = helper.columns([
  helper.display({
    id: "select",
    header: ({ table }) => <SelectAllCell table={table} />,
    cell: ({ row }) => <SelectCell step={row.original} selected={row.getIsSelected()} toggle={row.getToggleSelectedHandler()} />,
  }),
  helper.display({ id: "step", header: "Next step", cell: ({ row }) => <StepCell step={row.original} /> }),
  helper.display({ id: "owner", header: "Owner", cell: ({ row }) => <OwnerCell step={row.original} /> }),
  helper.display({ id: "status", header: "Status", cell: ({ row }) => <StatusCell step={row.original} /> }),
  helper.display({ id: "due", header: "Due", cell: ({ row }) => <DueCell step={row.original} /> }),
]);


interface Props {
  data: NextStepPage;
  query: Query;
  owners: { id: string; name: string }[];
  pillars: { id: string; name: string }[];
  canEdit: boolean;
  /** The item named by `item=` in the URL, when it exists: it may be on another page of results. */
  selected: TrackedNextStep | null;
}

/**
 * The project manager's tracker. Filters live in the URL and apply at once; the server filters
 * and pages. Keyboard: the rows form one tab stop (roving tabindex): ↑/↓ or k/j move between
 * rows, Home/End jump, Enter opens the details panel, S moves to the row's status select, and
 * Tab moves on into the row's own controls. Escape closes the panel and focus returns to the row.
 */
export function NextStepsTracker({ data, query: stored, owners, pillars, canEdit, selected }: Props) {
  const router = useRouter();
  const hydrated = useHydrated();
  const [navigating, startNavigation] = useTransition();
  // The controls show the new filters at once, while the server fetches their results.
  const [query, setQuery] = useOptimistic(stored, (current: Query, changes: Partial<Query>) => ({ ...current, ...changes }));
  const [openId, setOpenId] = useState(stored.item);
  const [focusedId, setFocusedId] = useState(stored.item);
  const [bulkStatus, setBulkStatus] = useState<NextStepStatus>("in_progress");
  const tableRef = useRef<HTMLDivElement>(null);
  const pillarNames = Object.fromEntries(pillars.map((pillar) => [pillar.id, pillar.name]));

  const go = (changes: Partial<Query>) =>
    startNavigation(() => {
      setQuery(changes);
      router.push(nextStepsHref({ ...query, item: openId, ...changes }), { scroll: false });
    });
  const filter = (changes: Partial<Query>) => go({ ...changes, page: 1 });

  // The panel's item goes into the address without asking the server to render the page again.
  const open = (id: string) => {
    setOpenId(id);
    setFocusedId(id);
    window.history.replaceState(null, "", nextStepsHref({ ...query, item: id }));
  };
  const close = () => {
    setOpenId(undefined);
    window.history.replaceState(null, "", nextStepsHref({ ...query, item: undefined }));
  };
  const focusRow = (id: string | undefined) => {
    if (!id) return;
    setFocusedId(id);
    tableRef.current?.querySelector<HTMLElement>(`tr[data-row-id="${CSS.escape(id)}"]`)?.focus();
  };

  const statusForm = useActionForm(setNextStepsStatusAction);

  const onRowKeyDown = (event: KeyboardEvent<HTMLTableRowElement>, step: TrackedNextStep) => {
    // Keys typed into the row's own controls are theirs.
    if (event.target !== event.currentTarget) return;
    const ids = data.items.map((item) => item.id);
    const index = ids.indexOf(step.id);
    const move: Record<string, number | undefined> = { ArrowDown: index + 1, j: index + 1, ArrowUp: index - 1, k: index - 1, Home: 0, End: ids.length - 1 };
    if (event.key in move) {
      event.preventDefault();
      focusRow(ids[Math.max(0, Math.min(ids.length - 1, move[event.key]!))]);
    } else if (event.key === "Enter") {
      event.preventDefault();
      open(step.id);
    } else if (event.key === "s") {
      // The status select then takes ↑/↓, and saves each choice.
      event.preventDefault();
      event.currentTarget.querySelector<HTMLSelectElement>("select[data-field=status]")?.focus();
    }
  };

  const table = useTable({ features, columns, data: data.items, getRowId: (row) => row.id, initialState: { rowSelection: {} } });
  const selectedIds = Object.keys(table.state.rowSelection ?? {}).filter((id) => table.state.rowSelection?.[id]);
  // The one row in the tab order: the last focused, or the first.
  const tabStop = data.items.some((item) => item.id === focusedId) ? focusedId : data.items[0]?.id;
  const panelStep = data.items.find((item) => item.id === openId) ?? (selected && selected.id === openId ? selected : undefined);
  const exportHref = nextStepsHref({ ...query, page: undefined, item: undefined }).replace("/next-steps", "/api/v1/next-steps/export");

  return (
    <TrackerContext value={{ open, owners, pillarNames, canEdit, hydrated }}>
      <div className="grid gap-3">
        <div role="search" aria-label="Filter next steps" className="grid grid-cols-2 gap-3 sm:flex sm:flex-wrap sm:items-end">
          <FilterSelect id="filter-assessment" label="Assessment" value={query.assessmentId} disabled={!hydrated} onChange={(value) => filter({ assessmentId: value })}>
            <option value="">All assessments</option>
            <NamedOptions items={data.assessments} />
          </FilterSelect>
          <FilterSelect id="filter-pillar" label="Pillar" value={query.pillar} disabled={!hydrated} onChange={(value) => filter({ pillar: value as Query["pillar"] })}>
            <option value="">All pillars</option>
            <NamedOptions items={pillars} />
          </FilterSelect>
          <FilterSelect id="filter-stage" label="Stage" value={query.stage} disabled={!hydrated} onChange={(value) => filter({ stage: value as Query["stage"] })}>
            <option value="">All stages</option>
            <Options values={STAGES} labels={STAGE_LABELS} />
          </FilterSelect>
          <FilterSelect id="filter-owner" label="Owner" value={query.owner} disabled={!hydrated} onChange={(value) => filter({ owner: value })}>
            <option value="">Anyone</option>
            <option value="me">Mine</option>
            <option value="none">Unassigned</option>
            <NamedOptions items={owners} />
          </FilterSelect>
          <FilterSelect id="filter-status" label="Status" value={query.status} disabled={!hydrated} onChange={(value) => filter({ status: value as NextStepStatus })}>
            <option value="">{query.closed ? "Any status" : "Any open status"}</option>
            <Options values={NEXT_STEP_STATUSES} labels={NEXT_STEP_STATUS_LABELS} />
          </FilterSelect>
          <div className="col-span-2 flex flex-wrap items-center gap-4 sm:h-9">
            <label className="flex items-center gap-2 text-sm">
              <input type="checkbox" checked={query.overdue} disabled={!hydrated} onChange={(event) => filter({ overdue: event.target.checked })} />
              Overdue only
            </label>
            <label className="flex items-center gap-2 text-sm">
              <input type="checkbox" checked={query.closed} disabled={!hydrated} onChange={(event) => filter({ closed: event.target.checked })} />
              Show finished
            </label>
          </div>
          <DropdownMenu>
            <DropdownMenuTrigger asChild>
              <Button variant="outline" size="sm" className="col-span-2 justify-self-start sm:ml-auto">
                <Download aria-hidden />
                Export
                <ChevronDown aria-hidden />
              </Button>
            </DropdownMenuTrigger>
            <DropdownMenuContent align="end" collisionPadding={16}>
              <DropdownMenuLabel className="text-xs text-muted-foreground">The items the filters show</DropdownMenuLabel>
              {EXPORTS.map(({ format, label }) => (
                <DropdownMenuItem key={format} asChild>
                  <a href={`${exportHref}${exportHref.includes("?") ? "&" : "?"}format=${format}`} download>
                    {label}
                  </a>
                </DropdownMenuItem>
              ))}
            </DropdownMenuContent>
          </DropdownMenu>
        </div>

        <p className="text-sm text-muted-foreground" aria-live="polite">
          {navigating ? "Updating…" : `${data.total} ${data.total === 1 ? "next step" : "next steps"}`}
          {data.hiddenClosed > 0 ? ` · ${data.hiddenClosed} finished hidden` : ""}
          <span className="hidden sm:inline"> · Keyboard: ↑/↓ or j/k move between rows, Enter opens the details, S changes the status.</span>
        </p>

        {canEdit ? (
          <div className="flex flex-wrap items-center gap-3 text-sm" aria-label="Change the status of the selected next steps" role="group">
            <span>{selectedIds.length} selected</span>
            <NativeSelect aria-label="New status for the selected next steps" value={bulkStatus} onChange={(event) => setBulkStatus(event.target.value as NextStepStatus)} disabled={!hydrated}>
              <Options values={NEXT_STEP_STATUSES} labels={NEXT_STEP_STATUS_LABELS} />
            </NativeSelect>
            <Button
              size="sm"
              onClick={() => statusForm.submit({ ids: selectedIds, status: bulkStatus })}
              disabled={selectedIds.length === 0 || statusForm.pending || !hydrated}
            >
              Apply to selected
            </Button>
            <span aria-live="polite" className="text-xs">
              {statusForm.pending ? "Saving…" : statusForm.saved ? <span className="text-success">Saved</span> : null}
            </span>
          </div>
        ) : null}
        {statusForm.error ? <Alert>{statusForm.error}</Alert> : null}

        <div ref={tableRef} aria-busy={navigating}>
          <DataTable
            table={table}
            label="Next steps"
          columnClassNames={PHONE_HIDDEN}
            empty={data.hiddenClosed > 0 ? "No open next step matches these filters; finished ones are hidden." : "No next step matches these filters."}
            rowProps={(row) => ({
              "data-testid": "next-step-row",
              "data-row-id": row.original.id,
              tabIndex: row.original.id === tabStop ? 0 : -1,
              onFocus: (event) => event.target === event.currentTarget && setFocusedId(row.original.id),
              onKeyDown: (event) => onRowKeyDown(event, row.original),
              className: cnRow(row.original, openId),
            })}
          />
        </div>
        {data.pageCount > 1 ? (
          <Pager
            pageIndex={data.page - 1}
            pageCount={data.pageCount}
            rowCount={data.total}
            onPrevious={data.page > 1 ? () => go({ page: data.page - 1, item: undefined }) : undefined}
            onNext={data.page < data.pageCount ? () => go({ page: data.page + 1, item: undefined }) : undefined}
          />
        ) : null}

        <NextStepPanel
          step={panelStep}
            owners={owners}
          pillarNames={pillarNames}
          canEdit={canEdit}
          onClose={close}
          onClosed={() => focusRow(focusedId)}
        />
      </div>
    </TrackerContext>
  );
}

const cnRow = (step: TrackedNextStep, openId: string | undefined) =>
  [
    "cursor-default focus-visible:outline-2 focus-visible:-outline-offset-2 focus-visible:outline-ring",
    step.overdue ? "bg-destructive/5" : "",
    openId === step.id ? "bg-muted/60" : "",
  ].join(" ");

function FilterSelect({ id, label, value, onChange, disabled, children }: { id: string; label: string; value: string | undefined; onChange: (value: string | undefined) => void; disabled: boolean; children: ReactNode }) {
  return (
    <div className="grid min-w-0 gap-1.5">
      <Label htmlFor={id}>{label}</Label>
      <NativeSelect id={id} value={value ?? ""} disabled={disabled} onChange={(event) => onChange(event.target.value || undefined)} className="w-full sm:w-auto sm:max-w-56">
        {children}
      </NativeSelect>
    </div>
  );
}

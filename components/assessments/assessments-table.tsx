"use client";

import {
  columnFilteringFeature,
  createColumnHelper,
  createFilteredRowModel,
  createPaginatedRowModel,
  createSortedRowModel,
  filterFns,
  globalFilteringFeature,
  rowPaginationFeature,
  rowSortingFeature,
  sortFns,
  tableFeatures,
  useTable,
} from "@tanstack/react-table";
import Link from "next/link";
import { Input } from "@/components/ui/input";
import { Label } from "@/components/ui/label";
import { NativeSelect, Options } from "@/components/ui/select";
import { DataTable } from "@/components/ui/data-table";
import { Pager } from "@/components/ui/table-parts";
import { formatPercent, STATUS_LABELS } from "@/lib/assessment/labels";
import type { AssessmentSummary } from "@/lib/server/assessments";
import { ASSESSMENT_STATUSES } from "@/lib/validation/assessment";
import { ProgressBar } from "./progress-bar";
import { StatusBadge } from "./status-badge";

const PAGE_SIZE = 20;

const features = tableFeatures({
  rowSortingFeature,
  columnFilteringFeature,
  globalFilteringFeature,
  rowPaginationFeature,
  sortedRowModel: createSortedRowModel(),
  filteredRowModel: createFilteredRowModel(),
  paginatedRowModel: createPaginatedRowModel(),
  sortFns,
  filterFns,
});
const helper = createColumnHelper<typeof features, AssessmentSummary>();
const columns = helper.columns([
  helper.accessor("name", {
    header: "Name",
    cell: (info) => (
      <Link href={`/assessments/${info.row.original.id}`} className="font-medium text-primary hover:underline">
        {info.getValue()}
      </Link>
    ),
  }),
  helper.accessor("status", { header: "Status", filterFn: "equals", enableGlobalFilter: false, cell: (info) => <StatusBadge status={info.getValue()} /> }),
  helper.accessor((row) => row.owner?.name ?? "", { id: "owner", header: "Owner", enableGlobalFilter: false, cell: (info) => info.getValue() || "—" }),
  helper.accessor((row) => row.owner?.id ?? "", { id: "ownerId", header: "", filterFn: "equals", enableGlobalFilter: false }),
  helper.accessor((row) => (row.total ? row.answered / row.total : 0), {
    id: "progress",
    header: "Answered",
    enableGlobalFilter: false,
    cell: (info) => (
      <div className="flex min-w-36 items-center gap-2">
        <ProgressBar value={info.getValue()} label={`${info.row.original.name}: ${info.row.original.answered} of ${info.row.original.total} answered`} />
        <span className="tabular-nums text-muted-foreground">{formatPercent(info.getValue())}</span>
      </div>
    ),
  }),
  helper.accessor("snapshots", { header: "Snapshots", enableGlobalFilter: false, cell: (info) => <span className="tabular-nums">{info.getValue()}</span> }),
  helper.accessor("lastActivityAt", {
    header: "Last activity",
    sortFn: "datetime",
    enableGlobalFilter: false,
    cell: (info) => <time dateTime={info.getValue().toISOString()}>{info.getValue().toISOString().slice(0, 10)}</time>,
  }),
]);

export function AssessmentsTable({ rows, owners }: { rows: AssessmentSummary[]; owners: { id: string; name: string }[] }) {
  const table = useTable({
    features,
    columns,
    data: rows,
    globalFilterFn: "includesString",
    initialState: { pagination: { pageIndex: 0, pageSize: PAGE_SIZE }, sorting: [{ id: "lastActivityAt", desc: true }] },
  });
  const status = (table.getColumn("status")?.getFilterValue() as string | undefined) ?? "";
  const owner = (table.getColumn("ownerId")?.getFilterValue() as string | undefined) ?? "";
  return (
    <div className="grid gap-3">
      <div role="search" aria-label="Filter assessments" className="flex flex-wrap items-end gap-3">
        <div className="grid gap-1.5">
          <Label htmlFor="assessment-search">Search by name</Label>
          <Input id="assessment-search" type="search" className="w-64" value={String(table.state.globalFilter ?? "")} onChange={(e) => table.setGlobalFilter(e.target.value)} />
        </div>
        <div className="grid gap-1.5">
          <Label htmlFor="assessment-status">Status</Label>
          <NativeSelect id="assessment-status" value={status} onChange={(e) => table.getColumn("status")?.setFilterValue(e.target.value || undefined)}>
            <option value="">Any status</option>
            <Options values={ASSESSMENT_STATUSES} labels={STATUS_LABELS} />
          </NativeSelect>
        </div>
        <div className="grid gap-1.5">
          <Label htmlFor="assessment-owner">Owner</Label>
          <NativeSelect id="assessment-owner" value={owner} onChange={(e) => table.getColumn("ownerId")?.setFilterValue(e.target.value || undefined)}>
            <option value="">Anyone</option>
            {owners.map((person) => (
              <option key={person.id} value={person.id}>
                {person.name}
              </option>
            ))}
          </NativeSelect>
        </div>
      </div>
      <DataTable table={table} label="Assessments" hiddenColumns={["ownerId"]} empty="No assessment matches these filters." />
      <Pager
        pageIndex={table.state.pagination.pageIndex}
        pageCount={table.getPageCount()}
        rowCount={table.getPrePaginatedRowModel().rows.length}
        onPrevious={table.getCanPreviousPage() ? () => table.previousPage() : undefined}
        onNext={table.getCanNextPage() ? () => table.nextPage() : undefined}
      />
    </div>
  );
}

"use client";

import {
  createColumnHelper,
  createSortedRowModel,
  flexRender,
  rowSortingFeature,
  sortFns,
  tableFeatures,
  useTable,
} from "@tanstack/react-table";
import { ariaSort, SortHeader } from "@/components/ui/table-parts";
import type { AuditRow } from "@/lib/server/audit-log";
import { cn } from "@/lib/utils";

// TanStack Table 9: features, row models and sort functions are declared together, once.
const features = tableFeatures({ rowSortingFeature, sortedRowModel: createSortedRowModel(), sortFns });
const helper = createColumnHelper<typeof features, AuditRow>();
const columns = helper.columns([
  helper.accessor("seq", { header: "#" }),
  helper.accessor("at", { header: "When (UTC)", cell: (info) => info.getValue().replace("T", " ").slice(0, 19) }),
  helper.accessor("actorEmail", { header: "Actor", cell: (info) => info.getValue() ?? "—" }),
  helper.accessor("action", { header: "Action" }),
  helper.accessor("outcome", {
    header: "Outcome",
    cell: (info) => <span className={cn(info.getValue() !== "success" && "font-medium text-destructive")}>{info.getValue()}</span>,
  }),
  helper.accessor((row) => [row.targetType, row.targetId].filter(Boolean).join(" "), { id: "target", header: "Target" }),
  helper.accessor("ip", { header: "IP", cell: (info) => info.getValue() ?? "—" }),
  helper.accessor("details", { header: "Details", enableSorting: false, cell: (info) => <code className="break-all text-xs">{info.getValue()}</code> }),
]);

export function AuditTable({ rows }: { rows: AuditRow[] }) {
  const table = useTable({ features, columns, data: rows });
  if (rows.length === 0) return <p className="rounded-lg border border-dashed border-border p-8 text-center text-sm text-muted-foreground">No events match this filter.</p>;
  return (
    <div className="overflow-x-auto rounded-lg border border-border">
      <table className="w-full text-sm">
        <thead className="bg-muted/60 text-left">
          {table.getHeaderGroups().map((group) => (
            <tr key={group.id}>
              {group.headers.map((header) => {
                const sorted = header.column.getIsSorted();
                return (
                  <th key={header.id} scope="col" className="px-3 py-2 font-medium" aria-sort={ariaSort(sorted)}>
                    <SortHeader
                      label={flexRender(header.column.columnDef.header, header.getContext())}
                      sorted={sorted}
                      onToggle={header.column.getCanSort() ? header.column.getToggleSortingHandler() : undefined}
                    />
                  </th>
                );
              })}
            </tr>
          ))}
        </thead>
        <tbody>
          {table.getRowModel().rows.map((row) => (
            <tr key={row.id} className="border-t border-border align-top">
              {row.getAllCells().map((cell) => (
                <td key={cell.id} className="px-3 py-2">
                  {flexRender(cell.column.columnDef.cell, cell.getContext())}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

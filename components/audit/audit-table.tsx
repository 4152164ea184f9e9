"use client";

import {
  createColumnHelper,
  createSortedRowModel,
  rowSortingFeature,
  sortFns,
  tableFeatures,
  useTable,
} from "@tanstack/react-table";
import { DataTable } from "@/components/ui/data-table";
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
  return <DataTable table={table} label="Audit events" empty="No events match this filter." />;
}

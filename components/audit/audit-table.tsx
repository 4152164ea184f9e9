"use client";

import { createColumnHelper, tableFeatures, useTable } from "@tanstack/react-table";
import Link from "next/link";
import { DataTable } from "@/components/ui/data-table";
import { formatDateTime } from "@/lib/assessment/labels";
import type { AuditRow } from "@/lib/server/audit-log";
import { cn } from "@/lib/utils";
import { AuditChanges } from "./audit-changes";

// The server pages and orders the trail (chain order), so the table itself neither sorts nor pages.
const features = tableFeatures({});
const helper = createColumnHelper<typeof features, AuditRow>();
const columns = helper.columns([
  helper.accessor("seq", { header: "#" }),
  helper.accessor("at", {
    header: "When",
    cell: (info) => (
      <time dateTime={info.getValue()} className="whitespace-nowrap">
        {formatDateTime(info.getValue())}
      </time>
    ),
  }),
  helper.accessor("actor", {
    header: "Who",
    cell: (info) => {
      const actor = info.getValue();
      if (!actor) return <span className="text-muted-foreground">—</span>;
      return (
        <span className="grid">
          <span className="font-medium">{actor.name}</span>
          {actor.email && actor.email !== actor.name ? <span className="whitespace-nowrap text-xs text-muted-foreground">{actor.email}</span> : null}
        </span>
      );
    },
  }),
  helper.accessor("actionLabel", { header: "Action" }),
  helper.accessor("outcomeLabel", {
    header: "Outcome",
    cell: (info) => <span className={cn(info.row.original.outcome !== "success" && "font-medium text-destructive")}>{info.getValue()}</span>,
  }),
  helper.accessor("target", {
    header: "Target",
    cell: (info) => {
      const target = info.getValue();
      if (!target) return <span className="text-muted-foreground">—</span>;
      return (
        <span className="grid min-w-32">
          <span className="text-xs text-muted-foreground">{target.type}</span>
          {target.href ? (
            <Link href={target.href} className="text-primary hover:underline">
              {target.name}
            </Link>
          ) : (
            <span>{target.name}</span>
          )}
        </span>
      );
    },
  }),
  helper.accessor("changes", { header: "Changes", cell: (info) => <AuditChanges changes={info.getValue()} more={info.row.original.moreChanges} /> }),
  helper.accessor("ip", { header: "IP", cell: (info) => <span className="whitespace-nowrap">{info.getValue() ?? "—"}</span> }),
]);

export function AuditTable({ rows }: { rows: AuditRow[] }) {
  const table = useTable({ features, columns, data: rows });
  return <DataTable table={table} label="Audit events" empty="No events match this filter." />;
}

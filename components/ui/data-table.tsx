"use client";

import { flexRender, type Row, type RowData, type Table, type TableFeatures } from "@tanstack/react-table";
import type { HTMLAttributes, ReactNode } from "react";
import { cn } from "@/lib/utils";
import { ariaSort, SortHeader } from "./table-parts";

interface DataTableProps<TFeatures extends TableFeatures, TData extends RowData> {
  /** A table from `useTable`: columns, sorting and paging are the caller's. */
  table: Table<TFeatures, TData>;
  /** Accessible name of the table. */
  label: string;
  /** Shown in one cell across the table when there are no rows. */
  empty: ReactNode;
  /** Columns that exist for filtering only and are never drawn. */
  hiddenColumns?: readonly string[];
  /** Classes for a column's header and cells, by column id: hide one on small screens, say. */
  columnClassNames?: Partial<Record<string, string>>;
  /** Extra attributes per row: keyboard handlers, selection state, a test id. */
  rowProps?: (row: Row<TFeatures, TData>) => HTMLAttributes<HTMLTableRowElement> & Record<`data-${string}`, string | undefined>;
  className?: string;
}

/** A column of a table with the row sorting feature. */
interface SortableColumn {
  getIsSorted(): false | "asc" | "desc";
  getCanSort(): boolean;
  getToggleSortingHandler(): ((event: unknown) => void) | undefined;
}
const isSortable = (column: object): column is SortableColumn => "getCanSort" in column;

/**
 * The one table of the app: a bordered, horizontally scrollable table with sortable headers
 * that tell screen readers their direction. `relative` keeps screen-reader-only cells inside
 * the scroll container, so a wide table never widens the page.
 */
export function DataTable<TFeatures extends TableFeatures, TData extends RowData>({
  table,
  label,
  empty,
  hiddenColumns = [],
  columnClassNames = {},
  rowProps,
  className,
}: DataTableProps<TFeatures, TData>) {
  const shown = (id: string) => !hiddenColumns.includes(id);
  const rows = table.getRowModel().rows;
  const columnCount = table.getAllLeafColumns().filter((column) => shown(column.id)).length;
  return (
    // Focusable so that keyboard users can scroll a table wider than the screen (axe: scrollable-region-focusable).
    <div
      tabIndex={0}
      className={cn("relative overflow-x-auto rounded-lg border border-border focus-visible:outline-none focus-visible:ring-2 focus-visible:ring-ring", className)}
    >
      <table className="w-full text-sm" aria-label={label}>
        <thead className="bg-muted/60 text-left">
          {table.getHeaderGroups().map((group) => (
            <tr key={group.id}>
              {group.headers
                .filter((header) => shown(header.column.id))
                .map((header) => {
                  const column = header.column;
                  const sorted = isSortable(column) ? column.getIsSorted() : false;
                  return (
                    <th key={header.id} scope="col" className={cn("px-3 py-2 font-medium", columnClassNames[column.id])} aria-sort={ariaSort(sorted)}>
                      <SortHeader
                        label={flexRender(header.column.columnDef.header, header.getContext())}
                        sorted={sorted}
                        onToggle={isSortable(column) && column.getCanSort() ? column.getToggleSortingHandler() : undefined}
                      />
                    </th>
                  );
                })}
            </tr>
          ))}
        </thead>
        <tbody>
          {rows.map((row) => {
            const { className: rowClassName, ...props } = rowProps?.(row) ?? {};
            return (
              <tr key={row.id} className={cn("border-t border-border align-top", rowClassName)} {...props}>
                {row
                  .getAllCells()
                  .filter((cell) => shown(cell.column.id))
                  .map((cell) => (
                    <td key={cell.id} className={cn("px-3 py-2", columnClassNames[cell.column.id])}>
                      {flexRender(cell.column.columnDef.cell, cell.getContext())}
                    </td>
                  ))}
              </tr>
            );
          })}
          {rows.length === 0 ? (
            <tr>
              <td colSpan={columnCount} className="px-3 py-8 text-center text-muted-foreground">
                {empty}
              </td>
            </tr>
          ) : null}
        </tbody>
      </table>
    </div>
  );
}

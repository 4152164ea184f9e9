import type { ReactNode } from "react";
import { cn } from "@/lib/utils";

/**
 * Series colours as CSS variables, one set per theme: the -700 shades on the light background
 * and the -400 shades on the dark one, each at least 3:1 against its background. Charts read
 * them as var(--chart-…), so a theme switch needs no re-render. Literal class names, for Tailwind.
 */
export const CHART_COLOURS = [
  "[--chart-traditional:#b91c1c] [--chart-initial:#b45309] [--chart-advanced:#1d4ed8] [--chart-optimal:#15803d] [--chart-na:#6b7280] [--chart-unanswered:#d1d5db]",
  "[--chart-1:#1d4ed8] [--chart-2:#15803d] [--chart-3:#b45309] [--chart-4:#7e22ce] [--chart-5:#0e7490] [--chart-6:#be185d] [--chart-7:#4d7c0f] [--chart-8:#c2410c] [--chart-9:#475569]",
  "[.dark_&]:[--chart-traditional:#f87171] [.dark_&]:[--chart-initial:#fbbf24] [.dark_&]:[--chart-advanced:#60a5fa] [.dark_&]:[--chart-optimal:#4ade80] [.dark_&]:[--chart-na:#9ca3af] [.dark_&]:[--chart-unanswered:#4b5563]",
  "[.dark_&]:[--chart-1:#60a5fa] [.dark_&]:[--chart-2:#4ade80] [.dark_&]:[--chart-3:#fbbf24] [.dark_&]:[--chart-4:#c084fc] [.dark_&]:[--chart-5:#22d3ee] [.dark_&]:[--chart-6:#f472b6] [.dark_&]:[--chart-7:#a3e635] [.dark_&]:[--chart-8:#fb923c] [.dark_&]:[--chart-9:#94a3b8]",
].join(" ");

/**
 * A chart with its caption and, for screen readers and anyone who prefers numbers, the same
 * data as a table. The chart component hides its drawing from assistive technology and keeps
 * its legend and controls outside that hidden part.
 */
export function ChartFigure({ title, summary, chart, table, empty, className }: { title: string; summary: string; chart: ReactNode; table: ReactNode; empty?: string; className?: string }) {
  return (
    <figure className={cn("grid min-w-0 content-start gap-3 rounded-lg border border-border p-4", CHART_COLOURS, className)}>
      <figcaption className="grid gap-0.5">
        <span className="font-semibold">{title}</span>
        <span className="text-sm text-muted-foreground">{summary}</span>
      </figcaption>
      {empty ? (
        <p className="rounded-md border border-dashed border-border p-6 text-center text-sm text-muted-foreground">{empty}</p>
      ) : (
        <>
          {chart}
          <details className="text-sm">
            <summary className="cursor-pointer text-muted-foreground">Show the data as a table</summary>
            <div className="mt-2 overflow-x-auto">{table}</div>
          </details>
        </>
      )}
    </figure>
  );
}

export function ChartDataTable({ headers, rows }: { headers: string[]; rows: (string | number)[][] }) {
  return (
    <table className="w-full text-sm">
      <thead className="text-left">
        <tr>
          {headers.map((header) => (
            <th key={header} scope="col" className="px-2 py-1 font-medium">
              {header}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {rows.map((row) => (
          <tr key={String(row[0])} className="border-t border-border">
            {row.map((cell, index) =>
              index === 0 ? (
                <th key={index} scope="row" className="px-2 py-1 text-left font-normal">
                  {cell}
                </th>
              ) : (
                <td key={index} className="px-2 py-1 tabular-nums">
                  {cell}
                </td>
              ),
            )}
          </tr>
        ))}
      </tbody>
    </table>
  );
}

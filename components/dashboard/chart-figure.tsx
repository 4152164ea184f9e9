import type { ReactNode } from "react";

/**
 * A chart with its caption and, for screen readers and anyone who prefers numbers, the same
 * data as a table. The drawing itself is hidden from assistive technology.
 */
export function ChartFigure({ title, summary, chart, table, empty }: { title: string; summary: string; chart: ReactNode; table: ReactNode; empty?: string }) {
  return (
    <figure className="grid gap-3 rounded-lg border border-border p-4">
      <figcaption className="grid gap-0.5">
        <span className="font-semibold">{title}</span>
        <span className="text-sm text-muted-foreground">{summary}</span>
      </figcaption>
      {empty ? (
        <p className="rounded-md border border-dashed border-border p-6 text-center text-sm text-muted-foreground">{empty}</p>
      ) : (
        <>
          <div aria-hidden className="h-72 w-full">
            {chart}
          </div>
          <details className="text-sm">
            <summary className="cursor-pointer text-muted-foreground">Show the data as a table</summary>
            <div className="mt-2 overflow-x-auto">{table}</div>
          </details>
        </>
      )}
    </figure>
  );
}

export function DataTable({ headers, rows }: { headers: string[]; rows: (string | number)[][] }) {
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

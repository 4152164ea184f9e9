import { ArrowDown, ArrowUp, ArrowUpDown, ChevronLeft, ChevronRight } from "lucide-react";
import type { ReactNode } from "react";
import { Button } from "./button";

/** A column header that sorts on click and tells screen readers its direction. */
export function SortHeader({ label, sorted, onToggle }: { label: ReactNode; sorted: false | "asc" | "desc"; onToggle?: (event: unknown) => void }) {
  if (!onToggle) return <>{label}</>;
  return (
    <button type="button" className="inline-flex items-center gap-1 hover:underline" onClick={onToggle}>
      {label}
      {sorted === "asc" ? <ArrowUp className="size-3" aria-hidden /> : sorted === "desc" ? <ArrowDown className="size-3" aria-hidden /> : <ArrowUpDown className="size-3 opacity-40" aria-hidden />}
    </button>
  );
}

export const ariaSort = (sorted: false | "asc" | "desc") => (sorted === "asc" ? "ascending" : sorted === "desc" ? "descending" : undefined);

export function Pager({
  pageIndex,
  pageCount,
  rowCount,
  onPrevious,
  onNext,
}: {
  pageIndex: number;
  pageCount: number;
  rowCount: number;
  onPrevious?: () => void;
  onNext?: () => void;
}) {
  return (
    <nav aria-label="Pages" className="flex items-center justify-end gap-2 text-sm text-muted-foreground">
      <span>
        Page {Math.min(pageIndex + 1, Math.max(pageCount, 1))} of {Math.max(pageCount, 1)} · {rowCount} {rowCount === 1 ? "row" : "rows"}
      </span>
      <Button variant="outline" size="sm" onClick={onPrevious} disabled={!onPrevious} aria-label="Previous page">
        <ChevronLeft aria-hidden />
      </Button>
      <Button variant="outline" size="sm" onClick={onNext} disabled={!onNext} aria-label="Next page">
        <ChevronRight aria-hidden />
      </Button>
    </nav>
  );
}

/** A bordered, scrollable table with a fixed header row; the body rows are the children. */
export function SimpleTable({ headers, children, label }: { headers: string[]; children: ReactNode; label?: string }) {
  return (
    <div className="relative overflow-x-auto rounded-lg border border-border">
      <table className="w-full text-sm" aria-label={label}>
        <thead className="bg-muted/60 text-left">
          <tr>
            {headers.map((header) => (
              <th key={header} scope="col" className="px-3 py-2 font-medium">
                {header}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>{children}</tbody>
      </table>
    </div>
  );
}

import Link from "next/link";
import { Button } from "@/components/ui/button";

/** "Events 51–100 of 1,234" with Previous and Next links that keep the filter. */
export function AuditPagination({
  label,
  page,
  pageSize,
  total,
  shown,
  hrefFor,
}: {
  /** Each navigation landmark of a page needs a name of its own. */
  label: string;
  page: number;
  pageSize: number;
  total: number;
  shown: number;
  hrefFor: (page: number) => string;
}) {
  const first = (page - 1) * pageSize + 1;
  const pages = Math.max(1, Math.ceil(total / pageSize));
  return (
    <nav aria-label={label} className="flex flex-wrap items-center justify-between gap-3 text-sm">
      <p>
        {shown > 0
          ? `Events ${first.toLocaleString("en")}–${(first + shown - 1).toLocaleString("en")} of ${total.toLocaleString("en")} · page ${page} of ${pages}`
          : total > 0
            ? `Page ${page} is past the last page (${pages}).`
            : "No events."}
      </p>
      <div className="flex gap-2">
        {page > 1 ? (
          <Button asChild variant="outline" size="sm">
            <Link href={hrefFor(Math.min(page - 1, pages))} rel="prev">
              Previous
            </Link>
          </Button>
        ) : null}
        {page < pages ? (
          <Button asChild variant="outline" size="sm">
            <Link href={hrefFor(page + 1)} rel="next">
              Next
            </Link>
          </Button>
        ) : null}
      </div>
    </nav>
  );
}

import Link from "next/link";
import { VIEW_IDS, VIEW_LABELS, type ViewId } from "@/lib/scoring/views";
import { cn } from "@/lib/utils";

/**
 * Which model the dashboard's results are seen through: links (`?view=`), so each view has its
 * own address, works before hydration and is reached with Tab and opened with Enter.
 */
export function ViewSwitch({ assessmentId, current }: { assessmentId: string; current: ViewId | null }) {
  const base = `/assessments/${assessmentId}/dashboard`;
  const options = [{ id: null, label: "Pillars", href: base }, ...VIEW_IDS.map((id) => ({ id, label: VIEW_LABELS[id], href: `${base}?view=${id}` }))];
  return (
    <nav aria-label="Results view" className="flex flex-wrap items-center gap-x-3 gap-y-2">
      <span className="text-sm text-muted-foreground">See the results as</span>
      <ul className="flex flex-wrap gap-1 rounded-lg border border-border p-1">
        {options.map((option) => {
          const active = option.id === current;
          return (
            <li key={option.label}>
              <Link
                href={option.href}
                scroll={false}
                aria-current={active ? "page" : undefined}
                className={cn(
                  "inline-flex rounded-md px-3 py-1.5 text-sm font-medium whitespace-nowrap text-muted-foreground hover:bg-muted hover:text-foreground focus-visible:ring-2 focus-visible:ring-ring focus-visible:outline-none",
                  active && "bg-primary text-primary-foreground hover:bg-primary hover:text-primary-foreground",
                )}
              >
                {option.label}
              </Link>
            </li>
          );
        })}
      </ul>
    </nav>
  );
}

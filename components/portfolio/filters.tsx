"use client";

import { usePathname, useRouter } from "next/navigation";
import { useOptimistic, useTransition, type ReactNode } from "react";
import { useHydrated } from "@/components/ui/use-hydrated";
import { Label } from "@/components/ui/label";
import { NativeSelect, Options } from "@/components/ui/select";
import { STATUS_LABELS } from "@/lib/assessment/labels";
import type { AssessmentStatus } from "@/lib/validation/assessment";

type FilterName = "owner" | "status" | "pillar";
export type PortfolioFilterValues = Record<FilterName, string>;

/**
 * The portfolio's filters: each applies as soon as it changes and lives in the URL, so a
 * reload or a shared link shows the same view. Disabled until hydrated: a change before then
 * would not reach the router.
 */
export function PortfolioFilters({
  values,
  members,
  pillars,
}: {
  values: PortfolioFilterValues;
  members: { userId: string; name: string }[];
  pillars: { id: string; name: string }[];
}) {
  const router = useRouter();
  const pathname = usePathname();
  const hydrated = useHydrated();
  const [pending, startTransition] = useTransition();
  // Shows the choice at once; the page's new values take over when the navigation ends.
  const [current, setCurrent] = useOptimistic(values);

  const change = (name: FilterName, value: string) => {
    const next = { ...current, [name]: value };
    const query = new URLSearchParams(Object.entries(next).filter(([, entry]) => entry !== "")).toString();
    startTransition(() => {
      setCurrent(next);
      router.replace(query ? `${pathname}?${query}` : pathname, { scroll: false });
    });
  };
  const select = (name: FilterName, label: string, options: ReactNode) => (
    <div className="grid min-w-0 gap-1.5">
      <Label htmlFor={`portfolio-${name}`}>{label}</Label>
      <NativeSelect id={`portfolio-${name}`} value={current[name]} disabled={!hydrated} onChange={(event) => change(name, event.target.value)} className="w-full sm:w-48">
        {options}
      </NativeSelect>
    </div>
  );

  return (
    <form role="search" aria-label="Filter the portfolio" className="grid grid-cols-1 items-end gap-3 sm:flex sm:flex-wrap" onSubmit={(event) => event.preventDefault()}>
      {select(
        "status",
        "Status",
        <>
          <option value="">Any but archived</option>
          <Options values={Object.keys(STATUS_LABELS) as AssessmentStatus[]} labels={STATUS_LABELS} />
        </>,
      )}
      {select(
        "owner",
        "Assessment owner",
        <>
          <option value="">Anyone</option>
          {members.map((member) => (
            <option key={member.userId} value={member.userId}>
              {member.name}
            </option>
          ))}
        </>,
      )}
      {select(
        "pillar",
        "Pillar",
        <>
          <option value="">All pillars</option>
          {pillars.map((pillar) => (
            <option key={pillar.id} value={pillar.id}>
              {pillar.name}
            </option>
          ))}
        </>,
      )}
      <p aria-live="polite" className="text-sm text-muted-foreground sm:h-9 sm:leading-9">
        {pending ? "Updating…" : ""}
      </p>
    </form>
  );
}

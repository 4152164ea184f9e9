"use client";

import Link from "next/link";
import { usePathname } from "next/navigation";
import { cn } from "@/lib/utils";

export function AssessmentTabs({ assessmentId, canWrite }: { assessmentId: string; canWrite: boolean }) {
  const pathname = usePathname();
  const base = `/assessments/${assessmentId}`;
  const tabs = [
    { href: base, label: "Questionnaire" },
    { href: `${base}/dashboard`, label: "Dashboard" },
    { href: `${base}/roadmap`, label: "Roadmap" },
    { href: `${base}/evidence`, label: "Evidence" },
    { href: `${base}/snapshots`, label: "Snapshots" },
    ...(canWrite ? [{ href: `${base}/settings`, label: "Settings" }] : []),
  ];
  return (
    // Scrolls sideways rather than widening the page on the narrowest phones.
    <nav aria-label="Assessment" className="flex gap-0.5 overflow-x-auto border-b border-border sm:gap-1">
      {tabs.map((tab) => {
        const active = tab.href === base ? pathname === base : pathname.startsWith(tab.href);
        return (
          <Link
            key={tab.href}
            href={tab.href}
            aria-current={active ? "page" : undefined}
            className={cn("shrink-0 border-b-2 border-transparent px-2 py-2 text-sm font-medium whitespace-nowrap text-muted-foreground hover:text-foreground sm:px-3", active && "border-primary text-foreground")}
          >
            {tab.label}
          </Link>
        );
      })}
    </nav>
  );
}

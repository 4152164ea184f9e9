"use client";

import { cn } from "@/lib/utils";
import type { NavItem } from "./nav-items";
import { NavLink } from "./nav-link";

/** The main entries in the bar: shown only where all of them fit on one line (see AppHeader). */
export function AppNav({ items, className }: { items: NavItem[]; className?: string }) {
  return (
    <nav aria-label="Main" className={cn("-mb-px gap-1", className)}>
      {items.map((item) => (
        <NavLink
          key={item.href}
          item={item}
          className="inline-flex shrink-0 items-center gap-2 whitespace-nowrap border-b-2 px-3 py-4 text-sm font-medium hover:text-foreground focus-visible:outline-none focus-visible:ring-2 focus-visible:ring-inset focus-visible:ring-ring"
          activeClassName="border-primary text-foreground"
          inactiveClassName="border-transparent text-muted-foreground"
        />
      ))}
    </nav>
  );
}

"use client";

import Link from "next/link";
import { usePathname } from "next/navigation";
import { cn } from "@/lib/utils";
import { isActive, type NavItem } from "./nav-items";

/**
 * One navigation entry with its icon, marked aria-current on its page. `exact`: only on its
 * own path (a settings page), not on the pages below it. Each navigation brings its own look.
 */
export function NavLink({
  item: { href, label, icon: Icon },
  exact = false,
  className,
  activeClassName,
  inactiveClassName,
  onNavigate,
}: {
  item: Pick<NavItem, "href" | "label" | "icon">;
  exact?: boolean;
  className: string;
  activeClassName: string;
  inactiveClassName: string;
  onNavigate?: () => void;
}) {
  const pathname = usePathname();
  const active = exact ? pathname === href : isActive(href, pathname);
  return (
    <Link href={href} onClick={onNavigate} aria-current={active ? "page" : undefined} className={cn(className, active ? activeClassName : inactiveClassName)}>
      <Icon className="size-4" aria-hidden />
      {label}
    </Link>
  );
}

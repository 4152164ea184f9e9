import { BookOpenCheck, BriefcaseBusiness, ClipboardCheck, LayoutDashboard, ListChecks, Mail, ScrollText, Settings, type LucideIcon } from "lucide-react";
import type { Permission } from "@/lib/permissions";

export interface NavItem {
  href: string;
  label: string;
  icon: LucideIcon;
  /** Hidden unless `can` grants it (the server passes what it grants); the page checks it again. */
  permission?: Permission;
}

/** The work of the organisation: the bar on wide screens, the menu sheet on small ones. */
export const MAIN_ITEMS: NavItem[] = [
  { href: "/", label: "Overview", icon: LayoutDashboard },
  { href: "/assessments", label: "Assessments", icon: ClipboardCheck, permission: "assessment.read" },
  { href: "/portfolio", label: "Portfolio", icon: BriefcaseBusiness, permission: "assessment.read" },
  { href: "/next-steps", label: "Next steps", icon: ListChecks, permission: "assessment.read" },
  { href: "/framework", label: "Framework", icon: BookOpenCheck },
];

/** Administration and personal pages: the account menu (and the menu sheet's second group). */
export const ACCOUNT_ITEMS: NavItem[] = [
  { href: "/settings", label: "Settings", icon: Settings },
  { href: "/audit", label: "Audit log", icon: ScrollText, permission: "audit.read" },
  { href: "/outbox", label: "Outbox", icon: Mail },
];

export function visibleItems(items: NavItem[], granted: readonly Permission[]): NavItem[] {
  return items.filter((item) => !item.permission || granted.includes(item.permission));
}

/** "/" only on the overview itself; any other entry for its page and the pages below it. */
export function isActive(href: string, pathname: string): boolean {
  return href === "/" ? pathname === "/" : pathname === href || pathname.startsWith(`${href}/`);
}

import { BookOpenCheck, LayoutDashboard, type LucideIcon } from "lucide-react";

export interface NavItem {
  href: string;
  label: string;
  icon: LucideIcon;
}

/** Only pages that exist are linked; later features add their entries here. */
export const NAV_ITEMS: NavItem[] = [
  { href: "/", label: "Overview", icon: LayoutDashboard },
  { href: "/framework", label: "Framework", icon: BookOpenCheck },
];

import { BookOpenCheck, BriefcaseBusiness, ClipboardCheck, LayoutDashboard, ListChecks, Mail, ScrollText, Settings, type LucideIcon } from "lucide-react";
import type { Permission } from "@/lib/permissions";

export interface NavItem {
  href: string;
  label: string;
  icon: LucideIcon;
  /** Hidden from roles without it; the page checks it again on the server. */
  permission?: Permission;
}

/** Only pages that exist are linked; later features add their entries here. */
export const NAV_ITEMS: NavItem[] = [
  { href: "/", label: "Overview", icon: LayoutDashboard },
  { href: "/assessments", label: "Assessments", icon: ClipboardCheck, permission: "assessment.read" },
  { href: "/portfolio", label: "Portfolio", icon: BriefcaseBusiness, permission: "assessment.read" },
  { href: "/next-steps", label: "Next steps", icon: ListChecks, permission: "assessment.read" },
  { href: "/framework", label: "Framework", icon: BookOpenCheck },
  { href: "/audit", label: "Audit log", icon: ScrollText, permission: "audit.read" },
  { href: "/outbox", label: "Outbox", icon: Mail },
  { href: "/settings", label: "Settings", icon: Settings },
];

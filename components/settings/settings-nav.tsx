"use client";

import { Building2, KeyRound, ShieldCheck, UserRound, Users, type LucideIcon } from "lucide-react";
import Link from "next/link";
import { usePathname } from "next/navigation";
import { roleHasPermission, type Permission, type Role } from "@/lib/permissions";
import { cn } from "@/lib/utils";

interface SettingsPage {
  href: string;
  label: string;
  icon: LucideIcon;
  /** Listed only for roles with it; the page checks it again on the server. */
  permission?: Permission;
}

const PAGES: SettingsPage[] = [
  { href: "/settings", label: "Organisation", icon: Building2 },
  { href: "/settings/members", label: "Members", icon: Users, permission: "member.read" },
  { href: "/settings/security", label: "Security", icon: ShieldCheck },
  { href: "/settings/api-tokens", label: "API tokens", icon: KeyRound, permission: "token.manage" },
  { href: "/settings/account", label: "My account", icon: UserRound },
];

/**
 * The settings area's own pages: a column beside the page on wide screens, wrapping buttons
 * above it on phones (never a strip that scrolls sideways). `enrolOnly`: the organisation
 * requires two-factor authentication and this member has none yet, so only My account opens.
 */
export function SettingsNav({ role, enrolOnly }: { role: Role; enrolOnly: boolean }) {
  const pathname = usePathname();
  const pages = PAGES.filter((page) => (enrolOnly ? page.href === "/settings/account" : !page.permission || roleHasPermission(role, page.permission)));
  return (
    <nav aria-label="Settings">
      <ul className="flex flex-wrap gap-2 lg:grid lg:gap-1">
        {pages.map(({ href, label, icon: Icon }) => {
          const active = pathname === href;
          return (
            <li key={href}>
              <Link
                href={href}
                aria-current={active ? "page" : undefined}
                className={cn(
                  "flex items-center gap-2 whitespace-nowrap rounded-md border px-3 py-2 text-sm font-medium focus-visible:outline-none focus-visible:ring-2 focus-visible:ring-ring lg:border-transparent",
                  active ? "border-primary/40 bg-primary/10 text-foreground lg:bg-muted" : "border-border text-muted-foreground hover:bg-muted hover:text-foreground",
                )}
              >
                <Icon className="size-4" aria-hidden />
                {label}
              </Link>
            </li>
          );
        })}
      </ul>
    </nav>
  );
}

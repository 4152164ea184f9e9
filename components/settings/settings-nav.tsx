"use client";

import { Building2, KeyRound, ShieldCheck, UserRound, Users, Webhook } from "lucide-react";
import { visibleItems, type NavItem } from "@/components/app-shell/nav-items";
import { NavLink } from "@/components/app-shell/nav-link";
import type { Permission } from "@/lib/permissions";

const PAGES: NavItem[] = [
  { href: "/settings", label: "Organisation", icon: Building2 },
  { href: "/settings/members", label: "Members", icon: Users, permission: "member.read" },
  { href: "/settings/security", label: "Security", icon: ShieldCheck },
  { href: "/settings/api-tokens", label: "API tokens", icon: KeyRound, permission: "token.manage" },
  { href: "/settings/webhooks", label: "Webhooks", icon: Webhook, permission: "organization.manage" },
  { href: "/settings/account", label: "My account", icon: UserRound },
];

/**
 * The settings area's own pages: a column beside the page on wide screens, wrapping buttons
 * above it on phones (never a strip that scrolls sideways). `enrolOnly`: the organisation
 * requires two-factor authentication and this member has none yet, so only My account opens.
 */
export function SettingsNav({ permissions, enrolOnly }: { permissions: Permission[]; enrolOnly: boolean }) {
  const pages = enrolOnly ? PAGES.filter((page) => page.href === "/settings/account") : visibleItems(PAGES, permissions);
  return (
    <nav aria-label="Settings">
      <ul className="flex flex-wrap gap-2 lg:grid lg:gap-1">
        {pages.map((page) => (
          <li key={page.href}>
            <NavLink
              item={page}
              exact
              className="flex items-center gap-2 whitespace-nowrap rounded-md border px-3 py-2 text-sm font-medium focus-visible:outline-none focus-visible:ring-2 focus-visible:ring-ring lg:border-transparent"
              activeClassName="border-primary/40 bg-primary/10 text-foreground lg:bg-muted"
              inactiveClassName="border-border text-muted-foreground hover:bg-muted hover:text-foreground"
            />
          </li>
        ))}
      </ul>
    </nav>
  );
}

"use client";

import { ShieldCheck } from "lucide-react";
import Link from "next/link";
import type { Permission } from "@/lib/permissions";
import type { Theme } from "@/lib/theme";
import { AppNav } from "./app-nav";
import { MobileNav } from "./mobile-nav";
import { ACCOUNT_ITEMS, MAIN_ITEMS, visibleItems } from "./nav-items";
import { OrganizationSwitcher, type OrganizationOption } from "./organization-switcher";
import { UserMenu } from "./user-menu";

interface AppHeaderProps {
  user: { name: string; email: string };
  theme: Theme;
  organization: OrganizationOption | null;
  organizations: OrganizationOption[];
  /** What `can` grants the actor (lib/policy.ts): the header shows the entries for those. */
  permissions: Permission[];
}

/**
 * Widths: the main entries sit in the bar from 1024 px (lg), where all five fit on one line
 * beside the switcher; below that a menu button opens them in a sheet. The product name
 * gives way to the entries between 1024 and 1280 px, and the switcher moves into the sheet
 * below 640 px. A client component: the entries carry their icon components.
 */
export function AppHeader({ user, theme, organization, organizations, permissions }: AppHeaderProps) {
  const main = visibleItems(MAIN_ITEMS, permissions);
  const account = visibleItems(ACCOUNT_ITEMS, permissions);
  return (
    <header className="border-b border-border bg-card">
      <a href="#main" className="sr-only focus:not-sr-only focus:absolute focus:left-4 focus:top-2 focus:z-50 focus:rounded focus:bg-card focus:px-3 focus:py-2">
        Skip to content
      </a>
      <div className="mx-auto flex h-14 max-w-6xl items-center gap-2 px-4 sm:gap-3 sm:px-6 lg:gap-4">
        <MobileNav main={main} account={account} organization={organization} organizations={organizations} className="lg:hidden" />
        <Link href="/" className="flex shrink-0 items-center gap-2 rounded-md font-semibold focus-visible:outline-none focus-visible:ring-2 focus-visible:ring-ring">
          <ShieldCheck className="size-5 text-primary" aria-hidden />
          <span className="sr-only whitespace-nowrap min-[360px]:not-sr-only lg:sr-only xl:not-sr-only">Zero Trust Readiness</span>
        </Link>
        <OrganizationSwitcher current={organization} organizations={organizations} className="hidden sm:inline-flex" />
        <AppNav items={main} className="hidden min-w-0 flex-1 self-stretch lg:flex" />
        <div className="ml-auto flex shrink-0 items-center">
          <UserMenu user={user} theme={theme} items={account} />
        </div>
      </div>
    </header>
  );
}

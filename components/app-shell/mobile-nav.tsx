"use client";

import { Menu as MenuIcon } from "lucide-react";
import type { ComponentProps } from "react";
import { Button } from "@/components/ui/button";
import { useHydrated } from "@/components/ui/use-hydrated";
import { cn } from "@/lib/utils";
import { useLazyMenu } from "./lazy-menu";
import type { NavItem } from "./nav-items";
import type { OrganizationOption } from "./organization-switcher";

const loadSheet = () => import("./mobile-nav-sheet").then((module) => module.MobileNavSheet);

/**
 * The navigation below the width where the bar holds every entry: a menu button opening a
 * sheet. On phones it also carries the organisation switcher, which would crowd the bar.
 */
export function MobileNav({
  main,
  account,
  organization,
  organizations,
  className,
}: {
  main: NavItem[];
  account: NavItem[];
  organization: OrganizationOption | null;
  organizations: OrganizationOption[];
  className?: string;
}) {
  const hydrated = useHydrated();
  const { Menu: Sheet, pending, open } = useLazyMenu(loadSheet);
  const trigger = (props: ComponentProps<typeof Button>) => (
    <Button variant="ghost" size="icon" className={cn("-ml-2", className)} aria-label="Menu" {...props}>
      <MenuIcon aria-hidden />
    </Button>
  );
  if (Sheet) return <Sheet main={main} account={account} organization={organization} organizations={organizations} trigger={trigger({})} />;
  return trigger({ disabled: !hydrated, "aria-haspopup": "dialog", "aria-expanded": false, "aria-busy": pending || undefined, onClick: open });
}

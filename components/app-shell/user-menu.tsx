"use client";

import type { ComponentProps } from "react";
import { Button } from "@/components/ui/button";
import { useHydrated } from "@/components/ui/use-hydrated";
import type { Theme } from "@/lib/theme";
import { useLazyMenu } from "./lazy-menu";
import type { NavItem } from "./nav-items";

const loadMenu = () => import("./user-menu-content").then((module) => module.UserMenuContent);

function initials(name: string): string {
  return name
    .split(/\s+/)
    .filter(Boolean)
    .slice(0, 2)
    .map((part) => part[0]?.toUpperCase())
    .join("");
}

/** The person's own menu, where settings, the audit log and the outbox live at every width. */
export function UserMenu({ user, theme, items }: { user: { name: string; email: string }; theme: Theme; items: NavItem[] }) {
  const hydrated = useHydrated();
  const { Menu, openedWith, pending, open } = useLazyMenu(loadMenu);
  const trigger = (props: ComponentProps<typeof Button>) => (
    <Button variant="ghost" size="icon" className="shrink-0 rounded-full bg-muted" aria-label={`Account menu for ${user.name}`} {...props}>
      <span aria-hidden className="text-xs font-semibold">
        {initials(user.name) || "?"}
      </span>
    </Button>
  );
  if (Menu) return <Menu user={user} theme={theme} items={items} trigger={trigger({})} openedWith={openedWith} />;
  return trigger({ disabled: !hydrated, "aria-haspopup": "menu", "aria-expanded": false, "aria-busy": pending || undefined, onClick: open });
}

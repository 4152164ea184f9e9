"use client";

import { X } from "lucide-react";
import { Dialog } from "radix-ui";
import { useState, type ReactElement } from "react";
import { Button } from "@/components/ui/button";
import type { NavItem } from "./nav-items";
import { NavLink } from "./nav-link";
import { OrganizationSwitcher, type OrganizationOption } from "./organization-switcher";

function SheetLinks({ items, label, onNavigate }: { items: NavItem[]; label: string; onNavigate: () => void }) {
  return (
    <nav aria-label={label}>
      <ul className="grid gap-1">
        {items.map((item) => (
          <li key={item.href}>
            <NavLink
              item={item}
              onNavigate={onNavigate}
              className="flex items-center gap-3 rounded-md px-3 py-2.5 text-sm font-medium hover:bg-muted focus-visible:outline-none focus-visible:ring-2 focus-visible:ring-ring"
              activeClassName="bg-muted text-foreground"
              inactiveClassName="text-muted-foreground"
            />
          </li>
        ))}
      </ul>
    </nav>
  );
}

/**
 * The menu sheet itself (a modal dialog: focus stays inside, Escape closes it, following a
 * link closes it), loaded apart from the page (see useLazyMenu); it mounts open.
 */
export function MobileNavSheet({
  main,
  account,
  organization,
  organizations,
  trigger,
}: {
  main: NavItem[];
  account: NavItem[];
  organization: OrganizationOption | null;
  organizations: OrganizationOption[];
  trigger: ReactElement;
}) {
  const [open, setOpen] = useState(true);
  const close = () => setOpen(false);
  return (
    <Dialog.Root open={open} onOpenChange={setOpen}>
      <Dialog.Trigger asChild>{trigger}</Dialog.Trigger>
      <Dialog.Portal>
        <Dialog.Overlay className="fixed inset-0 z-40 bg-black/50" />
        <Dialog.Content
          aria-describedby={undefined}
          className="fixed inset-y-0 left-0 z-50 flex w-72 max-w-[85vw] flex-col gap-6 overflow-y-auto border-r border-border bg-card p-4 text-card-foreground shadow-lg focus:outline-none"
        >
          <div className="flex items-center justify-between">
            <Dialog.Title className="text-base font-semibold">Menu</Dialog.Title>
            <Dialog.Close asChild>
              <Button variant="ghost" size="icon" aria-label="Close menu">
                <X aria-hidden />
              </Button>
            </Dialog.Close>
          </div>
          <div className="grid gap-1.5 sm:hidden">
            <span className="px-1 text-xs font-medium text-muted-foreground">Organisation</span>
            <OrganizationSwitcher current={organization} organizations={organizations} className="w-full max-w-none justify-start" onNavigate={close} />
          </div>
          <SheetLinks items={main} label="Main" onNavigate={close} />
          <div className="grid gap-1.5 border-t border-border pt-4">
            <SheetLinks items={account} label="Account and administration" onNavigate={close} />
          </div>
        </Dialog.Content>
      </Dialog.Portal>
    </Dialog.Root>
  );
}

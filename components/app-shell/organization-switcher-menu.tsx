"use client";

import { Check, Plus } from "lucide-react";
import Link from "next/link";
import type { ReactElement } from "react";
import {
  DropdownMenu,
  DropdownMenuContent,
  DropdownMenuItem,
  DropdownMenuLabel,
  DropdownMenuSeparator,
  DropdownMenuTrigger,
} from "@/components/ui/dropdown-menu";
import { useFirstItemFocus, type OpenedWith } from "./lazy-menu";
import type { OrganizationOption } from "./organization-switcher";

/** The switcher's menu, loaded apart from the page (see useLazyMenu); it mounts open. */
export function OrganizationSwitcherMenu({
  current,
  organizations,
  trigger,
  openedWith,
  onSwitch,
  onNavigate,
}: {
  current: OrganizationOption | null;
  organizations: OrganizationOption[];
  trigger: ReactElement;
  openedWith: OpenedWith;
  onSwitch: (organizationId: string) => void;
  onNavigate?: () => void;
}) {
  const onFocus = useFirstItemFocus(openedWith);
  return (
    <DropdownMenu defaultOpen>
      <DropdownMenuTrigger asChild>{trigger}</DropdownMenuTrigger>
      <DropdownMenuContent align="start" className="max-w-[calc(100vw-2rem)]" onFocus={onFocus}>
        <DropdownMenuLabel className="text-xs text-muted-foreground">Organisations</DropdownMenuLabel>
        {organizations.map((organization) => (
          <DropdownMenuItem key={organization.id} onSelect={() => onSwitch(organization.id)}>
            <Check aria-hidden className={organization.id === current?.id ? "" : "invisible"} />
            <span className="truncate">{organization.name}</span>
          </DropdownMenuItem>
        ))}
        <DropdownMenuSeparator />
        <DropdownMenuItem asChild>
          <Link href="/organizations/new" onClick={onNavigate}>
            <Plus aria-hidden />
            New organisation
          </Link>
        </DropdownMenuItem>
      </DropdownMenuContent>
    </DropdownMenu>
  );
}

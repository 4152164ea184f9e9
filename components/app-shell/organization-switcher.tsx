"use client";

import { Building2, Check, ChevronsUpDown, Plus } from "lucide-react";
import Link from "next/link";
import { useTransition } from "react";
import { switchOrganizationAction } from "@/lib/actions/settings";
import { Button } from "@/components/ui/button";
import {
  DropdownMenu,
  DropdownMenuContent,
  DropdownMenuItem,
  DropdownMenuLabel,
  DropdownMenuSeparator,
  DropdownMenuTrigger,
} from "@/components/ui/dropdown-menu";
import { useHydrated } from "@/components/ui/use-hydrated";
import { cn } from "@/lib/utils";

export interface OrganizationOption {
  id: string;
  name: string;
}

/** `onNavigate`: called when the user leaves for "New organisation" (the menu sheet closes then). */
export function OrganizationSwitcher({
  current,
  organizations,
  className,
  onNavigate,
}: {
  current: OrganizationOption | null;
  organizations: OrganizationOption[];
  className?: string;
  onNavigate?: () => void;
}) {
  const [pending, startTransition] = useTransition();
  const hydrated = useHydrated();
  return (
    <DropdownMenu>
      <DropdownMenuTrigger asChild>
        <Button
          variant="outline"
          size="sm"
          className={cn("min-w-0 max-w-48", className)}
          disabled={pending || !hydrated}
          aria-label={`Organisation: ${current?.name ?? "none"}. Switch organisation`}
        >
          <Building2 aria-hidden />
          <span className="truncate">{current?.name ?? "No organisation"}</span>
          <ChevronsUpDown aria-hidden className="ml-auto" />
        </Button>
      </DropdownMenuTrigger>
      <DropdownMenuContent align="start" className="max-w-[calc(100vw-2rem)]">
        <DropdownMenuLabel className="text-xs text-muted-foreground">Organisations</DropdownMenuLabel>
        {organizations.map((organization) => (
          <DropdownMenuItem
            key={organization.id}
            onSelect={() => startTransition(async () => void (await switchOrganizationAction({ organizationId: organization.id })))}
          >
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

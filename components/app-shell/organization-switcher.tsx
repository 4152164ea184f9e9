"use client";

import { Building2, ChevronsUpDown } from "lucide-react";
import { useTransition, type ComponentProps } from "react";
import { switchOrganizationAction } from "@/lib/actions/settings";
import { Button } from "@/components/ui/button";
import { useHydrated } from "@/components/ui/use-hydrated";
import { cn } from "@/lib/utils";
import { useLazyMenu } from "./lazy-menu";

export interface OrganizationOption {
  id: string;
  name: string;
}

const loadMenu = () => import("./organization-switcher-menu").then((module) => module.OrganizationSwitcherMenu);

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
  const { Menu, openedWith, pending: loading, open } = useLazyMenu(loadMenu);
  const trigger = (props: ComponentProps<typeof Button>) => (
    <Button
      variant="outline"
      size="sm"
      className={cn("min-w-0 max-w-48", className)}
      disabled={pending || !hydrated}
      aria-label={`Organisation: ${current?.name ?? "none"}. Switch organisation`}
      {...props}
    >
      <Building2 aria-hidden />
      <span className="truncate">{current?.name ?? "No organisation"}</span>
      <ChevronsUpDown aria-hidden className="ml-auto" />
    </Button>
  );
  const onSwitch = (organizationId: string) => startTransition(async () => void (await switchOrganizationAction({ organizationId })));
  if (Menu) {
    return (
      <Menu current={current} organizations={organizations} trigger={trigger({})} openedWith={openedWith} onSwitch={onSwitch} onNavigate={onNavigate} />
    );
  }
  return trigger({ "aria-haspopup": "menu", "aria-expanded": false, "aria-busy": loading || undefined, onClick: open });
}

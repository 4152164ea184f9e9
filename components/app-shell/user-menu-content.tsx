"use client";

import { LogOut, Moon, Sun, UserRound } from "lucide-react";
import Link from "next/link";
import { useTransition, type ReactElement } from "react";
import { setThemeAction } from "@/lib/actions/theme";
import { signOutAction } from "@/lib/actions/auth";
import {
  DropdownMenu,
  DropdownMenuContent,
  DropdownMenuItem,
  DropdownMenuLabel,
  DropdownMenuSeparator,
  DropdownMenuTrigger,
} from "@/components/ui/dropdown-menu";
import type { Theme } from "@/lib/theme";
import { useFirstItemFocus, type OpenedWith } from "./lazy-menu";
import type { NavItem } from "./nav-items";

/** The account menu itself, loaded apart from the page (see useLazyMenu); it mounts open. */
export function UserMenuContent({
  user,
  theme,
  items,
  trigger,
  openedWith,
}: {
  user: { name: string; email: string };
  theme: Theme;
  items: NavItem[];
  trigger: ReactElement;
  openedWith: OpenedWith;
}) {
  const [, startTransition] = useTransition();
  const onFocus = useFirstItemFocus(openedWith);
  const otherTheme: Theme = theme === "dark" ? "light" : "dark";
  return (
    <DropdownMenu defaultOpen>
      <DropdownMenuTrigger asChild>{trigger}</DropdownMenuTrigger>
      <DropdownMenuContent align="end" className="max-w-[calc(100vw-2rem)]" onFocus={onFocus}>
        <DropdownMenuLabel>
          <span className="block truncate font-medium">{user.name}</span>
          <span className="block truncate text-xs text-muted-foreground">{user.email}</span>
        </DropdownMenuLabel>
        <DropdownMenuSeparator />
        <DropdownMenuItem asChild>
          <Link href="/settings/account">
            <UserRound aria-hidden />
            My account
          </Link>
        </DropdownMenuItem>
        {items.map(({ href, label, icon: Icon }) => (
          <DropdownMenuItem key={href} asChild>
            <Link href={href}>
              <Icon aria-hidden />
              {label}
            </Link>
          </DropdownMenuItem>
        ))}
        <DropdownMenuSeparator />
        <DropdownMenuItem onSelect={() => startTransition(() => setThemeAction(otherTheme))}>
          {otherTheme === "dark" ? <Moon aria-hidden /> : <Sun aria-hidden />}
          {otherTheme === "dark" ? "Dark theme" : "Light theme"}
        </DropdownMenuItem>
        <DropdownMenuItem onSelect={() => startTransition(() => signOutAction())}>
          <LogOut aria-hidden />
          Sign out
        </DropdownMenuItem>
      </DropdownMenuContent>
    </DropdownMenu>
  );
}

"use client";

import { LogOut, Moon, Sun, UserRound } from "lucide-react";
import Link from "next/link";
import { useTransition } from "react";
import { setThemeAction } from "@/lib/actions/theme";
import { signOutAction } from "@/lib/actions/auth";
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
import type { Theme } from "@/lib/theme";
import type { NavItem } from "./nav-items";

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
  const [, startTransition] = useTransition();
  const hydrated = useHydrated();
  const otherTheme: Theme = theme === "dark" ? "light" : "dark";
  return (
    <DropdownMenu>
      <DropdownMenuTrigger asChild>
        <Button variant="ghost" size="icon" className="shrink-0 rounded-full bg-muted" disabled={!hydrated} aria-label={`Account menu for ${user.name}`}>
          <span aria-hidden className="text-xs font-semibold">
            {initials(user.name) || "?"}
          </span>
        </Button>
      </DropdownMenuTrigger>
      <DropdownMenuContent align="end" className="max-w-[calc(100vw-2rem)]">
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

"use client";

import { LogOut, Mail, Moon, Sun } from "lucide-react";
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
import type { Theme } from "@/lib/theme";

function initials(name: string): string {
  return name
    .split(/\s+/)
    .filter(Boolean)
    .slice(0, 2)
    .map((part) => part[0]?.toUpperCase())
    .join("");
}

export function UserMenu({ user, theme }: { user: { name: string; email: string }; theme: Theme }) {
  const [, startTransition] = useTransition();
  const otherTheme: Theme = theme === "dark" ? "light" : "dark";
  return (
    <DropdownMenu>
      <DropdownMenuTrigger asChild>
        <Button variant="ghost" size="icon" className="rounded-full bg-muted" aria-label={`Account menu for ${user.name}`}>
          <span aria-hidden className="text-xs font-semibold">
            {initials(user.name) || "?"}
          </span>
        </Button>
      </DropdownMenuTrigger>
      <DropdownMenuContent align="end">
        <DropdownMenuLabel>
          <span className="block font-medium">{user.name}</span>
          <span className="block text-xs text-muted-foreground">{user.email}</span>
        </DropdownMenuLabel>
        <DropdownMenuSeparator />
        <DropdownMenuItem asChild>
          <Link href="/outbox">
            <Mail aria-hidden />
            Outbox
          </Link>
        </DropdownMenuItem>
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

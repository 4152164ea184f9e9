import { ShieldCheck } from "lucide-react";
import Link from "next/link";
import type { Theme } from "@/lib/theme";
import { AppNav } from "./app-nav";
import { OrganizationSwitcher } from "./organization-switcher";
import { UserMenu } from "./user-menu";

interface AppHeaderProps {
  user: { name: string; email: string };
  theme: Theme;
  organization: { id: string; name: string } | null;
  organizations: { id: string; name: string }[];
  canReadAudit: boolean;
}

export function AppHeader({ user, theme, organization, organizations, canReadAudit }: AppHeaderProps) {
  return (
    <header className="border-b border-border bg-card">
      <a href="#main" className="sr-only focus:not-sr-only focus:absolute focus:left-4 focus:top-2 focus:z-50 focus:rounded focus:bg-card focus:px-3 focus:py-2">
        Skip to content
      </a>
      <div className="mx-auto flex max-w-6xl items-center gap-4 px-4 sm:px-6">
        <Link href="/" className="flex shrink-0 items-center gap-2 py-3 font-semibold">
          <ShieldCheck className="size-5 text-primary" aria-hidden />
          <span className="hidden sm:inline">Zero Trust Readiness</span>
        </Link>
        <OrganizationSwitcher current={organization} organizations={organizations} />
        <div className="min-w-0 flex-1">
          <AppNav canReadAudit={canReadAudit} />
        </div>
        <UserMenu user={user} theme={theme} />
      </div>
    </header>
  );
}

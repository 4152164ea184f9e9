import type { ReactNode } from "react";
import { SettingsNav } from "@/components/settings/settings-nav";
import { requireMembership } from "@/lib/server/session";
import { mustEnrolTwoFactor } from "@/lib/actor";
import { grantedPermissions } from "@/lib/policy";

/** The frame of every settings page; each page checks its own permission again. */
export default async function SettingsLayout({ children }: { children: ReactNode }) {
  const { actor } = await requireMembership({ enrolmentPage: true });
  return (
    <div className="grid gap-6 lg:grid-cols-[13rem_minmax(0,1fr)] lg:gap-10">
      <div className="grid content-start gap-3">
        <p className="text-sm font-medium text-muted-foreground">Settings</p>
        <SettingsNav permissions={grantedPermissions(actor)} enrolOnly={mustEnrolTwoFactor(actor)} />
      </div>
      <div className="grid min-w-0 content-start gap-6">{children}</div>
    </div>
  );
}

import type { ReactNode } from "react";
import { AppHeader } from "@/components/app-shell/app-header";
import { cookies } from "next/headers";
import { roleHasPermission } from "@/lib/permissions";
import { requireActor } from "@/lib/server/session";
import { THEME_COOKIE, parseTheme } from "@/lib/theme";

export default async function AppLayout({ children }: { children: ReactNode }) {
  const actor = await requireActor();
  const theme = parseTheme((await cookies()).get(THEME_COOKIE)?.value);
  return (
    <div className="flex min-h-screen flex-col">
      <AppHeader
        user={{ name: actor.name, email: actor.email }}
        theme={theme}
        organization={actor.membership ? { id: actor.membership.organizationId, name: actor.membership.organizationName } : null}
        organizations={actor.organizations}
        canReadAudit={roleHasPermission(actor.membership?.role, "audit.read")}
      />
      <main id="main" className="mx-auto w-full max-w-6xl flex-1 px-4 py-8 sm:px-6">
        {children}
      </main>
    </div>
  );
}

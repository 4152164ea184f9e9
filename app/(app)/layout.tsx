import type { ReactNode } from "react";
import { AppHeader } from "@/components/app-shell/app-header";
import { cookies } from "next/headers";
import { requireActor } from "@/lib/server/session";
import { VerificationNotice } from "@/components/mail/verification-notice";
import { getEmailVerified } from "@/lib/server/email-verification";
import { smtpConfigured } from "@/lib/server/mail";
import { grantedPermissions } from "@/lib/policy";
import { THEME_COOKIE, parseTheme } from "@/lib/theme";

export default async function AppLayout({ children }: { children: ReactNode }) {
  const actor = await requireActor();
  const theme = parseTheme((await cookies()).get(THEME_COOKIE)?.value);
  const verified = await getEmailVerified(actor);
  return (
    <div className="flex min-h-screen flex-col">
      <AppHeader
        user={{ name: actor.name, email: actor.email }}
        theme={theme}
        organization={actor.membership ? { id: actor.membership.organizationId, name: actor.membership.organizationName } : null}
        organizations={actor.organizations}
        permissions={grantedPermissions(actor)}
      />
      <main id="main" className="mx-auto w-full min-w-0 max-w-6xl flex-1 px-4 py-8 sm:px-6">
        {verified ? null : (
          <div className="mb-6">
            <VerificationNotice email={actor.email} outbox={!smtpConfigured()} next="/" />
          </div>
        )}
        {children}
      </main>
    </div>
  );
}

import type { Metadata } from "next";
import { ChangePasswordForm } from "@/components/settings/change-password-form";
import { SessionsList } from "@/components/settings/sessions-list";
import { SettingsHeader } from "@/components/settings/settings-header";
import { TwoFactorSettings } from "@/components/settings/two-factor-settings";
import { Alert } from "@/components/ui/alert";
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from "@/components/ui/card";
import { listMySessions } from "@/lib/server/sessions";
import { requireMembership } from "@/lib/server/session";
import { mustEnrolTwoFactor } from "@/lib/actor";

export const metadata: Metadata = { title: "My account" };

function TwoFactorCard({ enabled }: { enabled: boolean }) {
  return (
    <Card>
      <CardHeader>
        <CardTitle>Two-factor authentication</CardTitle>
        <CardDescription>A code from an authenticator app at every sign-in, with one-time recovery codes.</CardDescription>
      </CardHeader>
      <CardContent>
        <TwoFactorSettings enabled={enabled} />
      </CardContent>
    </Card>
  );
}

/** The one settings page open to a member who must first enrol in two-factor authentication. */
export default async function AccountPage() {
  const { actor, membership } = await requireMembership({ enrolmentPage: true });
  const header = <SettingsHeader title="My account">Signed in as {actor.name} ({actor.email}).</SettingsHeader>;
  if (mustEnrolTwoFactor(actor)) {
    return (
      <>
        {header}
        <Alert>{membership.organizationName} requires two-factor authentication. Set it up to continue.</Alert>
        <TwoFactorCard enabled={false} />
      </>
    );
  }
  const sessions = await listMySessions(actor);
  return (
    <>
      {header}
      <Card>
        <CardHeader>
          <CardTitle>Password</CardTitle>
          <CardDescription>Changing your password signs out your other sessions.</CardDescription>
        </CardHeader>
        <CardContent>
          <ChangePasswordForm />
        </CardContent>
      </Card>
      <TwoFactorCard enabled={actor.twoFactorEnabled} />
      <Card>
        <CardHeader>
          <CardTitle>Your sessions</CardTitle>
          <CardDescription>Where you are signed in. Revoking a session signs it out at its next request.</CardDescription>
        </CardHeader>
        <CardContent>
          <SessionsList
            sessions={sessions.map((session) => ({ ...session, createdAt: session.createdAt.toISOString(), lastActiveAt: session.lastActiveAt.toISOString() }))}
          />
        </CardContent>
      </Card>
    </>
  );
}

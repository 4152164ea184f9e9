import type { Metadata } from "next";
import Link from "next/link";
import { MfaPolicyForm } from "@/components/settings/mfa-policy-form";
import { SettingsHeader } from "@/components/settings/settings-header";
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from "@/components/ui/card";
import { can } from "@/lib/policy";
import { SESSION_LIFETIME } from "@/lib/server/session-lifetime";
import { requireMembership } from "@/lib/server/session";
import { ssoConfig } from "@/lib/server/sso";

export const metadata: Metadata = { title: "Security" };

const linkClass = "font-medium text-primary underline-offset-4 hover:underline";

function hours(seconds: number): string {
  const value = seconds / 3600;
  return value % 24 === 0 && value >= 48 ? `${value / 24} days` : `${value} ${value === 1 ? "hour" : "hours"}`;
}

/** How the organisation protects sign-ins; what the server's administrator sets is shown read-only. */
export default async function SecuritySettingsPage() {
  const { actor, membership } = await requireMembership();
  const canManage = can(actor, "organization.manage");
  const sso = ssoConfig();
  return (
    <>
      <SettingsHeader title="Security">How members of {membership.organizationName} sign in and how long their sessions last.</SettingsHeader>
      <Card>
        <CardHeader>
          <CardTitle>Two-factor authentication</CardTitle>
          <CardDescription>
            When required, members without it can only open{" "}
            <Link href="/settings/account" className={linkClass}>
              My account
            </Link>{" "}
            to set it up. Turn it on for yourself first.
          </CardDescription>
        </CardHeader>
        <CardContent>
          {canManage ? (
            <MfaPolicyForm required={membership.mfaRequired} />
          ) : (
            <p className="text-sm">{membership.mfaRequired ? "Required for every member." : "Not required."} Owners and admins change this.</p>
          )}
        </CardContent>
      </Card>
      <Card>
        <CardHeader>
          <CardTitle>Sessions</CardTitle>
          <CardDescription>Set for the whole server by its administrator (SESSION_IDLE_HOURS, SESSION_MAX_HOURS).</CardDescription>
        </CardHeader>
        <CardContent className="grid gap-2 text-sm">
          <p>
            A browser session ends after {hours(SESSION_LIFETIME.idleSeconds)} without use, and {hours(SESSION_LIFETIME.maxSeconds)} after its sign-in however busy.
          </p>
          <p className="text-muted-foreground">
            {canManage ? (
              <>
                To sign a member out everywhere or revoke their API tokens, use Access on{" "}
                <Link href="/settings/members" className={linkClass}>
                  Members
                </Link>
                .
              </>
            ) : (
              <>
                Your own sessions are listed on{" "}
                <Link href="/settings/account" className={linkClass}>
                  My account
                </Link>
                .
              </>
            )}
          </p>
        </CardContent>
      </Card>
      <Card>
        <CardHeader>
          <CardTitle>Single sign-on</CardTitle>
          <CardDescription>Set for the whole server by its administrator (OIDC_ISSUER, OIDC_CLIENT_ID, OIDC_CLIENT_SECRET).</CardDescription>
        </CardHeader>
        <CardContent className="text-sm">
          {sso ? <p>Members can sign in with {sso.name}.</p> : <p>Not configured: members sign in with their email and password.</p>}
        </CardContent>
      </Card>
    </>
  );
}

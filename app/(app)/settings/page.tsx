import type { Metadata } from "next";
import { ApiTokens } from "@/components/settings/api-tokens";
import { ChangePasswordForm } from "@/components/settings/change-password-form";
import { InviteForm } from "@/components/settings/invite-form";
import { MfaPolicyForm } from "@/components/settings/mfa-policy-form";
import { TwoFactorSettings } from "@/components/settings/two-factor-settings";
import { Alert } from "@/components/ui/alert";
import { MembersTable } from "@/components/settings/members-table";
import { OrganizationNameForm } from "@/components/settings/organization-name-form";
import { PendingInvitations } from "@/components/settings/pending-invitations";
import { ReportSettingsForm } from "@/components/settings/report-settings-form";
import { SessionsList } from "@/components/settings/sessions-list";
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from "@/components/ui/card";
import { permissionsOf, ROLES, roleHasPermission } from "@/lib/permissions";
import { listMyApiTokens, needsReauthentication } from "@/lib/server/api-tokens";
import { listMembers, listPendingInvitations } from "@/lib/server/members";
import { getReportClassification } from "@/lib/server/report";
import { listMySessions } from "@/lib/server/sessions";
import { mustEnrolTwoFactor, requireMembership } from "@/lib/server/session";

export const metadata: Metadata = { title: "Settings" };

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

export default async function SettingsPage() {
  const { actor, membership } = await requireMembership({ enrolmentPage: true });
  if (mustEnrolTwoFactor(actor)) {
    return (
      <div className="grid gap-6">
        <h1 className="text-2xl font-semibold tracking-tight">Settings</h1>
        <Alert>{membership.organizationName} requires two-factor authentication. Set it up to continue.</Alert>
        <TwoFactorCard enabled={false} />
      </div>
    );
  }
  const canManageMembers = roleHasPermission(membership.role, "member.manage");
  const canManageTokens = roleHasPermission(membership.role, "token.manage");
  const canManageOrganization = roleHasPermission(membership.role, "organization.manage");
  const [members, invitations, sessions, tokens, classification] = await Promise.all([
    listMembers(actor),
    canManageMembers ? listPendingInvitations(actor) : [],
    listMySessions(actor),
    canManageTokens ? listMyApiTokens(actor) : [],
    canManageOrganization ? getReportClassification(actor) : null,
  ]);
  const grantable = membership.role === "owner" ? [...ROLES] : ROLES.filter((role) => role !== "owner" && role !== "admin");
  return (
    <div className="grid gap-6">
      <h1 className="text-2xl font-semibold tracking-tight">Settings</h1>
      <Card>
        <CardHeader>
          <CardTitle>Organisation</CardTitle>
          <CardDescription>Your role here: {membership.role}.</CardDescription>
        </CardHeader>
        <CardContent>
          <div className="grid gap-4">
            <OrganizationNameForm name={membership.organizationName} canEdit={roleHasPermission(membership.role, "organization.manage")} />
            {roleHasPermission(membership.role, "organization.manage") ? <MfaPolicyForm required={membership.mfaRequired} /> : null}
            {classification !== null ? <ReportSettingsForm classification={classification} /> : null}
          </div>
        </CardContent>
      </Card>
      <Card>
        <CardHeader>
          <CardTitle>Members</CardTitle>
          <CardDescription>Each member has one role. Only owners grant, change or remove owner and admin.</CardDescription>
        </CardHeader>
        <CardContent>
          <MembersTable
            canManage={canManageMembers}
            members={members.map((member) => ({
              ...member,
              isYou: member.userId === actor.userId,
              manageable: canManageMembers && (membership.role === "owner" || (member.role !== "owner" && member.role !== "admin")),
            }))}
          />
        </CardContent>
      </Card>
      {canManageMembers ? (
        <Card>
          <CardHeader>
            <CardTitle>Invite someone</CardTitle>
            <CardDescription>Invitations are single-use links for one email address, valid for 7 days.</CardDescription>
          </CardHeader>
          <CardContent className="grid gap-6">
            <InviteForm grantableRoles={grantable} />
            <div className="grid gap-2">
              <h3 className="text-sm font-medium">Pending invitations</h3>
              <PendingInvitations invitations={invitations.map((invitation) => ({ ...invitation, expiresAt: invitation.expiresAt.toISOString() }))} />
            </div>
          </CardContent>
        </Card>
      ) : null}
      <Card>
        <CardHeader>
          <CardTitle>My account</CardTitle>
          <CardDescription>Changing your password signs out your other sessions.</CardDescription>
        </CardHeader>
        <CardContent>
          <ChangePasswordForm />
        </CardContent>
      </Card>
      <TwoFactorCard enabled={actor.twoFactorEnabled} />
      {canManageTokens ? (
        <Card>
          <CardHeader>
            <CardTitle>API tokens</CardTitle>
            <CardDescription>For tools that call the API on your behalf in {membership.organizationName}. Tokens never do more than your role allows.</CardDescription>
          </CardHeader>
          <CardContent>
            <ApiTokens
              grantable={permissionsOf(membership.role)}
              confirmPassword={needsReauthentication(actor)}
              tokens={tokens.map((token) => ({ ...token, expiresAt: token.expiresAt.toISOString(), lastUsedAt: token.lastUsedAt?.toISOString() ?? null }))}
            />
          </CardContent>
        </Card>
      ) : null}
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
    </div>
  );
}

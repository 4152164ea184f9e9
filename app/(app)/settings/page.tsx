import type { Metadata } from "next";
import { InviteForm } from "@/components/settings/invite-form";
import { MembersTable } from "@/components/settings/members-table";
import { OrganizationNameForm } from "@/components/settings/organization-name-form";
import { PendingInvitations } from "@/components/settings/pending-invitations";
import { SessionsList } from "@/components/settings/sessions-list";
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from "@/components/ui/card";
import { ROLES, roleHasPermission } from "@/lib/permissions";
import { listMembers, listPendingInvitations } from "@/lib/server/members";
import { listMySessions } from "@/lib/server/sessions";
import { requireMembership } from "@/lib/server/session";

export const metadata: Metadata = { title: "Settings" };

export default async function SettingsPage() {
  const { actor, membership } = await requireMembership();
  const canManageMembers = roleHasPermission(membership.role, "member.manage");
  const [members, invitations, sessions] = await Promise.all([
    listMembers(actor),
    canManageMembers ? listPendingInvitations(actor) : [],
    listMySessions(actor),
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
          <OrganizationNameForm name={membership.organizationName} canEdit={roleHasPermission(membership.role, "organization.manage")} />
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
            members={members.map((member) => ({ ...member, isYou: member.userId === actor.userId }))}
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

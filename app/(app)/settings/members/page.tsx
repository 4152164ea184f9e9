import type { Metadata } from "next";
import { InviteForm } from "@/components/settings/invite-form";
import { MembersTable } from "@/components/settings/members-table";
import { PendingInvitations } from "@/components/settings/pending-invitations";
import { SettingsHeader } from "@/components/settings/settings-header";
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from "@/components/ui/card";
import { grantableRoles, mayManageRole } from "@/lib/permissions";
import { can } from "@/lib/policy";
import { listMembers, listPendingInvitations } from "@/lib/server/members";
import { requireMembership } from "@/lib/server/session";

export const metadata: Metadata = { title: "Members" };

export default async function MembersPage() {
  const { actor, membership } = await requireMembership();
  const canManage = can(actor, "member.manage");
  const [members, invitations] = await Promise.all([listMembers(actor), canManage ? listPendingInvitations(actor) : []]);
  const grantable = grantableRoles(membership.role);
  // The server refuses to leave an organisation without an owner; the table does not offer it.
  const owners = members.filter((member) => member.role === "owner").length;
  return (
    <>
      <SettingsHeader title="Members">Each member has one role. Only owners grant, change or remove owner and admin.</SettingsHeader>
      <Card>
        <CardHeader>
          <CardTitle>Members of {membership.organizationName}</CardTitle>
        </CardHeader>
        <CardContent>
          <MembersTable
            canManage={canManage}
            grantableRoles={grantable}
            members={members.map((member) => ({
              ...member,
              isYou: member.userId === actor.userId,
              manageable: canManage && mayManageRole(membership.role, member.role),
              onlyOwner: member.role === "owner" && owners === 1,
            }))}
          />
        </CardContent>
      </Card>
      {canManage ? (
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
    </>
  );
}

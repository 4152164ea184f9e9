"use client";

import { useActionForm } from "@/components/forms/use-action-form";
import { revokeInvitationAction } from "@/lib/actions/settings";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import type { Role } from "@/lib/permissions";
import { ROLE_LABELS } from "@/lib/permissions";

export function PendingInvitations({ invitations }: { invitations: { id: string; email: string; role: Role; expiresAt: string }[] }) {
  const revocation = useActionForm(revokeInvitationAction);
  if (invitations.length === 0) return <p className="text-sm text-muted-foreground">No pending invitations.</p>;
  return (
    <div className="grid gap-2">
      {revocation.error ? <Alert>{revocation.error}</Alert> : null}
      <ul className="grid gap-2">
        {invitations.map((invitation) => (
          <li key={invitation.id} className="flex flex-wrap items-center justify-between gap-2 rounded-md border border-border px-3 py-2 text-sm">
            <span>
              {invitation.email} · {ROLE_LABELS[invitation.role]} · expires {invitation.expiresAt.slice(0, 10)}
            </span>
            <Button variant="ghost" size="sm" disabled={revocation.pending} onClick={() => revocation.submit({ invitationId: invitation.id })}>
              Revoke
            </Button>
          </li>
        ))}
      </ul>
    </div>
  );
}

"use client";

import { useTransition } from "react";
import { revokeInvitationAction } from "@/lib/actions/settings";
import { Button } from "@/components/ui/button";
import type { Role } from "@/lib/permissions";
import { ROLE_LABELS } from "./role-labels";

export function PendingInvitations({ invitations }: { invitations: { id: string; email: string; role: Role; expiresAt: string }[] }) {
  const [pending, startTransition] = useTransition();
  if (invitations.length === 0) return <p className="text-sm text-muted-foreground">No pending invitations.</p>;
  return (
    <ul className="grid gap-2">
      {invitations.map((invitation) => (
        <li key={invitation.id} className="flex flex-wrap items-center justify-between gap-2 rounded-md border border-border px-3 py-2 text-sm">
          <span>
            {invitation.email} · {ROLE_LABELS[invitation.role]} · expires {invitation.expiresAt.slice(0, 10)}
          </span>
          <Button variant="ghost" size="sm" disabled={pending} onClick={() => startTransition(async () => void (await revokeInvitationAction({ invitationId: invitation.id })))}>
            Revoke
          </Button>
        </li>
      ))}
    </ul>
  );
}

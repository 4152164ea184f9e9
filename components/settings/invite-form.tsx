"use client";

import { useState } from "react";
import { useActionForm } from "@/components/forms/use-action-form";
import { createInvitationAction } from "@/lib/actions/settings";
import { FormField } from "@/components/ui/form-field";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { CopyButton } from "@/components/ui/copy-button";
import { Label } from "@/components/ui/label";
import { NativeSelect } from "@/components/ui/select";
import { ROLES, type Role } from "@/lib/permissions";
import type { MailOutcome } from "@/lib/server/mail";
import { ROLE_DESCRIPTIONS, ROLE_LABELS } from "@/lib/permissions";

// The address itself is listed under Pending invitations.
const MAIL_OUTCOME: Record<MailOutcome, string> = {
  sent: "We e-mailed the invitation.",
  held: "This server has no mail server configured: the invitation e-mail is in the Outbox.",
  failed: "The invitation e-mail could not be sent; it is kept in the Outbox.",
};

export function InviteForm({ grantableRoles }: { grantableRoles: Role[] }) {
  const [email, setEmail] = useState("");
  const [role, setRole] = useState<Role>("viewer");
  const [created, setCreated] = useState<{ link: string; mail: MailOutcome }>();
  const form = useActionForm(createInvitationAction, (data) => {
    setEmail("");
    setCreated({ link: `${window.location.origin}/invite/${data.token}`, mail: data.mail });
  });
  const formError = form.formError("email");
  return (
    <div className="grid gap-3">
      <form
        className="flex flex-wrap items-end gap-3"
        onSubmit={(event) => {
          event.preventDefault();
          setCreated(undefined);
          form.submit({ email, role });
        }}
      >
        <div className="w-full min-w-0 flex-1 sm:min-w-64">
          <FormField id="invite-email" label="Email" type="email" maxLength={254} value={email} onChange={(e) => setEmail(e.target.value)} error={form.fieldError("email")} />
        </div>
        <div className="grid w-full min-w-0 gap-1.5 sm:w-auto">
          <Label htmlFor="invite-role">Role</Label>
          {/* The option texts are long: on a phone the select takes the row and cuts them. */}
          <NativeSelect id="invite-role" className="w-full sm:max-w-md" value={role} onChange={(e) => setRole(e.target.value as Role)}>
            {ROLES.filter((r) => grantableRoles.includes(r)).map((r) => (
              <option key={r} value={r}>
                {ROLE_LABELS[r]} — {ROLE_DESCRIPTIONS[r]}
              </option>
            ))}
          </NativeSelect>
        </div>
        <Button type="submit" disabled={form.pending}>
          {form.pending ? "Creating…" : "Create invitation link"}
        </Button>
      </form>
      {formError ? <Alert>{formError}</Alert> : null}
      {created ? (
        <div className="grid gap-2 rounded-md border border-border bg-muted/50 p-3 text-sm">
          <p role="status">{MAIL_OUTCOME[created.mail]}</p>
          <p>The single-use link, shown only once, expires in 7 days. You can also send it yourself:</p>
          <code id="invitation-link" className="break-all font-mono text-xs" data-testid="invitation-link">
            {created.link}
          </code>
          <CopyButton text={created.link} selectId="invitation-link" label="Copy link" />
        </div>
      ) : null}
    </div>
  );
}

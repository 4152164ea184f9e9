"use client";

import Link from "next/link";
import { useActionState } from "react";
import { requestPasswordResetAction } from "@/lib/actions/password-reset";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { FormField } from "@/components/ui/form-field";
import type { PasswordFormState } from "@/lib/validation/mail";

const initial: PasswordFormState = { done: false, errors: {}, values: {} };

export function ForgotPasswordForm({ outbox }: { outbox: boolean }) {
  const [state, action, pending] = useActionState(requestPasswordResetAction, initial);
  if (state.done) {
    return (
      <div className="grid gap-4">
        <div role="status" className="grid gap-2 rounded-md border border-border bg-muted/50 p-3 text-sm">
          <p>If an account exists for {state.values.email}, we sent it a link to reset the password. The link works once, for 30 minutes.</p>
          {outbox ? (
            <p className="text-muted-foreground">
              This server has no mail server configured, so the message waits in its outbox, where only the account itself can read it. Ask the person who runs
              the server to set <code>SMTP_URL</code>.
            </p>
          ) : null}
        </div>
        <Link href="/sign-in" className="text-center text-sm font-medium text-primary underline-offset-4 hover:underline">
          Back to sign in
        </Link>
      </div>
    );
  }
  return (
    <form action={action} className="grid gap-4" noValidate>
      {state.errors.form ? <Alert>{state.errors.form}</Alert> : null}
      <FormField id="email" name="email" type="email" label="Email" autoComplete="email" required maxLength={254} defaultValue={state.values.email} error={state.errors.email} />
      <Button type="submit" disabled={pending}>
        {pending ? "Sending…" : "Send reset link"}
      </Button>
      <p className="text-center text-sm text-muted-foreground">
        Remembered it?{" "}
        <Link href="/sign-in" className="font-medium text-primary underline-offset-4 hover:underline">
          Sign in
        </Link>
      </p>
    </form>
  );
}

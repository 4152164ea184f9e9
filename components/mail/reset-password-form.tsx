"use client";

import Link from "next/link";
import { useActionState } from "react";
import { resetPasswordAction } from "@/lib/actions/password-reset";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { FormField } from "@/components/ui/form-field";
import { PASSWORD_MAX_LENGTH, PASSWORD_MIN_LENGTH } from "@/lib/validation/auth";
import type { PasswordFormState } from "@/lib/validation/mail";

const initial: PasswordFormState = { done: false, errors: {}, values: {} };

export function ResetPasswordForm({ token }: { token: string }) {
  const [state, action, pending] = useActionState(resetPasswordAction, initial);
  if (state.done) {
    return (
      <div className="grid gap-4">
        <p role="status" className="rounded-md border border-border bg-muted/50 p-3 text-sm">
          Your password was changed and every session of your account was signed out.
        </p>
        <Button asChild>
          <Link href="/sign-in">Sign in with the new password</Link>
        </Button>
      </div>
    );
  }
  return (
    <form action={action} className="grid gap-4" noValidate>
      {state.errors.form ? <Alert>{state.errors.form}</Alert> : null}
      {state.errors.token ? <Alert>This reset link is not valid. Ask for a new one.</Alert> : null}
      <input type="hidden" name="token" value={token} />
      <FormField
        id="password"
        name="password"
        type="password"
        label={`New password (at least ${PASSWORD_MIN_LENGTH} characters)`}
        autoComplete="new-password"
        required
        maxLength={PASSWORD_MAX_LENGTH}
        error={state.errors.password}
      />
      <FormField id="confirm" name="confirm" type="password" label="Repeat the new password" autoComplete="new-password" required maxLength={PASSWORD_MAX_LENGTH} error={state.errors.confirm} />
      <Button type="submit" disabled={pending}>
        {pending ? "Saving…" : "Set new password"}
      </Button>
    </form>
  );
}

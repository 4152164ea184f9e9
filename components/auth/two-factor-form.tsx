"use client";

import { useActionState, useState } from "react";
import { twoFactorSignInAction } from "@/lib/actions/auth";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import type { CodeFormState } from "@/lib/validation/auth";
import { FormField } from "@/components/ui/form-field";

const initial: CodeFormState = {};

export function TwoFactorForm({ next }: { next: string }) {
  const [state, action, pending] = useActionState(twoFactorSignInAction, initial);
  const [kind, setKind] = useState<"totp" | "recovery">("totp");
  return (
    <form action={action} className="grid gap-4" noValidate>
      {state.error ? <Alert>{state.error}</Alert> : null}
      <input type="hidden" name="next" value={next} />
      <input type="hidden" name="kind" value={kind} />
      {kind === "totp" ? (
        <FormField id="code" name="code" label="Authentication code" inputMode="numeric" autoComplete="one-time-code" maxLength={6} required autoFocus />
      ) : (
        <FormField id="code" name="code" label="Recovery code" autoComplete="off" required autoFocus />
      )}
      <Button type="submit" disabled={pending}>
        {pending ? "Checking…" : "Verify"}
      </Button>
      <Button type="button" variant="link" onClick={() => setKind(kind === "totp" ? "recovery" : "totp")}>
        {kind === "totp" ? "Use a recovery code instead" : "Use the authenticator app instead"}
      </Button>
    </form>
  );
}

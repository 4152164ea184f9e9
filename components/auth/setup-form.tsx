"use client";

import { useActionState } from "react";
import { setupAction } from "@/app/(auth)/setup/actions";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { FormField } from "@/components/ui/form-field";
import { PASSWORD_MIN_LENGTH } from "@/lib/validation/auth";
import type { SetupFormState } from "@/lib/validation/setup";

const initial: SetupFormState = { errors: {}, values: {} };

export function SetupForm() {
  const [state, action, pending] = useActionState(setupAction, initial);
  return (
    <form action={action} className="grid gap-4" noValidate>
      {state.errors.form ? <Alert>{state.errors.form}</Alert> : null}
      <FormField
        id="code"
        name="code"
        label="Setup code (from the server log)"
        autoComplete="one-time-code"
        spellCheck={false}
        className="font-mono uppercase"
        required
        error={state.errors.code}
      />
      <FormField id="name" name="name" label="Your name" autoComplete="name" required defaultValue={state.values.name} error={state.errors.name} />
      <FormField id="email" name="email" type="email" label="Email" autoComplete="email" required defaultValue={state.values.email} error={state.errors.email} />
      <FormField
        id="password"
        name="password"
        type="password"
        label={`Password (at least ${PASSWORD_MIN_LENGTH} characters)`}
        autoComplete="new-password"
        required
        error={state.errors.password}
      />
      <Button type="submit" disabled={pending}>
        {pending ? "Creating the owner…" : "Create the first owner"}
      </Button>
    </form>
  );
}

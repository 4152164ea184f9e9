"use client";

import { useActionState } from "react";
import { setupAction } from "@/lib/actions/setup";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { NewAccountFields } from "./new-account-fields";
import { FormField } from "@/components/ui/form-field";
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
      <NewAccountFields state={state} nameLabel="Your name" />
      <Button type="submit" disabled={pending}>
        {pending ? "Creating the owner…" : "Create the first owner"}
      </Button>
    </form>
  );
}

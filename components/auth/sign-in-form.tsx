"use client";

import Link from "next/link";
import { useActionState } from "react";
import { signInAction } from "@/lib/actions/auth";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import type { AuthFormState } from "@/lib/validation/auth";
import { FormField } from "@/components/ui/form-field";

const initial: AuthFormState = { errors: {}, values: {} };

export function SignInForm({ next }: { next?: string }) {
  const [state, action, pending] = useActionState(signInAction, initial);
  return (
    <form action={action} className="grid gap-4" noValidate>
      {state.errors.form ? <Alert>{state.errors.form}</Alert> : null}
      <input type="hidden" name="next" value={next ?? "/"} />
      <FormField id="email" name="email" type="email" label="Email" autoComplete="email" required defaultValue={state.values.email} error={state.errors.email} />
      <FormField id="password" name="password" type="password" label="Password" autoComplete="current-password" required error={state.errors.password} />
      <Link href="/forgot-password" className="-mt-2 justify-self-end text-sm font-medium text-primary underline-offset-4 hover:underline">
        Forgot password?
      </Link>
      <Button type="submit" disabled={pending}>
        {pending ? "Signing in…" : "Sign in"}
      </Button>
      <p className="text-center text-sm text-muted-foreground">
        New here?{" "}
        <Link href="/sign-up" className="font-medium text-primary underline-offset-4 hover:underline">
          Create an account
        </Link>
      </p>
    </form>
  );
}

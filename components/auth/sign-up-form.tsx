"use client";

import Link from "next/link";
import { useActionState } from "react";
import { signUpAction } from "@/lib/actions/auth";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { NewAccountFields } from "./new-account-fields";
import type { AuthFormState } from "@/lib/validation/auth";

const initial: AuthFormState = { errors: {}, values: {} };

export function SignUpForm({ next }: { next?: string }) {
  const [state, action, pending] = useActionState(signUpAction, initial);
  return (
    <form action={action} className="grid gap-4" noValidate>
      {state.errors.form ? <Alert>{state.errors.form}</Alert> : null}
      <input type="hidden" name="next" value={next ?? "/"} />
      <NewAccountFields state={state} />
      <Button type="submit" disabled={pending}>
        {pending ? "Creating account…" : "Create account"}
      </Button>
      <p className="text-center text-sm text-muted-foreground">
        Already have an account?{" "}
        <Link href="/sign-in" className="font-medium text-primary underline-offset-4 hover:underline">
          Sign in
        </Link>
      </p>
    </form>
  );
}

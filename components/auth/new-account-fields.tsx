import { FormField } from "@/components/ui/form-field";
import { PASSWORD_MIN_LENGTH, type AuthFormState } from "@/lib/validation/auth";

/** Name, email and a new password: the fields of every form that creates an account. */
export function NewAccountFields({ state, nameLabel = "Name" }: { state: AuthFormState; nameLabel?: string }) {
  return (
    <>
      <FormField id="name" name="name" label={nameLabel} autoComplete="name" required defaultValue={state.values.name} error={state.errors.name} />
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
    </>
  );
}

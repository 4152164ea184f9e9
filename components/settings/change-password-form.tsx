"use client";

import { useState, useTransition } from "react";
import { changePasswordAction } from "@/lib/actions/settings";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { FormField } from "@/components/ui/form-field";

export function ChangePasswordForm() {
  const [currentPassword, setCurrentPassword] = useState("");
  const [newPassword, setNewPassword] = useState("");
  const [errors, setErrors] = useState<{ currentPassword?: string; newPassword?: string; form?: string }>({});
  const [done, setDone] = useState<string>();
  const [pending, startTransition] = useTransition();
  return (
    <form
      className="grid max-w-md gap-4"
      onSubmit={(event) => {
        event.preventDefault();
        startTransition(async () => {
          const result = await changePasswordAction({ currentPassword, newPassword });
          if (result.ok) {
            setErrors({});
            setCurrentPassword("");
            setNewPassword("");
            const ended = result.data.otherSessionsEnded;
            setDone(ended > 0 ? `Password changed. ${ended} other ${ended === 1 ? "session was" : "sessions were"} signed out.` : "Password changed.");
          } else {
            setDone(undefined);
            const fields = result.fields ?? {};
            setErrors({ currentPassword: fields.currentPassword, newPassword: fields.newPassword, form: fields.currentPassword || fields.newPassword ? undefined : result.error });
          }
        });
      }}
    >
      <FormField
        id="current-password"
        type="password"
        label="Current password"
        autoComplete="current-password"
        maxLength={128}
        value={currentPassword}
        onChange={(e) => setCurrentPassword(e.target.value)}
        error={errors.currentPassword}
      />
      <FormField
        id="new-password"
        type="password"
        label="New password (12 to 128 characters)"
        autoComplete="new-password"
        maxLength={128}
        value={newPassword}
        onChange={(e) => setNewPassword(e.target.value)}
        error={errors.newPassword}
      />
      {errors.form ? <Alert>{errors.form}</Alert> : null}
      {done ? (
        <p role="status" className="text-sm text-success">
          {done}
        </p>
      ) : null}
      <div>
        <Button type="submit" disabled={pending}>
          {pending ? "Changing…" : "Change password"}
        </Button>
      </div>
    </form>
  );
}

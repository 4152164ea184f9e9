"use client";

import { useState } from "react";
import { useActionForm } from "@/components/forms/use-action-form";
import { changePasswordAction } from "@/lib/actions/settings";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { PASSWORD_MAX_LENGTH } from "@/lib/validation/auth";
import { FormField } from "@/components/ui/form-field";

export function ChangePasswordForm() {
  const [currentPassword, setCurrentPassword] = useState("");
  const [newPassword, setNewPassword] = useState("");
  const [ended, setEnded] = useState(0);
  const form = useActionForm(changePasswordAction, (data) => {
    setCurrentPassword("");
    setNewPassword("");
    setEnded(data.otherSessionsEnded);
  });
  const formError = form.formError("currentPassword", "newPassword");
  return (
    <form
      className="grid max-w-md gap-4"
      onSubmit={(event) => {
        event.preventDefault();
        form.submit({ currentPassword, newPassword });
      }}
    >
      <FormField
        id="current-password"
        type="password"
        label="Current password"
        autoComplete="current-password"
        maxLength={PASSWORD_MAX_LENGTH}
        value={currentPassword}
        onChange={(e) => setCurrentPassword(e.target.value)}
        error={form.fieldError("currentPassword")}
      />
      <FormField
        id="new-password"
        type="password"
        label="New password (12 to 128 characters)"
        autoComplete="new-password"
        maxLength={PASSWORD_MAX_LENGTH}
        value={newPassword}
        onChange={(e) => setNewPassword(e.target.value)}
        error={form.fieldError("newPassword")}
      />
      {formError ? <Alert>{formError}</Alert> : null}
      {form.saved ? (
        <p role="status" className="text-sm text-success">
          {ended > 0 ? `Password changed. ${ended} other ${ended === 1 ? "session was" : "sessions were"} signed out.` : "Password changed."}
        </p>
      ) : null}
      <div>
        <Button type="submit" disabled={form.pending}>
          {form.pending ? "Changing…" : "Change password"}
        </Button>
      </div>
    </form>
  );
}

"use client";

import { useRouter } from "next/navigation";
import { useState } from "react";
import { useActionForm } from "@/components/forms/use-action-form";
import { createOrganizationAction } from "@/lib/actions/settings";
import { FormField } from "@/components/ui/form-field";
import { Button } from "@/components/ui/button";

export function NewOrganizationForm() {
  const router = useRouter();
  const [name, setName] = useState("");
  const form = useActionForm(createOrganizationAction, () => router.push("/settings"));
  return (
    <form
      className="grid gap-4"
      onSubmit={(event) => {
        event.preventDefault();
        form.submit({ name });
      }}
    >
      <FormField id="new-organization-name" label="Name" maxLength={80} value={name} onChange={(e) => setName(e.target.value)} error={form.fieldError("name") ?? form.error} />
      <Button type="submit" disabled={form.pending}>
        {form.pending ? "Creating…" : "Create organisation"}
      </Button>
    </form>
  );
}

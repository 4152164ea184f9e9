"use client";

import { useRouter } from "next/navigation";
import { useState, useTransition } from "react";
import { createOrganizationAction } from "@/lib/actions/settings";
import { FormField } from "@/components/ui/form-field";
import { Button } from "@/components/ui/button";

export function NewOrganizationForm() {
  const router = useRouter();
  const [name, setName] = useState("");
  const [error, setError] = useState<string>();
  const [pending, startTransition] = useTransition();
  return (
    <form
      className="grid gap-4"
      onSubmit={(event) => {
        event.preventDefault();
        startTransition(async () => {
          const result = await createOrganizationAction({ name });
          if (result.ok) router.push("/settings");
          else setError(result.fields?.name ?? result.error);
        });
      }}
    >
      <FormField id="new-organization-name" label="Name" value={name} onChange={(e) => setName(e.target.value)} error={error} />
      <Button type="submit" disabled={pending}>
        {pending ? "Creating…" : "Create organisation"}
      </Button>
    </form>
  );
}

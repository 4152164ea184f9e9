"use client";

import { useRouter } from "next/navigation";
import { useActionForm } from "@/components/forms/use-action-form";
import { acceptInvitationAction } from "@/lib/actions/invitations";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { useHydrated } from "@/components/ui/use-hydrated";

export function AcceptInvitationButton({ token }: { token: string }) {
  const router = useRouter();
  const hydrated = useHydrated();
  const form = useActionForm(acceptInvitationAction, () => router.push("/"));
  return (
    <div className="grid gap-3">
      {form.error ? <Alert>{form.error}</Alert> : null}
      <Button disabled={form.pending || !hydrated} onClick={() => form.submit({ token })}>
        {form.pending ? "Joining…" : "Accept invitation"}
      </Button>
    </div>
  );
}

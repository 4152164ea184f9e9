"use client";

import { useActionForm } from "@/components/forms/use-action-form";
import { resendVerificationAction } from "@/lib/actions/email-verification";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";

/** Asks for a new confirmation link; `next` is where the link continues once the address is confirmed. */
export function ResendVerificationButton({ next, outbox, variant = "outline" }: { next: string; outbox: boolean; variant?: "default" | "outline" }) {
  const form = useActionForm(resendVerificationAction);
  return (
    <div className="grid gap-2">
      <Button type="button" variant={variant} disabled={form.pending} className="justify-self-start" onClick={() => form.submit({ next })}>
        {form.pending ? "Sending…" : "Send a new confirmation link"}
      </Button>
      {form.saved ? (
        <p role="status" className="text-sm text-muted-foreground">
          {outbox ? "A new link is in your Outbox." : "We sent a new link. It can take a minute to arrive."}
        </p>
      ) : null}
      {form.error ? <Alert>{form.error}</Alert> : null}
    </div>
  );
}

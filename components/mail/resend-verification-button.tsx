"use client";

import { useState, useTransition } from "react";
import { resendVerificationAction } from "@/lib/actions/email-verification";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";

/** Asks for a new confirmation link; `next` is where the link continues once the address is confirmed. */
export function ResendVerificationButton({ next, outbox, variant = "outline" }: { next: string; outbox: boolean; variant?: "default" | "outline" }) {
  const [result, setResult] = useState<{ ok: boolean; message: string }>();
  const [pending, startTransition] = useTransition();
  return (
    <div className="grid gap-2">
      <Button
        type="button"
        variant={variant}
        disabled={pending}
        className="justify-self-start"
        onClick={() =>
          startTransition(async () => {
            const response = await resendVerificationAction({ next });
            setResult(
              response.ok
                ? { ok: true, message: outbox ? "A new link is in your Outbox." : "We sent a new link. It can take a minute to arrive." }
                : { ok: false, message: response.error },
            );
          })
        }
      >
        {pending ? "Sending…" : "Send a new confirmation link"}
      </Button>
      {result?.ok ? (
        <p role="status" className="text-sm text-muted-foreground">
          {result.message}
        </p>
      ) : null}
      {result && !result.ok ? <Alert>{result.message}</Alert> : null}
    </div>
  );
}

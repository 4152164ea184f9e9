import { MailCheck } from "lucide-react";
import Link from "next/link";
import { ResendVerificationButton } from "./resend-verification-button";

/** "Check your inbox": shown until the address is confirmed. Without SMTP it says where the mail went. */
export function VerificationNotice({ email, outbox, next }: { email: string; outbox: boolean; next: string }) {
  return (
    <section aria-labelledby="verify-notice-title" className="grid gap-3 rounded-md border border-border bg-muted/50 p-4 text-sm">
      <h2 id="verify-notice-title" className="flex items-center gap-2 font-medium">
        <MailCheck className="size-4 text-primary" aria-hidden />
        Confirm your e-mail address
      </h2>
      <p>
        We sent a confirmation link to <strong className="break-all">{email}</strong>. You need a confirmed address to accept invitations.
      </p>
      {outbox ? (
        <p className="text-muted-foreground">
          This server has no mail server configured, so the message is in your{" "}
          <Link href="/outbox" className="font-medium text-primary underline-offset-4 hover:underline">
            Outbox
          </Link>
          .
        </p>
      ) : null}
      <ResendVerificationButton next={next} outbox={outbox} />
    </section>
  );
}

import { CircleCheck } from "lucide-react";
import type { Metadata } from "next";
import Link from "next/link";
import { AuthShell } from "@/components/auth/auth-shell";
import { ResendVerificationButton } from "@/components/mail/resend-verification-button";
import { VerificationNotice } from "@/components/mail/verification-notice";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Card, CardContent, CardHeader, CardTitle } from "@/components/ui/card";
import { getEmailVerified } from "@/lib/server/email-verification";
import { smtpConfigured } from "@/lib/server/mail";
import { getActor } from "@/lib/server/session";
import { safeRedirectPath } from "@/lib/validation/auth";

export const metadata: Metadata = { title: "Confirm your e-mail address" };

// better-auth sends the browser here after the link, with ?error=… when it refused the token.
const ERRORS: Record<string, string> = {
  TOKEN_EXPIRED: "This confirmation link has expired.",
  INVALID_TOKEN: "This confirmation link is not valid.",
  USER_NOT_FOUND: "This confirmation link is for an account that no longer exists.",
};

type Params = { next?: string | string[]; error?: string | string[] };
const first = (value: string | string[] | undefined) => (Array.isArray(value) ? value[0] : value)?.slice(0, 500);

export default async function VerifyPage({ searchParams }: { searchParams: Promise<Params> }) {
  const params = await searchParams;
  const next = safeRedirectPath(first(params.next));
  const error = first(params.error);
  const actor = await getActor();
  const verified = actor ? await getEmailVerified(actor) : false;
  const here = `/verify?next=${encodeURIComponent(next)}`;
  return (
    <AuthShell>
      <Card className="w-full max-w-md">
        <CardHeader>
          <CardTitle level={1} className="flex items-center gap-2">
            {verified ? <CircleCheck className="size-5 text-primary" aria-hidden /> : null}
            {verified ? "E-mail address confirmed" : error ? "The link did not work" : "Check your inbox"}
          </CardTitle>
        </CardHeader>
        <CardContent className="grid gap-4">
          {verified ? (
            <>
              <p className="text-sm">
                <strong className="break-all">{actor!.email}</strong> is confirmed. You can now accept invitations sent to it.
              </p>
              <Button asChild className="justify-self-start">
                <Link href={next}>Continue</Link>
              </Button>
            </>
          ) : null}
          {!verified && error ? <Alert>{ERRORS[error] ?? "This confirmation link is not valid."}</Alert> : null}
          {!verified && actor && error ? <ResendVerificationButton next={next} outbox={!smtpConfigured()} variant="default" /> : null}
          {!verified && actor && !error ? <VerificationNotice email={actor.email} outbox={!smtpConfigured()} next={next} /> : null}
          {!actor && !verified ? (
            <>
              <p className="text-sm text-muted-foreground">Sign in to see whether your address is confirmed, or to ask for a new link.</p>
              <Button asChild className="justify-self-start">
                <Link href={`/sign-in?next=${encodeURIComponent(here)}`}>Sign in</Link>
              </Button>
            </>
          ) : null}
        </CardContent>
      </Card>
    </AuthShell>
  );
}

import type { Metadata } from "next";
import Link from "next/link";
import { AcceptInvitationButton } from "@/components/settings/accept-invitation-button";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from "@/components/ui/card";
import { VerificationNotice } from "@/components/mail/verification-notice";
import { getEmailVerified } from "@/lib/server/email-verification";
import { AppError } from "@/lib/server/errors";
import { smtpConfigured } from "@/lib/server/mail";
import { previewInvitation, type InvitationPreview } from "@/lib/server/members";
import { getActor } from "@/lib/server/session";
import { ROLE_LABELS } from "@/lib/permissions";

export const metadata: Metadata = { title: "Invitation" };

export default async function InvitationPage({ params }: { params: Promise<{ token: string }> }) {
  const { token } = await params;
  const actor = await getActor();
  let invitation: InvitationPreview | undefined;
  let problem: string | undefined;
  try {
    invitation = await previewInvitation(token);
  } catch (error) {
    if (!(error instanceof AppError)) throw error;
    problem = error.message;
  }
  const here = `/invite/${encodeURIComponent(token)}`;
  // Only a confirmed address may accept (checked again on accepting): the link alone proves nothing.
  const verified = actor ? await getEmailVerified(actor) : false;
  return (
    <main className="flex min-h-screen items-center justify-center bg-muted/40 px-4">
      <Card className="w-full max-w-md">
        <CardHeader>
          <CardTitle level={1}>{invitation ? `Join ${invitation.organizationName}` : "Invitation"}</CardTitle>
          {invitation ? (
            <CardDescription>
              You are invited as <strong>{ROLE_LABELS[invitation.role]}</strong>. The invitation is for {invitation.email} and expires on{" "}
              {invitation.expiresAt.toISOString().slice(0, 10)}.
            </CardDescription>
          ) : null}
        </CardHeader>
        <CardContent className="grid gap-3">
          {problem ? <Alert>{problem}</Alert> : null}
          {invitation && actor && verified ? <AcceptInvitationButton token={token} /> : null}
          {invitation && actor && !verified ? <VerificationNotice email={actor.email} outbox={!smtpConfigured()} next={here} /> : null}
          {invitation && !actor ? (
            <div className="flex flex-wrap gap-2">
              <Button asChild>
                <Link href={`/sign-in?next=${encodeURIComponent(here)}`}>Sign in to accept</Link>
              </Button>
              <Button asChild variant="outline">
                <Link href={`/sign-up?next=${encodeURIComponent(here)}`}>Create an account</Link>
              </Button>
            </div>
          ) : null}
          {!invitation ? (
            <Link href="/" className="text-sm font-medium text-primary underline-offset-4 hover:underline">
              Go to the app
            </Link>
          ) : null}
        </CardContent>
      </Card>
    </main>
  );
}

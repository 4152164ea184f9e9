import type { Metadata } from "next";
import Link from "next/link";
import { singleSignOnAction } from "@/lib/actions/auth";
import { SignInForm } from "@/components/auth/sign-in-form";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { isFirstRun } from "@/lib/server/first-owner";
import { ssoConfig } from "@/lib/server/sso";
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from "@/components/ui/card";
import { safeRedirectPath } from "@/lib/validation/auth";

export const metadata: Metadata = { title: "Sign in" };

/** Single sign-on failures come back here as ?error=<code> (auth.ts sends them). */
function ssoFailure(error: string | undefined): string | null {
  if (!error) return null;
  if (error === "sso_unavailable") return "Single sign-on is not available: the identity provider did not identify itself as the one configured.";
  if (error === "account_not_linked") {
    return "Your identity provider did not confirm that email address, so it was not linked to the existing account. Sign in with your password.";
  }
  return "Single sign-on did not complete. Try again, or sign in with your password.";
}

export default async function SignInPage({ searchParams }: { searchParams: Promise<{ next?: string; error?: string }> }) {
  const { next, error } = await searchParams;
  const sso = ssoConfig();
  const failure = ssoFailure(typeof error === "string" ? error : undefined);
  return (
    <Card className="w-full max-w-sm">
      <CardHeader>
        <CardTitle level={1}>Sign in</CardTitle>
        <CardDescription>Continue your Zero Trust assessment.</CardDescription>
      </CardHeader>
      <CardContent>
        {failure ? <Alert className="mb-4">{failure}</Alert> : null}
        {(await isFirstRun()) ? (
          <p className="mb-4 rounded-md border border-border bg-muted/60 p-3 text-sm">
            Nobody has set up this server yet.{" "}
            <Link href="/setup" className="font-medium text-primary underline-offset-4 hover:underline">
              Set it up
            </Link>{" "}
            with the one-time code from the server log.
          </p>
        ) : null}
        <SignInForm next={safeRedirectPath(next)} />
        {sso ? (
          <form action={singleSignOnAction} className="mt-4 grid gap-3 border-t border-border pt-4">
            <input type="hidden" name="next" value={safeRedirectPath(next)} />
            <Button type="submit" variant="outline">
              Sign in with {sso.name}
            </Button>
          </form>
        ) : null}
      </CardContent>
    </Card>
  );
}

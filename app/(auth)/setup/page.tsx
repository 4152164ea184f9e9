import type { Metadata } from "next";
import Link from "next/link";
import { SetupForm } from "@/components/auth/setup-form";
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from "@/components/ui/card";
import { isFirstRun } from "@/lib/server/first-owner";

export const metadata: Metadata = { title: "Set up this server" };
// Whether anyone has signed up yet is read on every request, never at build time.
export const dynamic = "force-dynamic";

export default async function SetupPage() {
  if (!(await isFirstRun())) {
    return (
      <Card className="w-full max-w-sm">
        <CardHeader>
          <CardTitle level={1}>Already set up</CardTitle>
          <CardDescription>This server has its first owner. Ask an owner or admin of your organisation for an invitation.</CardDescription>
        </CardHeader>
        <CardContent>
          <Link href="/sign-in" className="text-sm font-medium text-primary underline-offset-4 hover:underline">
            Go to sign in
          </Link>
        </CardContent>
      </Card>
    );
  }
  return (
    <Card className="w-full max-w-md">
      <CardHeader>
        <CardTitle level={1}>Set up this server</CardTitle>
        <CardDescription>
          Create the first owner. The one-time setup code is in the server&apos;s log, printed when it started; it proves you run this server.
        </CardDescription>
      </CardHeader>
      <CardContent>
        <SetupForm />
      </CardContent>
    </Card>
  );
}

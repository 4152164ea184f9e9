import type { Metadata } from "next";
import { SignInForm } from "@/components/auth/sign-in-form";
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from "@/components/ui/card";
import { safeRedirectPath } from "@/lib/validation/auth";

export const metadata: Metadata = { title: "Sign in" };

export default async function SignInPage({ searchParams }: { searchParams: Promise<{ next?: string }> }) {
  const { next } = await searchParams;
  return (
    <Card className="w-full max-w-sm">
      <CardHeader>
        <CardTitle level={1}>Sign in</CardTitle>
        <CardDescription>Continue your Zero Trust assessment.</CardDescription>
      </CardHeader>
      <CardContent>
        <SignInForm next={safeRedirectPath(next)} />
      </CardContent>
    </Card>
  );
}

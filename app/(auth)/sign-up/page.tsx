import type { Metadata } from "next";
import { SignUpForm } from "@/components/auth/sign-up-form";
import { safeRedirectPath } from "@/lib/validation/auth";
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from "@/components/ui/card";

export const metadata: Metadata = { title: "Create account" };

export default async function SignUpPage({ searchParams }: { searchParams: Promise<{ next?: string }> }) {
  const { next } = await searchParams;
  return (
    <Card className="w-full max-w-sm">
      <CardHeader>
        <CardTitle level={1}>Create your account</CardTitle>
        <CardDescription>Measure where you stand on Zero Trust, pillar by pillar.</CardDescription>
      </CardHeader>
      <CardContent>
        <SignUpForm next={safeRedirectPath(next)} />
      </CardContent>
    </Card>
  );
}

import type { Metadata } from "next";
import { TwoFactorForm } from "@/components/auth/two-factor-form";
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from "@/components/ui/card";
import { safeRedirectPath } from "@/lib/validation/auth";

export const metadata: Metadata = { title: "Two-factor authentication" };

export default async function TwoFactorPage({ searchParams }: { searchParams: Promise<{ next?: string }> }) {
  const { next } = await searchParams;
  return (
    <Card className="w-full max-w-sm">
      <CardHeader>
        <CardTitle level={1}>Two-factor authentication</CardTitle>
        <CardDescription>Enter the code from your authenticator app, or one of your recovery codes.</CardDescription>
      </CardHeader>
      <CardContent>
        <TwoFactorForm next={safeRedirectPath(next)} />
      </CardContent>
    </Card>
  );
}

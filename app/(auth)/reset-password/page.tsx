import type { Metadata } from "next";
import Link from "next/link";
import { ResetPasswordForm } from "@/components/mail/reset-password-form";
import { Alert } from "@/components/ui/alert";
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from "@/components/ui/card";
import { resetTokenUsable } from "@/lib/server/password-reset";
import { ZResetToken } from "@/lib/validation/mail";

export const metadata: Metadata = { title: "Choose a new password" };

export default async function ResetPasswordPage({ searchParams }: { searchParams: Promise<{ token?: string | string[] }> }) {
  const raw = (await searchParams).token;
  const parsed = ZResetToken.safeParse(Array.isArray(raw) ? raw[0] : raw);
  const usable = parsed.success && (await resetTokenUsable(parsed.data));
  return (
    <Card className="w-full max-w-sm">
      <CardHeader>
        <CardTitle level={1}>Choose a new password</CardTitle>
        <CardDescription>Every session of your account is signed out once it is set.</CardDescription>
      </CardHeader>
      <CardContent className="grid gap-4">
        {usable ? (
          <ResetPasswordForm token={parsed.data} />
        ) : (
          <>
            <Alert>This reset link has expired or was already used. Ask for a new one.</Alert>
            <Link href="/forgot-password" className="text-center text-sm font-medium text-primary underline-offset-4 hover:underline">
              Ask for a new link
            </Link>
          </>
        )}
      </CardContent>
    </Card>
  );
}

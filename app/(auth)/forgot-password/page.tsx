import type { Metadata } from "next";
import { ForgotPasswordForm } from "@/components/mail/forgot-password-form";
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from "@/components/ui/card";
import { smtpConfigured } from "@/lib/server/mail";

export const metadata: Metadata = { title: "Forgot password" };

export default function ForgotPasswordPage() {
  return (
    <Card className="w-full max-w-sm">
      <CardHeader>
        <CardTitle level={1}>Forgot your password?</CardTitle>
        <CardDescription>Enter the address you sign in with and we will e-mail you a link to choose a new password.</CardDescription>
      </CardHeader>
      <CardContent>
        <ForgotPasswordForm outbox={!smtpConfigured()} />
      </CardContent>
    </Card>
  );
}

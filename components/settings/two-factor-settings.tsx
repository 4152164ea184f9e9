"use client";

import { useRouter } from "next/navigation";
import { useState } from "react";
import { useActionForm } from "@/components/forms/use-action-form";
import { confirmTwoFactorAction, disableTwoFactorAction, startTwoFactorAction } from "@/lib/actions/settings";
import { FormField } from "@/components/ui/form-field";
import { Button } from "@/components/ui/button";
import { PASSWORD_MAX_LENGTH } from "@/lib/validation/auth";

interface Enrolment {
  qrSvg: string;
  manualKey: string;
  recoveryCodes: string[];
}

export function TwoFactorSettings({ enabled }: { enabled: boolean }) {
  const [password, setPassword] = useState("");
  const [code, setCode] = useState("");
  const [enrolment, setEnrolment] = useState<Enrolment>();
  const [recoveryCodes, setRecoveryCodes] = useState<string[]>();
  const router = useRouter();
  const start = useActionForm(startTwoFactorAction, setEnrolment);
  const confirm = useActionForm(confirmTwoFactorAction, () => setRecoveryCodes(enrolment?.recoveryCodes));
  const disable = useActionForm(disableTwoFactorAction, () => router.refresh());

  if (recoveryCodes) {
    return (
      <div className="grid gap-3 text-sm" role="status">
        <p className="font-medium text-success">Two-factor authentication is on.</p>
        <p>Keep these recovery codes somewhere safe. Each works once if you lose your authenticator; they are not shown again.</p>
        <ul className="grid grid-cols-2 gap-1 font-mono text-xs sm:grid-cols-5" data-testid="recovery-codes">
          {recoveryCodes.map((recoveryCode) => (
            <li key={recoveryCode}>{recoveryCode}</li>
          ))}
        </ul>
      </div>
    );
  }

  if (enrolment) {
    return (
      <form
        className="grid gap-4"
        onSubmit={(event) => {
          event.preventDefault();
          confirm.submit({ code });
        }}
      >
        <p className="text-sm">Scan this code with your authenticator app, then enter the 6-digit code it shows.</p>
        {/* SVG produced on the server by the qrcode package from the otpauth URI. */}
        <div className="w-48 rounded-md bg-white p-2" role="img" aria-label="QR code for your authenticator app" dangerouslySetInnerHTML={{ __html: enrolment.qrSvg }} />
        <p className="text-sm">
          Can&apos;t scan it? Enter this key: <code className="break-all font-mono text-xs" data-testid="totp-key">{enrolment.manualKey}</code>
        </p>
        <FormField
          id="totp-code"
          label="Code from the app"
          inputMode="numeric"
          autoComplete="one-time-code"
          maxLength={10}
          value={code}
          onChange={(e) => setCode(e.target.value)}
          error={confirm.fieldError("code") ?? confirm.error}
        />
        <Button type="submit" disabled={confirm.pending}>
          {confirm.pending ? "Checking…" : "Turn on two-factor authentication"}
        </Button>
      </form>
    );
  }

  const step = enabled ? disable : start;
  return (
    <form
      className="grid gap-4"
      onSubmit={(event) => {
        event.preventDefault();
        step.submit({ password });
        setPassword("");
      }}
    >
      <p className="text-sm">
        {enabled
          ? "Two-factor authentication is on for your account. Turning it off signs out your other sessions."
          : "Protect your account with a time-based code from an authenticator app. Turning it on signs out your other sessions."}
      </p>
      <FormField
        id="mfa-password"
        type="password"
        label="Confirm your password"
        autoComplete="current-password"
        maxLength={PASSWORD_MAX_LENGTH}
        value={password}
        onChange={(e) => setPassword(e.target.value)}
        error={step.fieldError("password") ?? step.error}
      />
      <div>
        <Button type="submit" variant={enabled ? "outline" : "default"} disabled={step.pending}>
          {enabled ? "Turn off two-factor authentication" : "Set up two-factor authentication"}
        </Button>
      </div>
    </form>
  );
}

"use client";

import { useRouter } from "next/navigation";
import { useState, useTransition } from "react";
import { confirmTwoFactorAction, disableTwoFactorAction, startTwoFactorAction } from "@/lib/actions/settings";
import { FormField } from "@/components/ui/form-field";
import { Button } from "@/components/ui/button";

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
  const [error, setError] = useState<string>();
  const [pending, startTransition] = useTransition();
  const router = useRouter();

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
          startTransition(async () => {
            const result = await confirmTwoFactorAction({ code });
            if (result.ok) setRecoveryCodes(enrolment.recoveryCodes);
            else setError(result.fields?.code ?? result.error);
          });
        }}
      >
        <p className="text-sm">Scan this code with your authenticator app, then enter the 6-digit code it shows.</p>
        {/* SVG produced on the server by the qrcode package from the otpauth URI. */}
        <div className="w-48 rounded-md bg-white p-2" role="img" aria-label="QR code for your authenticator app" dangerouslySetInnerHTML={{ __html: enrolment.qrSvg }} />
        <p className="text-sm">
          Can&apos;t scan it? Enter this key: <code className="break-all font-mono text-xs" data-testid="totp-key">{enrolment.manualKey}</code>
        </p>
        <FormField id="totp-code" label="Code from the app" inputMode="numeric" autoComplete="one-time-code" value={code} onChange={(e) => setCode(e.target.value)} error={error} />
        <Button type="submit" disabled={pending}>
          {pending ? "Checking…" : "Turn on two-factor authentication"}
        </Button>
      </form>
    );
  }

  return (
    <form
      className="grid gap-4"
      onSubmit={(event) => {
        event.preventDefault();
        startTransition(async () => {
          if (enabled) {
            const result = await disableTwoFactorAction({ password });
            setError(result.ok ? undefined : (result.fields?.password ?? result.error));
            if (result.ok) router.refresh();
          } else {
            const result = await startTwoFactorAction({ password });
            if (result.ok) {
              setError(undefined);
              setEnrolment(result.data);
            } else setError(result.fields?.password ?? result.error);
          }
          setPassword("");
        });
      }}
    >
      <p className="text-sm">
        {enabled
          ? "Two-factor authentication is on for your account. Turning it off signs out your other sessions."
          : "Protect your account with a time-based code from an authenticator app. Turning it on signs out your other sessions."}
      </p>
      <FormField id="mfa-password" type="password" label="Confirm your password" autoComplete="current-password" value={password} onChange={(e) => setPassword(e.target.value)} error={error} />
      <div>
        <Button type="submit" variant={enabled ? "outline" : "default"} disabled={pending}>
          {enabled ? "Turn off two-factor authentication" : "Set up two-factor authentication"}
        </Button>
      </div>
    </form>
  );
}

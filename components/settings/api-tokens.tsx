"use client";

import { useState } from "react";
import { useActionForm } from "@/components/forms/use-action-form";
import { createApiTokenAction, revokeApiTokenAction } from "@/lib/actions/settings";
import { FormField } from "@/components/ui/form-field";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { CopyButton } from "@/components/ui/copy-button";
import { Label } from "@/components/ui/label";
import { NativeSelect } from "@/components/ui/select";
import type { Permission } from "@/lib/permissions";
import { TOKEN_REAUTH_MINUTES } from "@/lib/session-lifetime";
import { TOKEN_LIFETIMES_DAYS } from "@/lib/validation/api-token";
import { formatDateTime } from "@/lib/assessment/labels";

export interface ApiTokenView {
  id: string;
  name: string;
  prefix: string;
  scopes: string[];
  expiresAt: string;
  lastUsedAt: string | null;
}

/**
 * `confirmPassword`: the session signed in too long ago to create a token without the password.
 * The server decides at submit time too, so a page left open past the window asks for it then.
 */
export function ApiTokens({ tokens, grantable, confirmPassword }: { tokens: ApiTokenView[]; grantable: Permission[]; confirmPassword: boolean }) {
  const [name, setName] = useState("");
  const [password, setPassword] = useState("");
  const [scopes, setScopes] = useState<Permission[]>(grantable.includes("assessment.read") ? ["assessment.read"] : []);
  const [days, setDays] = useState<number>(90);
  const [secret, setSecret] = useState<string>();
  const form = useActionForm(createApiTokenAction, (data) => {
    setSecret(data.token);
    setName("");
  });
  const revocation = useActionForm(revokeApiTokenAction);
  const askPassword = confirmPassword || Boolean(form.fieldError("password"));
  const formError = form.formError("name", "scopes", "password");

  return (
    <div className="grid gap-6">
      <form
        className="grid gap-4"
        onSubmit={(event) => {
          event.preventDefault();
          setSecret(undefined);
          form.submit({ name, scopes, expiresInDays: days, ...(askPassword ? { password } : {}) });
          setPassword("");
        }}
      >
        <div className="flex flex-wrap items-end gap-3">
          <div className="min-w-56 flex-1">
            <FormField id="token-name" label="Token name" value={name} onChange={(e) => setName(e.target.value)} maxLength={60} error={form.fieldError("name")} />
          </div>
          <div className="grid gap-1.5">
            <Label htmlFor="token-expiry">Expires after</Label>
            <NativeSelect id="token-expiry" value={days} onChange={(e) => setDays(Number(e.target.value))}>
              {TOKEN_LIFETIMES_DAYS.map((lifetime) => (
                <option key={lifetime} value={lifetime}>
                  {lifetime} days
                </option>
              ))}
            </NativeSelect>
          </div>
        </div>
        <fieldset className="grid gap-2">
          <legend className="mb-1 text-sm font-medium">Permissions (at most what your role allows)</legend>
          <div className="flex flex-wrap gap-x-4 gap-y-2">
            {grantable.map((permission) => (
              <label key={permission} className="flex items-center gap-2 text-sm">
                <input
                  type="checkbox"
                  className="size-4"
                  checked={scopes.includes(permission)}
                  onChange={(e) => setScopes(e.target.checked ? [...scopes, permission] : scopes.filter((scope) => scope !== permission))}
                />
                <code className="text-xs">{permission}</code>
              </label>
            ))}
          </div>
          {form.fieldError("scopes") ? <p className="text-sm text-destructive">{form.fieldError("scopes")}</p> : null}
        </fieldset>
        {askPassword ? (
          <div className="grid max-w-sm gap-1">
            <FormField
              id="token-password"
              label="Your password"
              type="password"
              autoComplete="current-password"
              required
              value={password}
              onChange={(e) => setPassword(e.target.value)}
              error={form.fieldError("password")}
            />
            <p className="text-xs text-muted-foreground">You signed in more than {TOKEN_REAUTH_MINUTES} minutes ago: confirm it is you before creating a token.</p>
          </div>
        ) : null}
        <div>
          <Button type="submit" disabled={form.pending}>
            {form.pending ? "Creating…" : "Create token"}
          </Button>
        </div>
        {formError ? <Alert>{formError}</Alert> : null}
      </form>
      {secret ? (
        <div className="grid gap-2 rounded-md border border-border bg-muted/50 p-3 text-sm">
          <p>Copy the token now: it is stored only as a hash and will not be shown again. Send it as <code>Authorization: Bearer …</code>.</p>
          <code id="api-token-secret" className="break-all font-mono text-xs" data-testid="api-token-secret">
            {secret}
          </code>
          <CopyButton text={secret} selectId="api-token-secret" label="Copy token" />
        </div>
      ) : null}
      {revocation.error ? <Alert>{revocation.error}</Alert> : null}
      {tokens.length === 0 ? (
        <p className="text-sm text-muted-foreground">No active tokens.</p>
      ) : (
        <ul className="grid gap-2">
          {tokens.map((token) => (
            <li key={token.id} className="flex flex-wrap items-center justify-between gap-2 rounded-md border border-border px-3 py-2 text-sm" data-testid="api-token-row">
              <span>
                <span className="font-medium">{token.name}</span> <code className="text-xs text-muted-foreground">{token.prefix}…</code>
                <span className="block text-xs text-muted-foreground">
                  {token.scopes.join(", ")} · expires {token.expiresAt.slice(0, 10)} · {token.lastUsedAt ? `last used ${formatDateTime(token.lastUsedAt)}` : "never used"}
                </span>
              </span>
              <Button variant="outline" size="sm" disabled={revocation.pending} onClick={() => revocation.submit({ tokenId: token.id })}>
                Revoke
              </Button>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}

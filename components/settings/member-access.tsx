"use client";

import { useEffect, useState } from "react";
import { useActionForm } from "@/components/forms/use-action-form";
import { endMemberSessionsAction, listMemberApiTokensAction, revokeMemberApiTokenAction } from "@/lib/actions/settings";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import type { ApiTokenView } from "./api-tokens";
import { formatDateTime } from "@/lib/assessment/labels";

/** An owner's or admin's controls over one member's access: sign them out everywhere, revoke their tokens. */
export function MemberAccess({ membershipId, name }: { membershipId: string; name: string }) {
  const [tokens, setTokens] = useState<ApiTokenView[]>();
  const [ended, setEnded] = useState(0);
  const [revision, setRevision] = useState(0);
  const listing = useActionForm(listMemberApiTokensAction, setTokens);
  const signOut = useActionForm(endMemberSessionsAction, setEnded);
  const revocation = useActionForm(revokeMemberApiTokenAction, () => setRevision((value) => value + 1));
  const error = listing.error ?? signOut.error ?? revocation.error;
  const pending = signOut.pending || revocation.pending;

  // Loaded when the panel opens (and after each revocation): the page never carries other members' tokens.
  const loadTokens = listing.submit;
  useEffect(() => loadTokens({ membershipId }), [loadTokens, membershipId, revision]);

  return (
    <section id="member-access-panel" aria-label={`Access of ${name}`} className="grid gap-3 rounded-md border border-border bg-muted/40 p-3 text-sm" data-testid="member-access">
      {error ? <Alert>{error}</Alert> : null}
      {signOut.saved ? <p role="status">{`Ended ${ended} session${ended === 1 ? "" : "s"} of ${name}.`}</p> : null}
      <div className="flex flex-wrap items-center justify-between gap-2">
        <span>Signs {name} out of every browser at their next request.</span>
        <Button
          variant="outline"
          size="sm"
          disabled={pending}
          onClick={() => {
            if (window.confirm(`Sign ${name} out everywhere?`)) signOut.submit({ membershipId });
          }}
        >
          Sign out everywhere
        </Button>
      </div>
      <div className="grid gap-2">
        <h4 className="font-medium">API tokens of {name}</h4>
        {tokens === undefined ? (
          <p className="text-muted-foreground">Loading…</p>
        ) : tokens.length === 0 ? (
          <p className="text-muted-foreground">No active tokens.</p>
        ) : (
          <ul className="grid gap-2">
            {tokens.map((token) => (
              <li key={token.id} className="flex flex-wrap items-center justify-between gap-2 rounded-md border border-border bg-background px-3 py-2" data-testid="member-token-row">
                <span className="min-w-0">
                  <span className="font-medium">{token.name}</span> <code className="text-xs text-muted-foreground">{token.prefix}…</code>
                  <span className="block break-words text-xs text-muted-foreground">
                    {token.scopes.join(", ")} · expires {token.expiresAt.slice(0, 10)} · {token.lastUsedAt ? `last used ${formatDateTime(token.lastUsedAt)}` : "never used"}
                  </span>
                </span>
                <Button
                  variant="outline"
                  size="sm"
                  disabled={pending}
                  onClick={() => revocation.submit({ membershipId, tokenId: token.id })}
                >
                  Revoke
                </Button>
              </li>
            ))}
          </ul>
        )}
      </div>
    </section>
  );
}

"use client";

import { useActionForm } from "@/components/forms/use-action-form";
import { revokeSessionAction } from "@/lib/actions/settings";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { formatDateTime } from "@/lib/assessment/labels";

export interface SessionView {
  id: string;
  ipAddress: string | null;
  userAgent: string | null;
  createdAt: string;
  lastActiveAt: string;
  current: boolean;
}

/** A short, readable name for a user agent string. */
function browserName(userAgent: string | null): string {
  if (!userAgent) return "Unknown client";
  const match = /(Edg|Firefox|Chrome|Safari)\/[\d.]+/.exec(userAgent);
  const platform = /(Windows|Mac OS X|Linux|Android|iPhone)/.exec(userAgent)?.[1];
  return [match?.[1] === "Edg" ? "Edge" : (match?.[1] ?? "Browser"), platform && `on ${platform}`].filter(Boolean).join(" ");
}

export function SessionsList({ sessions }: { sessions: SessionView[] }) {
  const revocation = useActionForm(revokeSessionAction);
  return (
    <div className="grid gap-2">
      {revocation.error ? <Alert>{revocation.error}</Alert> : null}
      <ul className="grid gap-2">
        {sessions.map((session) => (
          <li key={session.id} className="flex flex-wrap items-center justify-between gap-2 rounded-md border border-border px-3 py-2 text-sm" data-testid="session-row">
            <span>
              <span className="font-medium">{browserName(session.userAgent)}</span>
              {session.current ? <span className="ml-2 rounded bg-primary/10 px-1.5 py-0.5 text-xs text-primary">This session</span> : null}
              <span className="block text-xs text-muted-foreground">
                {session.ipAddress ?? "unknown address"} · signed in {formatDateTime(session.createdAt)} · last active {formatDateTime(session.lastActiveAt)}
              </span>
            </span>
            {session.current ? null : (
              <Button
                variant="outline"
                size="sm"
                disabled={revocation.pending}
                onClick={() => revocation.submit({ sessionId: session.id })}
              >
                Revoke
              </Button>
            )}
          </li>
        ))}
      </ul>
    </div>
  );
}

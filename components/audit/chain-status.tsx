import { ShieldAlert, ShieldCheck } from "lucide-react";
import { Alert } from "@/components/ui/alert";
import { CHAIN_PROBLEMS } from "@/lib/server/audit-chain";
import type { AuditChainView } from "@/lib/server/audit-log";

const when = (iso: string) => `${iso.replace("T", " ").slice(0, 19)} UTC`;

/** Whether the hash chain of all events verified just now, and where it breaks if not; `verifyHref` asks for a check of a long trail. */
export function ChainStatus({ status, verifyHref }: { status: AuditChainView; verifyHref: string }) {
  if ("verified" in status) {
    return (
      <section aria-label="Audit chain integrity" className="rounded-md border border-border bg-muted/40 px-3 py-2 text-sm">
        The server holds {status.events.toLocaleString("en")} audit events; checking their hash chain reads every one of them.{" "}
        <a href={verifyHref} className="font-medium text-primary underline-offset-4 hover:underline">
          Verify the chain now
        </a>
      </section>
    );
  }
  const { broken, head } = status;
  return (
    <section aria-label="Audit chain integrity" className="grid gap-2">
      {broken ? (
        <Alert className="flex items-start gap-2">
          <ShieldAlert className="mt-0.5 size-4 shrink-0" aria-hidden />
          <span>
            <strong>Audit chain broken at event #{broken.seq}</strong> (recorded {when(broken.at)}
            {broken.eventId ? `, event ${broken.eventId}` : ", in another organisation"}): {CHAIN_PROBLEMS[broken.problem]}. Events from there on cannot be
            trusted; an operator can run <code>npm run audit:verify</code> on the server for the details.
          </span>
        </Alert>
      ) : (
        <p className="flex items-start gap-2 rounded-md border border-border bg-muted/40 px-3 py-2 text-sm">
          <ShieldCheck className="mt-0.5 size-4 shrink-0 text-primary" aria-hidden />
          <span>
            <strong>Audit chain intact:</strong> {status.events === 1 ? "the one event" : `all ${status.events.toLocaleString("en")} events`} on this
            server verified just now, each against the one before it.
            {head ? (
              <>
                {" "}
                Latest: #{head.seq} <code className="break-all text-xs">{head.hash.slice(0, 16)}…</code>
              </>
            ) : null}
          </span>
        </p>
      )}
      {status.triggersProtected ? null : (
        <p className="text-sm text-muted-foreground">
          The app connects to the database as the audit table&apos;s owner or a superuser (the embedded database has no other role), so credentials
          taken from the app could switch off the table&apos;s protection. On a PostgreSQL server, give the app a role of its own (README, “Deploying on a
          PostgreSQL server”).
        </p>
      )}
    </section>
  );
}

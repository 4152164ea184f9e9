import type { Metadata } from "next";
import { Download } from "lucide-react";
import { AuditTable } from "@/components/audit/audit-table";
import { ChainStatus } from "@/components/audit/chain-status";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Input } from "@/components/ui/input";
import { Label } from "@/components/ui/label";
import { AUDIT_PAGE_LIMIT, listAuditEvents, verifyAuditChain } from "@/lib/server/audit-log";
import { requireMembership } from "@/lib/server/session";
import { ZAuditFilter } from "@/lib/validation/audit";

export const metadata: Metadata = { title: "Audit log" };

const FIELDS = [
  { name: "actor", label: "Actor email contains", type: "text" },
  { name: "action", label: "Action starts with", type: "text" },
  { name: "from", label: "From", type: "date" },
  { name: "to", label: "To", type: "date" },
] as const;

export default async function AuditPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const { actor } = await requireMembership();
  const raw = Object.fromEntries(Object.entries(await searchParams).map(([key, value]) => [key, Array.isArray(value) ? value[0] : value]));
  const parsed = ZAuditFilter.safeParse(raw);
  const filter = parsed.success ? parsed.data : {};
  const [rows, chain] = await Promise.all([listAuditEvents(actor, filter), verifyAuditChain(actor, raw.verify === "1")]);
  const query = new URLSearchParams(Object.entries(filter).filter((entry): entry is [string, string] => Boolean(entry[1]))).toString();
  const verifyHref = `/audit?${new URLSearchParams({ ...Object.fromEntries(new URLSearchParams(query)), verify: "1" }).toString()}`;
  return (
    <div className="grid gap-6">
      <div className="flex flex-wrap items-end justify-between gap-4">
        <div>
          <h1 className="text-2xl font-semibold tracking-tight">Audit log</h1>
          <p className="text-sm text-muted-foreground">
            Append-only and hash-chained: every sign-in, membership change, export and refusal in this organisation.
          </p>
        </div>
        <Button asChild variant="outline" size="sm">
          <a href={`/api/audit/export${query ? `?${query}` : ""}`} download>
            <Download aria-hidden />
            Export CSV
          </a>
        </Button>
      </div>
      <ChainStatus status={chain} verifyHref={verifyHref} />
      <form className="flex flex-wrap items-end gap-3" role="search" aria-label="Filter the audit log">
        {FIELDS.map((field) => (
          <div key={field.name} className="grid gap-1.5">
            <Label htmlFor={`audit-${field.name}`}>{field.label}</Label>
            <Input id={`audit-${field.name}`} name={field.name} type={field.type} defaultValue={raw[field.name] ?? ""} className="w-48" />
          </div>
        ))}
        <Button type="submit">Filter</Button>
      </form>
      {!parsed.success ? <Alert>{parsed.error.issues[0]?.message}</Alert> : null}
      <AuditTable rows={rows} />
      {rows.length === AUDIT_PAGE_LIMIT ? <p className="text-sm text-muted-foreground">Showing the newest {AUDIT_PAGE_LIMIT} events; narrow the filter to see older ones. The CSV export holds every matching event.</p> : null}
    </div>
  );
}

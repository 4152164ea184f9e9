import type { Metadata } from "next";
import { Download } from "lucide-react";
import { AuditFilter } from "@/components/audit/audit-filter";
import { AuditPagination } from "@/components/audit/audit-pagination";
import { AuditTable } from "@/components/audit/audit-table";
import { ChainStatus } from "@/components/audit/chain-status";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { AUDIT_VALUE_LIMIT, listAuditEvents, verifyAuditChain } from "@/lib/server/audit-log";
import { requireMembership } from "@/lib/server/session";
import { ZAuditPageQuery, type TAuditFilter } from "@/lib/validation/audit";

export const metadata: Metadata = { title: "Audit log" };

/** The filter's fields as URL parameters, empty ones left out. */
const toQuery = (filter: TAuditFilter, extra: Record<string, string> = {}) =>
  new URLSearchParams(Object.entries({ ...filter, ...extra }).filter((entry): entry is [string, string] => Boolean(entry[1]))).toString();

export default async function AuditPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const { actor } = await requireMembership();
  const raw = Object.fromEntries(
    Object.entries(await searchParams).flatMap(([key, value]) => {
      const first = Array.isArray(value) ? value[0] : value;
      return first ? [[key, first]] : [];
    }),
  ) as Record<string, string | undefined>;
  const parsed = ZAuditPageQuery.safeParse(raw);
  const { page, ...filter } = parsed.success ? parsed.data : { page: 1 };
  const [result, chain] = await Promise.all([listAuditEvents(actor, filter, page), verifyAuditChain(actor, raw.verify === "1")]);
  const query = toQuery(filter);
  const hrefFor = (target: number) => `/audit?${toQuery(filter, target > 1 ? { page: String(target) } : {})}`;
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
          <a href={`/api/v1/audit/export${query ? `?${query}` : ""}`} download>
            <Download aria-hidden />
            Export CSV
          </a>
        </Button>
      </div>
      <ChainStatus status={chain} verifyHref={`/audit?${toQuery(filter, { verify: "1" })}`} />
      <AuditFilter values={raw} />
      {!parsed.success ? <Alert>{parsed.error.issues[0]?.message}</Alert> : null}
      <AuditPagination label="Audit log pages" page={result.page} pageSize={result.pageSize} total={result.total} shown={result.rows.length} hrefFor={hrefFor} />
      <AuditTable rows={result.rows} />
      <p className="text-xs text-muted-foreground">
        Values longer than {AUDIT_VALUE_LIMIT} characters are cut short on this page; the CSV export holds every matching event with its values whole.
      </p>
      {result.rows.length > 10 ? <AuditPagination label="Audit log pages (end of table)" page={result.page} pageSize={result.pageSize} total={result.total} shown={result.rows.length} hrefFor={hrefFor} /> : null}
    </div>
  );
}

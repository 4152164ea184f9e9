import Link from "next/link";
import { formatDateTime } from "@/lib/assessment/labels";
import { ZTA_STATUSES } from "@/lib/evidence/zero-trust-assessment/report";
import type { EvidenceImportSummary, ZtaTestResult } from "@/lib/evidence/zero-trust-assessment/results";
import { TestStatus } from "./test-status";

const size = (bytes: number) => (bytes >= 1024 * 1024 ? `${(bytes / (1024 * 1024)).toFixed(1)} MB` : `${Math.max(1, Math.round(bytes / 1024))} KB`);

function ChangeList({ title, tests, assessmentId, importId }: { title: string; tests: ZtaTestResult[]; assessmentId: string; importId: string }) {
  return (
    <div className="grid gap-1">
      <h5 className="text-sm font-medium">
        {title} ({tests.length})
      </h5>
      {tests.length === 0 ? (
        <p className="text-sm text-muted-foreground">None.</p>
      ) : (
        <ul className="grid gap-1">
          {tests.map((test) => (
            <li key={test.id} className="flex flex-wrap items-center gap-2 text-sm">
              <TestStatus status={test.status} />
              <Link href={`/assessments/${assessmentId}/evidence/${importId}/${encodeURIComponent(test.id)}`} className="hover:underline">
                {test.title}
              </Link>
              <span className="text-xs text-muted-foreground">{test.risk}</span>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}

/** One imported run: where and when the tool ran, its counts per pillar, and what changed since the tenant's run before. */
export function ImportCard({ run, assessmentId }: { run: EvidenceImportSummary; assessmentId: string }) {
  const pillars = Object.entries(run.counts.byPillar).sort(([a], [b]) => a.localeCompare(b));
  return (
    <article className="grid gap-4 rounded-lg border border-border p-4" data-import={run.id}>
      <div className="flex flex-wrap items-baseline justify-between gap-2">
        <h4 className="font-semibold">
          {run.tenantName ?? run.tenantId}
          {run.domain ? <span className="font-normal text-muted-foreground"> · {run.domain}</span> : null}
        </h4>
        <span className="text-xs text-muted-foreground">{run.latest ? "Latest run of this tenant: the one answers are checked against" : "An earlier run"}</span>
      </div>
      <p className="text-sm text-muted-foreground">
        Ran {formatDateTime(run.executedAt)} with version {run.toolVersion} · imported {formatDateTime(run.importedAt)}
        {run.importedBy ? ` by ${run.importedBy}` : ""} · {run.fileName}, {size(run.fileSize)} ·{" "}
        <span title={`SHA-256 ${run.sha256}`} className="font-mono">
          {run.sha256.slice(0, 12)}
        </span>
      </p>
      <div className="relative overflow-x-auto" tabIndex={0}>
        <table className="w-full text-sm" aria-label={`Tests by pillar and status, ${run.tenantName ?? run.tenantId}, ${formatDateTime(run.executedAt)}`}>
          <thead className="text-left text-muted-foreground">
            <tr>
              <th className="py-1 pr-3 font-medium">Pillar</th>
              {ZTA_STATUSES.map((status) => (
                <th key={status} className="px-2 py-1 text-right font-medium">
                  {status}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {pillars.map(([pillar, counts]) => (
              <tr key={pillar} className="border-t border-border">
                <th scope="row" className="py-1 pr-3 text-left font-normal">
                  {pillar}
                </th>
                {ZTA_STATUSES.map((status) => (
                  <td key={status} className="px-2 py-1 text-right tabular-nums">
                    {counts[status] ?? 0}
                  </td>
                ))}
              </tr>
            ))}
            <tr className="border-t border-border font-medium">
              <th scope="row" className="py-1 pr-3 text-left">
                All {run.counts.total} tests
              </th>
              {ZTA_STATUSES.map((status) => (
                <td key={status} className="px-2 py-1 text-right tabular-nums">
                  {run.counts.byStatus[status] ?? 0}
                </td>
              ))}
            </tr>
          </tbody>
        </table>
      </div>
      {run.changes ? (
        <div className="grid gap-3 rounded-md bg-muted/50 p-3">
          <h5 className="text-sm font-semibold">Changed since this tenant&apos;s run before</h5>
          <div className="grid gap-3 md:grid-cols-2">
            <ChangeList title="Newly failing" tests={run.changes.newlyFailing} assessmentId={assessmentId} importId={run.id} />
            <ChangeList title="Newly passing" tests={run.changes.newlyPassing} assessmentId={assessmentId} importId={run.id} />
          </div>
          {run.changes.added.length + run.changes.removed.length > 0 ? (
            <p className="text-xs text-muted-foreground">
              {run.changes.added.length} tests new in this run, {run.changes.removed.length} no longer run.
            </p>
          ) : null}
        </div>
      ) : (
        <p className="text-xs text-muted-foreground">The first run of this tenant imported here: the next one will show what changed.</p>
      )}
    </article>
  );
}

import type { Metadata } from "next";
import Link from "next/link";
import { PillarSummaryGrid } from "@/components/framework/pillar-summary-grid";
import { Button } from "@/components/ui/button";
import { LATEST_FRAMEWORK } from "@/lib/framework/index";
import { ProgressBar } from "@/components/assessments/progress-bar";
import { StatusBadge } from "@/components/assessments/status-badge";
import { roleHasPermission } from "@/lib/permissions";
import { listAssessments } from "@/lib/server/assessments";
import { mustEnrolTwoFactor, requireActor } from "@/lib/server/session";

export const metadata: Metadata = { title: "Overview" };

export default async function OverviewPage() {
  const actor = await requireActor();
  const framework = LATEST_FRAMEWORK;
  // Members who must first enrol in two-factor authentication see the overview, not the data.
  const canRead = Boolean(actor.membership) && !mustEnrolTwoFactor(actor) && roleHasPermission(actor.membership?.role, "assessment.read");
  const recent = canRead ? (await listAssessments(actor)).filter((row) => row.status !== "archived").slice(0, 3) : [];
  return (
    <div className="grid gap-8">
      <section className="grid gap-2">
        <h1 className="text-2xl font-semibold tracking-tight">Welcome, {actor.name}</h1>
        <p className="max-w-3xl text-muted-foreground">
          Zero Trust Readiness measures where your organisation stands on each pillar — verify explicitly, use least
          privilege, assume breach — against the {framework.questions.length} questions of {framework.name}, from
          Traditional to Optimal.
        </p>
      </section>
      <section aria-labelledby="recent-heading" className="grid gap-3">
        <div className="flex flex-wrap items-end justify-between gap-2">
          <h2 id="recent-heading" className="text-lg font-semibold">
            Recent assessments
          </h2>
          <Button asChild variant="outline" size="sm">
            <Link href="/assessments">All assessments</Link>
          </Button>
        </div>
        {recent.length === 0 ? (
          <p className="text-sm text-muted-foreground">No assessment in progress yet. Start one from the Assessments page.</p>
        ) : (
          <ul className="grid gap-3 sm:grid-cols-3">
            {recent.map((row) => (
              <li key={row.id} className="grid gap-2 rounded-lg border border-border p-4">
                <div className="flex items-start justify-between gap-2">
                  <Link href={`/assessments/${row.id}`} className="font-medium text-primary hover:underline">
                    {row.name}
                  </Link>
                  <StatusBadge status={row.status} />
                </div>
                <ProgressBar value={row.total ? row.answered / row.total : 0} label={`${row.name}: ${row.answered} of ${row.total} answered`} />
                <p className="text-xs text-muted-foreground">
                  {row.answered} of {row.total} answered · {row.snapshots} snapshot{row.snapshots === 1 ? "" : "s"}
                </p>
              </li>
            ))}
          </ul>
        )}
      </section>
      <section aria-labelledby="pillars-heading" className="grid gap-4">
        <div className="flex flex-wrap items-end justify-between gap-2">
          <h2 id="pillars-heading" className="text-lg font-semibold">
            What an assessment covers
          </h2>
          <Button asChild variant="outline" size="sm">
            <Link href="/framework">Read every question</Link>
          </Button>
        </div>
        <PillarSummaryGrid framework={framework} />
      </section>
    </div>
  );
}

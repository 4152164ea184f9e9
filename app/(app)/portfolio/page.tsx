import type { Metadata } from "next";
import Link from "next/link";
import { ChartDataTable, ChartFigure } from "@/components/dashboard/chart-figure";
import { AssessmentTrend, Burndown } from "@/components/dashboard/charts";
import { StatusBadge } from "@/components/assessments/status-badge";
import { PortfolioFilters } from "@/components/portfolio/filters";
import { MaturityHeatmap } from "@/components/portfolio/heatmap";
import { SimpleTable } from "@/components/ui/table-parts";
import { DEFAULT_HORIZON_DAYS, withIdealLine } from "@/lib/assessment/burndown";
import { formatPercent, formatScore } from "@/lib/assessment/labels";
import { LATEST_FRAMEWORK } from "@/lib/framework/index";
import { listMembers } from "@/lib/server/members";
import { getPortfolio } from "@/lib/server/portfolio";
import { requireMembership } from "@/lib/server/session";
import { cn } from "@/lib/utils";
import { ZPortfolioFilter } from "@/lib/validation/portfolio";

export const metadata: Metadata = { title: "Portfolio" };

/** Rows of the heatmap and lines of the trend: beyond these, neither reads; the filters narrow the view. */
const HEATMAP_ROWS = 30;
const TREND_LINES = 9;

export default async function PortfolioPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const { actor } = await requireMembership();
  const filter = ZPortfolioFilter.parse(await searchParams);
  const [portfolio, members] = await Promise.all([getPortfolio(actor, { ownerId: filter.owner, status: filter.status, pillar: filter.pillar }, { historyOf: TREND_LINES }), listMembers(actor)]);
  const { rows } = portfolio;
  const open = rows.reduce((sum, row) => sum + row.openNextSteps, 0);
  const overdue = rows.reduce((sum, row) => sum + row.overdueNextSteps, 0);
  const pillars = LATEST_FRAMEWORK.pillars.map((pillar) => ({ id: pillar.id, name: pillar.name }));
  const shownPillars = filter.pillar ? pillars.filter((pillar) => pillar.id === filter.pillar) : pillars;
  const pillarName = shownPillars.length === 1 ? shownPillars[0]!.name : null;
  const scored = rows.filter((row) => row.latest);
  const heatmap = scored.slice(0, HEATMAP_ROWS).map((row) => ({ id: row.id, name: row.name, cells: Object.fromEntries(row.pillars.map((pillar) => [pillar.pillar, pillar])) }));
  const trend = scored.slice(0, TREND_LINES).map((row) => ({ id: row.id, name: row.name, points: row.history.map((point) => ({ at: point.takenAt.getTime(), score: point.score, version: point.frameworkVersion })) }));
  const burndown = withIdealLine(portfolio.burndown, portfolio.latestDue);
  const more = (shown: number, what: string) => (scored.length > shown ? ` Showing the first ${shown} of ${scored.length} ${what}: filter by status, owner or pillar to see others.` : "");
  const filtered = Boolean(filter.owner || filter.status || filter.pillar);

  return (
    <div className="grid min-w-0 gap-6">
      <div className="grid gap-4">
        <div>
          <h1 className="text-2xl font-semibold tracking-tight">Portfolio</h1>
          <p className="text-sm text-muted-foreground">Every assessment: where it stands against its targets, how it moved, and the next steps still open.</p>
        </div>
        <PortfolioFilters values={{ owner: filter.owner ?? "", status: filter.status ?? "", pillar: filter.pillar ?? "" }} members={members} pillars={pillars} />
      </div>

      <dl className="grid gap-3 sm:grid-cols-3">
        {[
          ["Assessments", String(rows.length)],
          [pillarName ? `Open next steps in ${pillarName}` : "Open next steps", String(open)],
          [pillarName ? `Overdue next steps in ${pillarName}` : "Overdue next steps", String(overdue)],
        ].map(([label, value]) => (
          <div key={label} className="grid gap-1 rounded-lg border border-border p-4">
            <dt className="text-sm text-muted-foreground">{label}</dt>
            <dd className="text-2xl font-semibold">{value}</dd>
          </div>
        ))}
      </dl>

      {rows.length === 0 ? (
        <p className="rounded-lg border border-dashed border-border p-8 text-center text-sm text-muted-foreground">No assessment{filtered ? " matches these filters" : " yet"}.</p>
      ) : (
        <>
          <section aria-labelledby="heatmap-heading" className="grid min-w-0 gap-2">
            <div>
              <h2 id="heatmap-heading" className="font-semibold">
                Maturity against target
              </h2>
              <p className="text-sm text-muted-foreground">
                Each pillar&apos;s score (1 Traditional to 4 Optimal) at the latest snapshot, against its target.{more(HEATMAP_ROWS, "assessments with a snapshot")}
              </p>
            </div>
            {heatmap.length === 0 ? (
              <p className="rounded-lg border border-dashed border-border p-6 text-center text-sm text-muted-foreground">No snapshot yet: record one on an assessment&apos;s Snapshots tab.</p>
            ) : (
              <MaturityHeatmap rows={heatmap} pillars={shownPillars} />
            )}
          </section>

          <div className="grid min-w-0 gap-4 lg:grid-cols-2">
            <ChartFigure
              title={pillarName ? `${pillarName} over time` : "Maturity over time"}
              summary={`${pillarName ? `The ${pillarName} score` : "The overall score"} of each assessment at each snapshot.${more(TREND_LINES, "assessments")}`}
              empty={trend.length === 0 ? "No snapshot yet: the trend starts with the first." : undefined}
              chart={<AssessmentTrend assessments={trend} />}
              table={
                <ChartDataTable
                  headers={["Assessment", "Snapshots (oldest first)"]}
                  rows={trend.map((line) => [line.name, rows.find((row) => row.id === line.id)!.history.map((point) => `${point.label ?? point.takenAt.toISOString().slice(0, 10)}: ${formatScore(point.score)}`).join(", ")])}
                />
              }
            />
            <ChartFigure
              title="Next-steps burndown"
              summary={
                burndown
                  ? `Open next steps week by week${pillarName ? ` in ${pillarName}` : ""}. The ideal line runs from the first count to zero on ${burndown.end}, ${burndown.endFromDueDates ? "the latest due date of the open steps" : `${DEFAULT_HORIZON_DAYS} days after the first snapshot, as no open step has a later due date`}.`
                  : "Open next steps over time, with the ideal line to zero."
              }
              empty={burndown ? undefined : "No next step tracked yet: they appear when an assessment records a snapshot."}
              chart={burndown ? <Burndown points={burndown.points} /> : null}
              table={<ChartDataTable headers={["Week of", "Open next steps", "Ideal"]} rows={(burndown?.points ?? []).map((point) => [point.date, point.open ?? "—", point.ideal])} />}
            />
          </div>

          <SimpleTable label="Assessments" headers={["Assessment", "Owner", pillarName ? `${pillarName} maturity` : "Latest maturity", "Since previous snapshot", "Answered", "Open next steps", "Overdue"]}>
            {rows.map((row) => (
              <tr key={row.id} className="border-t border-border">
                <td className="px-3 py-2">
                  <div className="flex flex-wrap items-center gap-2">
                    <Link href={`/assessments/${row.id}/dashboard`} className="font-medium text-primary hover:underline">
                      {row.name}
                    </Link>
                    <StatusBadge status={row.status} />
                  </div>
                </td>
                <td className="px-3 py-2">{row.owner?.name ?? "—"}</td>
                <td className="px-3 py-2">{row.latest ? `${row.latest.rating}${row.latest.score !== null ? ` (${formatScore(row.latest.score)})` : ""}` : "No snapshot yet"}</td>
                <td className={cn("px-3 py-2 tabular-nums", row.change !== null && row.change > 0 && "text-success", row.change !== null && row.change < 0 && "text-destructive")}>
                  {row.change === null ? "—" : `${row.change > 0 ? "+" : ""}${row.change.toFixed(2)}`}
                </td>
                <td className="px-3 py-2 tabular-nums">{formatPercent(row.completeness)}</td>
                <td className="px-3 py-2 tabular-nums">{row.openNextSteps}</td>
                <td className="px-3 py-2 tabular-nums">
                  {row.overdueNextSteps > 0 ? (
                    <Link href={`/next-steps?assessment=${row.id}&overdue=true`} className="font-medium text-destructive hover:underline" aria-label={`${row.overdueNextSteps} overdue next steps in ${row.name}`}>
                      {row.overdueNextSteps}
                    </Link>
                  ) : (
                    0
                  )}
                </td>
              </tr>
            ))}
          </SimpleTable>
        </>
      )}
    </div>
  );
}

import type { Metadata } from "next";
import Link from "next/link";
import { ChartFigure, DataTable } from "@/components/dashboard/chart-figure";
import { Burndown } from "@/components/dashboard/charts";
import { StatusBadge } from "@/components/assessments/status-badge";
import { Button } from "@/components/ui/button";
import { Label } from "@/components/ui/label";
import { NativeSelect } from "@/components/ui/select";
import { SimpleTable } from "@/components/ui/table-parts";
import { formatPercent, formatScore } from "@/lib/assessment/labels";
import { STAGE_LABELS } from "@/lib/framework/types";
import { listMembers } from "@/lib/server/members";
import { getPortfolio } from "@/lib/server/portfolio";
import { requireMembership } from "@/lib/server/session";
import { cn } from "@/lib/utils";
import { ZId } from "@/lib/validation/assessment";

export const metadata: Metadata = { title: "Portfolio" };

export default async function PortfolioPage({ searchParams }: { searchParams: Promise<{ owner?: string | string[] }> }) {
  const { actor } = await requireMembership();
  const { owner } = await searchParams;
  const ownerId = ZId.safeParse(owner).data;
  const [portfolio, members] = await Promise.all([getPortfolio(actor, { ownerId }), listMembers(actor)]);
  const open = portfolio.rows.reduce((sum, row) => sum + row.openNextSteps, 0);
  const overdue = portfolio.rows.reduce((sum, row) => sum + row.overdueNextSteps, 0);
  return (
    <div className="grid gap-6">
      <div className="flex flex-wrap items-end justify-between gap-4">
        <div>
          <h1 className="text-2xl font-semibold tracking-tight">Portfolio</h1>
          <p className="text-sm text-muted-foreground">Every active assessment: where it stands, how it moved, and the next steps still open.</p>
        </div>
        <form className="flex items-end gap-2" aria-label="Filter the portfolio">
          <div className="grid gap-1.5">
            <Label htmlFor="portfolio-owner">Assessment owner</Label>
            <NativeSelect id="portfolio-owner" name="owner" defaultValue={ownerId ?? ""}>
              <option value="">Anyone</option>
              {members.map((member) => (
                <option key={member.userId} value={member.userId}>
                  {member.name}
                </option>
              ))}
            </NativeSelect>
          </div>
          <Button type="submit" variant="outline">
            Filter
          </Button>
        </form>
      </div>

      <dl className="grid gap-3 sm:grid-cols-3">
        {[
          ["Assessments", String(portfolio.rows.length)],
          ["Open next steps", String(open)],
          ["Overdue next steps", String(overdue)],
        ].map(([label, value]) => (
          <div key={label} className="grid gap-1 rounded-lg border border-border p-4">
            <dt className="text-sm text-muted-foreground">{label}</dt>
            <dd className="text-2xl font-semibold">{value}</dd>
          </div>
        ))}
      </dl>

      {portfolio.rows.length === 0 ? (
        <p className="rounded-lg border border-dashed border-border p-8 text-center text-sm text-muted-foreground">No active assessment{ownerId ? " owned by this person" : ""}.</p>
      ) : (
        <SimpleTable headers={["Assessment", "Owner", "Latest maturity", "Since previous snapshot", "Answered", "Open next steps", "Overdue"]}>
          {portfolio.rows.map((row) => (
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
              <td className="px-3 py-2">{row.latest?.stage ? `${STAGE_LABELS[row.latest.stage]} (${formatScore(row.latest.score)})` : "No snapshot yet"}</td>
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
      )}

      <ChartFigure
        title="Next-steps burndown"
        summary="Open next steps over time, week by week, across these assessments."
        empty={portfolio.burndown.length === 0 ? "No next step tracked yet: they appear when an assessment records a snapshot." : undefined}
        chart={<Burndown points={portfolio.burndown} />}
        table={<DataTable headers={["Week of", "Open next steps"]} rows={portfolio.burndown.map((point) => [point.date, point.open])} />}
      />
    </div>
  );
}

import Link from "next/link";
import { ArrowDownRight, ArrowRight, ArrowUpRight } from "lucide-react";
import { formatScore } from "@/lib/assessment/labels";
import { STAGE_LABELS } from "@/lib/framework/types";
import type { OverviewAssessment } from "@/lib/server/overview";
import { cn } from "@/lib/utils";
import { Panel } from "./panel";

/** "Up 0.3", "Down 0.1" or "Unchanged": the overall score against the latest snapshot, as the dashboard rounds it. */
function Change({ since }: { since: NonNullable<OverviewAssessment["sinceSnapshot"]> }) {
  const { change, label, takenAt } = since;
  const snapshot = `${label ? `“${label}”` : "the snapshot"} of ${takenAt.toISOString().slice(0, 10)}`;
  if (!since.comparable) return <span className="text-muted-foreground">Not compared with {snapshot}: it was scored with older rules</span>;
  const delta = change.delta === null ? null : Number(change.delta.toFixed(1));
  const stages = change.stageChanged && change.beforeStage && change.afterStage ? ` (${STAGE_LABELS[change.beforeStage]} → ${STAGE_LABELS[change.afterStage]})` : "";
  if (delta === null) {
    return <span className="text-muted-foreground">{change.after === null ? "Not scored now" : "Newly scored"} since {snapshot}</span>;
  }
  const [Icon, text, tone] =
    delta > 0 ? [ArrowUpRight, `Up ${formatScore(delta)}`, "text-success"] : delta < 0 ? [ArrowDownRight, `Down ${formatScore(-delta)}`, "text-destructive"] : [ArrowRight, "Unchanged", "text-muted-foreground"];
  return (
    <span className="inline-flex items-start gap-1">
      <Icon aria-hidden className={cn("mt-0.5 size-4 shrink-0", tone)} />
      <span>
        <span className={cn("font-medium", tone)}>{text}</span>
        {stages} since {snapshot}
      </span>
    </span>
  );
}

/** Each assessment's overall stage and score now, as its dashboard shows them, and what moved since its last snapshot. */
export function MaturityList({ assessments }: { assessments: OverviewAssessment[] }) {
  return (
    <Panel id="maturity-heading" title="Maturity">
      <ul className="grid gap-3">
        {assessments.map((row) => (
          <li key={row.id} className="grid gap-1 border-t border-border pt-3 text-sm first:border-t-0 first:pt-0">
            <div className="flex flex-wrap items-baseline justify-between gap-x-3">
              <Link href={`/assessments/${row.id}/dashboard`} className="font-medium text-primary hover:underline">
                {row.name}
              </Link>
              <span>
                <span className="font-semibold">{row.maturity.label}</span>
                {row.maturity.score !== null ? <span className="text-muted-foreground"> · {formatScore(row.maturity.score)} of 4</span> : null}
              </span>
            </div>
            <div className="text-xs text-muted-foreground">
              {row.sinceSnapshot ? <Change since={row.sinceSnapshot} /> : "No snapshot yet: record one to follow the change."}
            </div>
          </li>
        ))}
      </ul>
    </Panel>
  );
}

import { formatPercent, formatScore } from "@/lib/assessment/labels";
import { progressLabel, ratingLabel } from "@/lib/assessment/rating";
import { STAGE_LABELS, type PillarId } from "@/lib/framework/types";
import type { ScoringPolicy } from "@/lib/scoring/policy";
import type { PillarScore } from "@/lib/scoring/types";
import { cn } from "@/lib/utils";

/**
 * Each pillar's rating with what decides it: the mean beside the named stage, the way to the next
 * stage, coverage, the N/A share against the organisation's threshold and the shortfall to target.
 */
export function PillarRatings({ pillars, names, policy }: { pillars: readonly PillarScore[]; names: Record<PillarId, string>; policy: ScoringPolicy }) {
  return (
    <section aria-labelledby="ratings-heading" className="grid gap-3">
      <div className="grid gap-0.5">
        <h2 id="ratings-heading" className="font-semibold">
          Rating per pillar
        </h2>
        <p className="text-sm text-muted-foreground">
          A pillar is named a stage once {formatPercent(policy.coverageThreshold)} of its questions are answered and no more than {formatPercent(policy.naThreshold)} are N/A, and never above
          its weakest critical question.
        </p>
      </div>
      <ul className="grid gap-3 sm:grid-cols-2 xl:grid-cols-3">
        {pillars.map((pillar) => {
          const progress = progressLabel(pillar);
          return (
            <li key={pillar.pillar} className="grid content-start gap-1 rounded-lg border border-border p-3 text-sm" data-testid={`rating-${pillar.pillar}`}>
              <div className="flex flex-wrap items-baseline justify-between gap-x-2">
                <span className="font-medium">{names[pillar.pillar]}</span>
                <span className={cn("font-semibold", !pillar.stage && "text-muted-foreground")}>{ratingLabel(pillar)}</span>
              </div>
              {pillar.progress ? (
                <div className="grid gap-1">
                  <div className="h-1.5 overflow-hidden rounded-full bg-muted" aria-hidden>
                    <div className="h-full rounded-full bg-primary" style={{ width: `${Math.round(pillar.progress.share * 100)}%` }} />
                  </div>
                  <span className="text-xs text-muted-foreground">{progress}</span>
                </div>
              ) : null}
              <dl className="grid grid-cols-[auto_1fr] gap-x-3 text-xs text-muted-foreground">
                <dt>Mean</dt>
                <dd className="tabular-nums">
                  {formatScore(pillar.score)}
                  {pillar.meanStage && pillar.meanStage !== pillar.stage ? ` (${STAGE_LABELS[pillar.meanStage]} by the mean alone)` : ""}
                </dd>
                <dt>Answered</dt>
                <dd className="tabular-nums">
                  {pillar.answered} of {pillar.total} ({formatPercent(pillar.completeness)})
                </dd>
                <dt>N/A</dt>
                <dd className={cn("tabular-nums", pillar.naFlagged && "font-medium text-amber-700 dark:text-amber-400")}>
                  {formatPercent(pillar.naShare)}
                  {pillar.naFlagged ? ` — over the ${formatPercent(policy.naThreshold)} threshold: review the N/A answers` : ""}
                </dd>
                <dt>Target</dt>
                <dd>
                  {STAGE_LABELS[pillar.target]}
                  {pillar.targetSource === "default" ? " (organisation default)" : ""}
                  {pillar.gap !== null ? (pillar.gap === 0 ? ", on target" : `, ${pillar.gap.toFixed(1)} stages short on average`) : ""}
                </dd>
              </dl>
              {pillar.cappedBy ? (
                <p className="text-xs">
                  Held at {STAGE_LABELS[pillar.cappedBy.stage]} by its critical question <span className="font-mono">{pillar.cappedBy.questionId}</span>.
                </p>
              ) : null}
            </li>
          );
        })}
      </ul>
    </section>
  );
}

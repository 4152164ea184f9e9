import { ChevronUp } from "lucide-react";
import { useState } from "react";
import { formatPercent, formatScore } from "@/lib/assessment/labels";
import { progressLabel, ratingLabel } from "@/lib/assessment/rating";
import { STAGE_LABELS, type PillarId } from "@/lib/framework/types";
import type { OverallScore, PillarScore } from "@/lib/scoring/types";
import { cn } from "@/lib/utils";
import { PillarBars } from "./pillar-bars";

function Row({ label, value }: { label: string; value: string }) {
  return (
    <div className="flex justify-between gap-2">
      <dt className="text-muted-foreground">{label}</dt>
      <dd className="text-right font-medium tabular-nums">{value}</dd>
    </div>
  );
}

/** "Initial (2.9)": the rating with the mean beside it, or why there is none. */
const maturity = (part: PillarScore | OverallScore) => (part.stage ? `${ratingLabel(part)} (${formatScore(part.score)})` : ratingLabel(part));

/**
 * The live score as the scoring library computes it from the answers on screen. It stays in view
 * while answering: a sticky column on wide screens; on narrow ones a one-line bar pinned to the
 * bottom of the screen that opens into the full panel.
 */
export function LiveScorePanel({ pillarName, pillar, pillars, names, overall }: { pillarName: string; pillar: PillarScore; pillars: PillarScore[]; names: Record<PillarId, string>; overall: OverallScore }) {
  const [open, setOpen] = useState(false);
  return (
    <aside
      aria-label="Live score"
      className="sticky bottom-0 z-10 -mx-4 border-t border-border bg-background/95 px-4 py-2 text-sm shadow-[0_-4px_12px_rgb(0_0_0/0.08)] backdrop-blur sm:-mx-6 sm:px-6 lg:top-4 lg:bottom-auto lg:mx-0 lg:self-start lg:rounded-lg lg:border lg:p-4 lg:shadow-none"
    >
      <button
        type="button"
        aria-expanded={open}
        aria-controls="live-score-details"
        onClick={() => setOpen(!open)}
        className="flex w-full items-center justify-between gap-2 rounded-md py-1 text-left lg:hidden"
      >
        <span className="min-w-0 truncate">
          <span className="font-medium">{pillarName}</span> {maturity(pillar)} · <span className="font-medium">Overall</span> {formatScore(overall.score)}
        </span>
        <span className="inline-flex shrink-0 items-center gap-1 text-muted-foreground">
          {open ? "Hide score" : "Score"}
          <ChevronUp className={cn("size-4 transition-transform", open && "rotate-180")} aria-hidden />
        </span>
      </button>
      <div id="live-score-details" className={cn("max-h-[60vh] content-start gap-4 overflow-y-auto pt-2 lg:grid lg:max-h-none lg:overflow-visible lg:pt-0", open ? "grid" : "hidden")}>
        <div className="grid gap-2">
          <h2 className="font-semibold">{pillarName}</h2>
          <dl className="grid gap-1" data-testid="pillar-score">
            <Row label="Maturity" value={maturity(pillar)} />
            {pillar.progress ? <Row label="Next stage" value={progressLabel(pillar)!} /> : null}
            <Row label="Target" value={`${STAGE_LABELS[pillar.target]}${pillar.targetSource === "default" ? " (default)" : ""}`} />
            <Row label="Gap to target" value={pillar.gap === null ? "—" : pillar.gap === 0 ? "On target" : `${pillar.gap.toFixed(1)} stages`} />
            <Row label="Answered" value={`${pillar.answered} of ${pillar.total} (${formatPercent(pillar.completeness)})`} />
            <Row label="N/A" value={`${formatPercent(pillar.naShare)}${pillar.naFlagged ? " — over threshold" : ""}`} />
          </dl>
          {pillar.cappedBy ? (
            <p className="text-xs text-muted-foreground" data-testid="pillar-cap">
              Held at {STAGE_LABELS[pillar.cappedBy.stage]} by its critical question {pillar.cappedBy.questionId}.
            </p>
          ) : null}
        </div>
        <div className="grid gap-2 border-t border-border pt-3">
          <h2 className="font-semibold">Overall</h2>
          <dl className="grid gap-1" data-testid="overall-score">
            <Row label="Maturity" value={maturity(overall)} />
            <Row label="Answered" value={`${overall.answered} of ${overall.total}`} />
          </dl>
        </div>
        <div className="grid gap-2 border-t border-border pt-3">
          <h2 className="font-semibold">All pillars</h2>
          <PillarBars pillars={pillars} names={names} current={pillar.pillar} />
        </div>
        <p className="text-xs text-muted-foreground">
          Scores are the weighted mean of the answered levels, 1 (Traditional) to 4 (Optimal); N/A and Unknown answers are left out. A stage is named once enough questions are answered, never above
          the weakest critical question, and the overall never above the weakest pillar.
        </p>
      </div>
    </aside>
  );
}

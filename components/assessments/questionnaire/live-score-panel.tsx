import { formatPercent, formatScore } from "@/lib/assessment/labels";
import { STAGE_LABELS } from "@/lib/framework/types";
import type { OverallScore, PillarScore } from "@/lib/scoring/types";

function Row({ label, value }: { label: string; value: string }) {
  return (
    <div className="flex justify-between gap-2">
      <dt className="text-muted-foreground">{label}</dt>
      <dd className="font-medium tabular-nums">{value}</dd>
    </div>
  );
}

/** The current pillar's maturity as the scoring library computes it from the answers on screen. */
export function LiveScorePanel({ pillarName, pillar, overall }: { pillarName: string; pillar: PillarScore; overall: OverallScore }) {
  return (
    <aside aria-label="Live score" className="grid content-start gap-4 rounded-lg border border-border p-4 text-sm">
      <div className="grid gap-2">
        <h2 className="font-semibold">{pillarName}</h2>
        <dl className="grid gap-1" data-testid="pillar-score">
          <Row label="Maturity" value={pillar.stage ? `${STAGE_LABELS[pillar.stage]} (${formatScore(pillar.score)})` : "Not scored yet"} />
          <Row label="Target" value={pillar.target ? STAGE_LABELS[pillar.target] : "None"} />
          <Row label="Gap to target" value={pillar.gap === null ? "—" : pillar.gap === 0 ? "On target" : `${pillar.gap.toFixed(1)} stages`} />
          <Row label="Answered" value={`${pillar.answered} of ${pillar.total} (${formatPercent(pillar.completeness)})`} />
        </dl>
      </div>
      <div className="grid gap-2 border-t border-border pt-3">
        <h2 className="font-semibold">Overall</h2>
        <dl className="grid gap-1">
          <Row label="Maturity" value={overall.stage ? `${STAGE_LABELS[overall.stage]} (${formatScore(overall.score)})` : "Not scored yet"} />
          <Row label="Answered" value={`${overall.answered} of ${overall.total}`} />
        </dl>
      </div>
      <p className="text-xs text-muted-foreground">Scores are the weighted mean of the answered levels, 1 (Traditional) to 4 (Optimal); N/A answers are left out.</p>
    </aside>
  );
}

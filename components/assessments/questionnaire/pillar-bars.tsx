import { formatScore } from "@/lib/assessment/labels";
import { ratingLabel } from "@/lib/assessment/rating";
import { STAGE_LABELS, STAGES, type PillarId } from "@/lib/framework/types";
import type { PillarScore } from "@/lib/scoring/types";
import { cn } from "@/lib/utils";

// Drawn at about the size the 16rem column shows it, so 11 px text stays 11 px.
const ROW = 20;
const LABEL_WIDTH = 82;
const BAR_WIDTH = 100;
const WIDTH = LABEL_WIDTH + BAR_WIDTH + 30;
/** Scores run from 1 (Traditional) to 4 (Optimal): a bar starts at 0 so Traditional still shows. */
const x = (score: number) => LABEL_WIDTH + (score / 4) * BAR_WIDTH;

/**
 * Every pillar's live score as horizontal bars with the target as a tick: drawn by hand in SVG
 * so the questionnaire ships no chart library. The table beside it in the DOM is what screen
 * readers get; the drawing is hidden from them.
 */
export function PillarBars({ pillars, names, current }: { pillars: PillarScore[]; names: Record<PillarId, string>; current: PillarId }) {
  const height = pillars.length * ROW + 18;
  return (
    <figure className="grid gap-1">
      <svg viewBox={`0 0 ${WIDTH} ${height}`} className="w-full max-w-80" aria-hidden="true" data-testid="pillar-bars">
        {STAGES.map((stage, index) => (
          <g key={stage}>
            <line x1={x(index + 1)} x2={x(index + 1)} y1={0} y2={height - 16} className="stroke-border" strokeDasharray="2 2" />
            <text x={x(index + 1)} y={height - 3} textAnchor="middle" className="fill-muted-foreground text-[11px]">
              {index + 1}
            </text>
          </g>
        ))}
        {pillars.map((pillar, index) => {
          const y = index * ROW;
          const isCurrent = pillar.pillar === current;
          return (
            <g key={pillar.pillar}>
              <text x={LABEL_WIDTH - 6} y={y + 14} textAnchor="end" className={cn("text-[11px]", isCurrent ? "fill-foreground font-semibold" : "fill-muted-foreground")}>
                {names[pillar.pillar].split(" ")[0]}
              </text>
              <rect x={LABEL_WIDTH} y={y + 3} width={BAR_WIDTH} height={ROW - 6} rx={2} className="fill-muted" />
              {pillar.score !== null ? <rect x={LABEL_WIDTH} y={y + 3} width={x(pillar.score) - LABEL_WIDTH} height={ROW - 6} rx={2} className={isCurrent ? "fill-primary" : "fill-primary/60"} /> : null}
              <line x1={x(STAGES.indexOf(pillar.target) + 1)} x2={x(STAGES.indexOf(pillar.target) + 1)} y1={y + 1} y2={y + ROW - 1} strokeWidth={2} className="stroke-foreground" />
              <text x={x(4) + 4} y={y + 14} className="fill-muted-foreground text-[11px] tabular-nums">
                {formatScore(pillar.score)}
              </text>
            </g>
          );
        })}
      </svg>
      <figcaption className="text-xs text-muted-foreground">Bars: score from 1 (Traditional) to 4 (Optimal). Tick: target.</figcaption>
      <table className="sr-only">
        <caption>Score per pillar</caption>
        <thead>
          <tr>
            <th scope="col">Pillar</th>
            <th scope="col">Score</th>
            <th scope="col">Target</th>
          </tr>
        </thead>
        <tbody>
          {pillars.map((pillar) => (
            <tr key={pillar.pillar}>
              <th scope="row">{names[pillar.pillar]}</th>
              <td>
                {ratingLabel(pillar)} ({formatScore(pillar.score)})
              </td>
              <td>{STAGE_LABELS[pillar.target]}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </figure>
  );
}

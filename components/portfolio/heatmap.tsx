import Link from "next/link";
import { formatScore } from "@/lib/assessment/labels";
import { STAGE_LABELS, type Stage } from "@/lib/framework/types";
import { cn } from "@/lib/utils";

interface HeatmapCell {
  score: number | null;
  target: Stage | null;
  /** As the snapshot stored it, so the heatmap reads the gap the dashboard shows. */
  gap: number | null;
}

export interface HeatmapRow {
  id: string;
  name: string;
  /** By pillar id; a pillar missing here was not scored. */
  cells: Partial<Record<string, HeatmapCell>>;
}

// Tints with dark text on the light theme and deep tints with light text on the dark one: AA either way.
const TONES = {
  onTarget: "bg-green-100 text-green-950 [.dark_&]:bg-green-950 [.dark_&]:text-green-100",
  close: "bg-amber-100 text-amber-950 [.dark_&]:bg-amber-950 [.dark_&]:text-amber-100",
  behind: "bg-orange-200 text-orange-950 [.dark_&]:bg-orange-900 [.dark_&]:text-orange-50",
  far: "bg-red-200 text-red-950 [.dark_&]:bg-red-900 [.dark_&]:text-red-50",
  none: "text-muted-foreground",
} as const;
type Tone = keyof typeof TONES;

const LEGEND: { tone: Tone; label: string }[] = [
  { tone: "onTarget", label: "On target" },
  { tone: "close", label: "Up to 0.5 below" },
  { tone: "behind", label: "0.5 to 1.5 below" },
  { tone: "far", label: "More than 1.5 below" },
];

/** How far the score is below the target level (1–4), and the tone that says it. */
function gapOf(cell: HeatmapCell | undefined): { gap: number | null; tone: Tone } {
  if (!cell || cell.score === null || cell.target === null || cell.gap === null) return { gap: null, tone: "none" };
  const { gap } = cell;
  return { gap, tone: gap <= 0 ? "onTarget" : gap <= 0.5 ? "close" : gap <= 1.5 ? "behind" : "far" };
}

/**
 * Pillar × assessment: each cell is the latest snapshot's score against the pillar's target,
 * coloured by the gap and written out in full, so the table reads the same without colour.
 */
export function MaturityHeatmap({ rows, pillars }: { rows: HeatmapRow[]; pillars: { id: string; name: string }[] }) {
  return (
    <div className="grid gap-2">
      <ul aria-label="Colours" className="flex flex-wrap gap-x-4 gap-y-1 text-xs text-muted-foreground">
        {LEGEND.map((entry) => (
          <li key={entry.tone} className="inline-flex items-center gap-1.5">
            <span aria-hidden className={cn("size-3 rounded-sm border border-border", TONES[entry.tone])} />
            {entry.label}
          </li>
        ))}
      </ul>
      <div className="overflow-x-auto rounded-lg border border-border">
        <table className="w-full border-collapse text-sm" aria-label="Maturity against target by pillar">
          <thead className="bg-muted/60 text-left">
            <tr>
              <th scope="col" className="sticky left-0 bg-muted px-3 py-2 font-medium">
                Assessment
              </th>
              {pillars.map((pillar) => (
                <th key={pillar.id} scope="col" className="min-w-24 px-2 py-2 text-xs font-medium">
                  {pillar.name}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {rows.map((row) => (
              <tr key={row.id} className="border-t border-border">
                <th scope="row" className="sticky left-0 max-w-40 bg-background px-3 py-2 text-left font-normal sm:max-w-64">
                  <Link href={`/assessments/${row.id}/dashboard`} className="line-clamp-2 text-primary hover:underline">
                    {row.name}
                  </Link>
                </th>
                {pillars.map((pillar) => {
                  const cell = row.cells[pillar.id];
                  const { gap, tone } = gapOf(cell);
                  return (
                    <td key={pillar.id} data-testid="heatmap-cell" className={cn("border-l border-border px-2 py-1.5 align-top tabular-nums", TONES[tone])}>
                      <span className="block font-semibold">{formatScore(cell?.score)}</span>
                      <span className="block text-xs">{cell?.target ? `target ${STAGE_LABELS[cell.target]}` : "no target"}</span>
                      {gap !== null ? <span className="block text-xs">{gap <= 0 ? "on target" : `${gap.toFixed(1)} below`}</span> : null}
                    </td>
                  );
                })}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </div>
  );
}

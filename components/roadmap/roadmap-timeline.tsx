"use client";

import { Bar, BarChart, CartesianGrid, Cell, ResponsiveContainer, Tooltip, XAxis, YAxis } from "recharts";
import { AXIS_TICK, ChartArea, ChartLegend, GRID, TOOLTIP, useWide } from "@/components/dashboard/charts";
import { dateLabel, type TimelineBar } from "@/lib/assessment/roadmap";
import { STAGE_LABELS } from "@/lib/framework/types";

/** A phase's colour is the colour of the stage its steps reach. */
const PHASE_COLOURS = ["var(--chart-initial)", "var(--chart-advanced)", "var(--chart-optimal)"];
const PHASE_LEGEND = (["initial", "advanced", "optimal"] as const).map((stage, index) => ({ label: `To ${STAGE_LABELS[stage]}`, colour: PHASE_COLOURS[index]!, kind: "area" as const }));

/**
 * Horizontal bars across the plan's months: an invisible bar for the days before each bar's
 * start, stacked under the visible one for its duration.
 */
export function RoadmapTimeline({ bars, ticks, days, rowHeight = 26 }: { bars: TimelineBar[]; ticks: { offset: number; label: string }[]; days: number; rowHeight?: number }) {
  const height = Math.max(120, bars.length * rowHeight + 48);
  const labels = new Map(ticks.map((tick) => [tick.offset, tick.label]));
  // A phone keeps room for the bars: a step's label is its question alone, the colour gives the stage.
  const wide = useWide();
  const shown = (label: string) => (wide ? label : label.replace(/ → (Initial|Advanced|Optimal)$/, ""));
  // About 6.5 px a character at the axis' 11 px: room for the longest label, within bounds.
  const labelWidth = Math.min(170, Math.max(56, ...bars.map((bar) => Math.ceil(shown(bar.label).length * 6.5) + 12)));
  return (
    <>
      <ChartLegend items={PHASE_LEGEND} />
      <ChartArea className="min-h-32">
        <div style={{ height }}>
          <ResponsiveContainer width="100%" height="100%">
            <BarChart data={bars} layout="vertical" margin={{ left: 0, right: 16, top: 4 }} barCategoryGap={4} accessibilityLayer={false}>
              <CartesianGrid horizontal={false} stroke={GRID} />
              <XAxis
                type="number"
                domain={[0, Math.max(days, 1)]}
                ticks={ticks.map((tick) => tick.offset)}
                tickFormatter={(value: number) => labels.get(value) ?? ""}
                tick={AXIS_TICK}
                stroke={GRID}
                orientation="top"
              />
              <YAxis
                type="category"
                dataKey="label"
                width={labelWidth}
                tick={({ x, y, payload }: { x: number | string; y: number | string; payload: { value: unknown } }) => (
                  // Plain text: recharts' own tick wraps a label it measures as too wide.
                  <text x={Number(x) - 4} y={y} dy="0.35em" textAnchor="end" fontSize={AXIS_TICK.fontSize} fill={AXIS_TICK.fill}>
                    {shown(String(payload.value))}
                  </text>
                )}
                stroke={GRID}
                interval={0}
              />
              <Tooltip
                {...TOOLTIP}
                cursor={{ fill: "var(--muted)" }}
                formatter={(_value, name, item) => {
                  const bar = item.payload as TimelineBar;
                  return name === "length" ? [`${dateLabel(bar.start)} to ${dateLabel(bar.due)}`, "Dates"] : [null, null];
                }}
              />
              <Bar dataKey="offset" stackId="time" fill="transparent" isAnimationActive={false} legendType="none" tooltipType="none" />
              <Bar dataKey="length" stackId="time" isAnimationActive={false} radius={3}>
                {bars.map((bar) => (
                  <Cell key={bar.id} fill={PHASE_COLOURS[bar.phase] ?? PHASE_COLOURS[0]} />
                ))}
              </Bar>
            </BarChart>
          </ResponsiveContainer>
        </div>
      </ChartArea>
    </>
  );
}

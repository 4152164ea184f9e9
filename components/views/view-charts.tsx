"use client";

import { Bar, BarChart, CartesianGrid, LabelList, ResponsiveContainer, Tooltip, XAxis, YAxis } from "recharts";
import { AXIS_TICK, ChartArea, ChartLegend, GRID, stageName, TOOLTIP } from "@/components/dashboard/charts";

/** A name broken into lines of about 18 characters, so long names fit beside a chart on a phone. */
const wrap = (text: string) =>
  text.split(" ").reduce<string[]>((acc, word) => {
    const last = acc.at(-1);
    if (last !== undefined && `${last} ${word}`.length <= 18) acc[acc.length - 1] = `${last} ${word}`;
    else acc.push(word);
    return acc;
  }, []);

function WrappedTick({ x, y, payload }: { x?: number; y?: number; payload?: { value: string } }) {
  const lines = wrap(payload?.value ?? "");
  return (
    <text x={x} y={y} textAnchor="end" fontSize={11} fill="var(--foreground)">
      {lines.map((line, index) => (
        <tspan key={index} x={x} dy={index === 0 ? `${0.35 - (lines.length - 1) * 0.55}em` : "1.1em"}>
          {line}
        </tspan>
      ))}
    </text>
  );
}

/** Each row as tall as its bars or its longest wrapped name, whichever needs more. */
const height = (rows: readonly { name: string }[], bars: number) => {
  const lines = Math.max(1, ...rows.map((row) => wrap(row.name).length));
  return { height: Math.max(160, rows.length * Math.max(12 + bars * 16, lines * 14 + 14) + 48) };
};
const LABEL = { fontSize: 11, fill: "var(--foreground)" };

/** Weighted mean level (1 Traditional to 4 Optimal) per row, e.g. per CISA pillar. */
export function ScoreBars({ rows }: { rows: { name: string; score: number | null }[] }) {
  return (
    <>
      <ChartLegend items={[{ label: "Weighted mean level", colour: "var(--chart-1)", kind: "area" }]} />
      <ChartArea className="w-full">
        <div style={height(rows, 2)}>
          <ResponsiveContainer width="100%" height="100%">
            <BarChart data={rows} layout="vertical" margin={{ left: 0, right: 40 }} accessibilityLayer={false}>
              <CartesianGrid horizontal={false} stroke={GRID} />
              <XAxis type="number" domain={[1, 4]} ticks={[1, 2, 3, 4]} tickFormatter={stageName} tick={AXIS_TICK} stroke={GRID} />
              <YAxis type="category" dataKey="name" width={124} tick={<WrappedTick />} stroke={GRID} interval={0} />
              <Tooltip {...TOOLTIP} cursor={{ fill: "var(--muted)" }} formatter={(value) => [typeof value === "number" ? value.toFixed(1) : "—", "Level"]} />
              <Bar dataKey="score" name="Weighted mean level" fill="var(--chart-1)" isAnimationActive={false}>
                <LabelList dataKey="score" position="right" {...LABEL} formatter={(value: unknown) => (typeof value === "number" ? value.toFixed(1) : "")} />
              </Bar>
            </BarChart>
          </ResponsiveContainer>
        </div>
      </ChartArea>
    </>
  );
}

export interface PercentSeries {
  key: string;
  label: string;
  colour: string;
}

/** Shares in percent (0–100) per row, one bar per series side by side. */
export function PercentBars({ rows, series }: { rows: ({ name: string } & Record<string, string | number | null>)[]; series: PercentSeries[] }) {
  return (
    <>
      <ChartLegend items={series.map((item) => ({ label: item.label, colour: item.colour, kind: "area" as const }))} />
      <ChartArea className="w-full">
        <div style={height(rows, series.length)}>
          <ResponsiveContainer width="100%" height="100%">
            <BarChart data={rows} layout="vertical" margin={{ left: 0, right: 40 }} accessibilityLayer={false}>
              <CartesianGrid horizontal={false} stroke={GRID} />
              <XAxis type="number" domain={[0, 100]} ticks={[0, 25, 50, 75, 100]} tickFormatter={(value: number) => `${value}%`} tick={AXIS_TICK} stroke={GRID} />
              <YAxis type="category" dataKey="name" width={124} tick={<WrappedTick />} stroke={GRID} interval={0} />
              <Tooltip {...TOOLTIP} cursor={{ fill: "var(--muted)" }} formatter={(value, name) => [typeof value === "number" ? `${value}%` : "—", name]} />
              {series.map((item) => (
                <Bar key={item.key} dataKey={item.key} name={item.label} fill={item.colour} isAnimationActive={false}>
                  <LabelList dataKey={item.key} position="right" {...LABEL} formatter={(value: unknown) => (typeof value === "number" ? `${value}%` : "")} />
                </Bar>
              ))}
            </BarChart>
          </ResponsiveContainer>
        </div>
      </ChartArea>
    </>
  );
}

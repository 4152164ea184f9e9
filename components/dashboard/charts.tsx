"use client";

import { useState, useSyncExternalStore, type ReactNode } from "react";
import {
  Bar,
  BarChart,
  CartesianGrid,
  Line,
  LineChart,
  PolarAngleAxis,
  PolarGrid,
  PolarRadiusAxis,
  Radar,
  RadarChart,
  ReferenceLine,
  ResponsiveContainer,
  Tooltip,
  XAxis,
  YAxis,
} from "recharts";
import { useHydrated } from "@/components/ui/use-hydrated";
import type { BurndownChartPoint } from "@/lib/assessment/burndown";
import { versionChanges, type DistributionRow, type RadarRow, type TrendPoint } from "@/lib/assessment/dashboard";
import { STAGE_LABELS, STAGES } from "@/lib/framework/types";
import { cn } from "@/lib/utils";

// Colours are the theme's variables (app/globals.css) and the chart palette of CHART_COLOURS
// (chart-figure.tsx), so every series follows the light or dark theme.
const LEVELS = [
  { key: "traditional", label: STAGE_LABELS.traditional, colour: "var(--chart-traditional)" },
  { key: "initial", label: STAGE_LABELS.initial, colour: "var(--chart-initial)" },
  { key: "advanced", label: STAGE_LABELS.advanced, colour: "var(--chart-advanced)" },
  { key: "optimal", label: STAGE_LABELS.optimal, colour: "var(--chart-optimal)" },
  { key: "not_applicable", label: "Not applicable", colour: "var(--chart-na)" },
  { key: "unanswered", label: "Unanswered", colour: "var(--chart-unanswered)" },
] as const;
const SERIES_COLOURS = Array.from({ length: 9 }, (_, index) => `var(--chart-${index + 1})`);
const seriesColour = (index: number) => SERIES_COLOURS[index % SERIES_COLOURS.length]!;
export const AXIS_TICK = { fontSize: 11, fill: "var(--muted-foreground)" };
export const GRID = "var(--border)";
export const TOOLTIP = {
  contentStyle: { background: "var(--card)", border: "1px solid var(--border)", borderRadius: 6, color: "var(--foreground)", fontSize: 12 },
  labelStyle: { color: "var(--foreground)", fontWeight: 600 },
  itemStyle: { color: "var(--foreground)" },
};

/** "Traditional" for 1 … "Optimal" for 4; nothing for other ticks. */
export const stageName = (value: number) => (Number.isInteger(value) && value >= 1 && value <= 4 ? STAGE_LABELS[STAGES[value - 1]!] : "");
const scoreText = (value: unknown) => (typeof value === "number" ? value.toFixed(1) : "—");

/**
 * The drawing, hidden from assistive technology (the figure's table says the same). Charts are
 * drawn with accessibilityLayer off: it would make the SVG focusable inside this hidden part.
 */
export function ChartArea({ className, children }: { className: string; children: ReactNode }) {
  return (
    <div aria-hidden className={cn("w-full min-w-0", className)}>
      {children}
    </div>
  );
}

type Swatch = { label: string; colour: string; kind: "area" | "line" | "dashed"; thick?: boolean };

function SwatchMark({ colour, kind, thick, muted }: Omit<Swatch, "label"> & { muted?: boolean }) {
  return kind === "area" ? (
    <span aria-hidden className={cn("size-3 shrink-0 rounded-sm border border-border", muted && "opacity-25")} style={{ background: colour }} />
  ) : (
    <span aria-hidden className={cn("w-5 shrink-0", muted && "opacity-25")} style={{ borderTop: `${thick ? 4 : 2}px ${kind === "dashed" ? "dashed" : "solid"} ${colour}` }} />
  );
}

/** The legend in HTML: always complete, in the order given, whatever the chart has data for. */
export function ChartLegend({ items }: { items: readonly Swatch[] }) {
  return (
    <ul aria-label="Legend" className="flex flex-wrap gap-x-4 gap-y-1 text-xs text-muted-foreground">
      {items.map((item) => (
        <li key={item.label} className="inline-flex items-center gap-1.5">
          <SwatchMark {...item} />
          {item.label}
        </li>
      ))}
    </ul>
  );
}

interface Series {
  key: string;
  label: string;
  colour: string;
  thick?: boolean;
}

/** Shown and hidden series: toggle buttons (aria-pressed) that double as the legend; they wait for hydration. */
function useSeriesToggles(series: readonly Series[], label: string) {
  const hydrated = useHydrated();
  const [hidden, setHidden] = useState<ReadonlySet<string>>(() => new Set());
  const toggle = (key: string) =>
    setHidden((current) => {
      const next = new Set(current);
      if (!next.delete(key)) next.add(key);
      return next;
    });
  const chip = "inline-flex items-center gap-1.5 rounded-full border border-border px-2.5 py-1 text-xs focus-visible:outline-none focus-visible:ring-2 focus-visible:ring-ring disabled:opacity-50";
  const controls = (
    <div role="group" aria-label={label} className="flex flex-wrap items-center gap-1.5">
      {series.map((item) => {
        const shown = !hidden.has(item.key);
        return (
          <button
            key={item.key}
            type="button"
            aria-pressed={shown}
            disabled={!hydrated}
            onClick={() => toggle(item.key)}
            className={cn(chip, shown ? "bg-muted font-medium text-foreground" : "text-muted-foreground line-through")}
          >
            <SwatchMark colour={item.colour} kind="line" thick={item.thick} muted={!shown} />
            {item.label}
          </button>
        );
      })}
      <button type="button" disabled={!hydrated || hidden.size === 0} onClick={() => setHidden(new Set())} className={cn(chip, "text-muted-foreground")}>
        Show all
      </button>
    </div>
  );
  return { hidden, controls };
}

function PillarTick({ x, y, cy, textAnchor, payload }: { x?: number; y?: number; cy?: number; textAnchor?: "start" | "middle" | "end" | "inherit"; payload?: { value: string } }) {
  const words = (payload?.value ?? "").split(" ");
  // Long names break into lines of about 14 characters, so they stay inside a phone's width.
  const lines = words.reduce<string[]>((acc, word) => {
    const last = acc.at(-1);
    if (last !== undefined && `${last} ${word}`.length <= 14) acc[acc.length - 1] = `${last} ${word}`;
    else acc.push(word);
    return acc;
  }, []);
  const above = y !== undefined && cy !== undefined && y < cy - 1;
  return (
    <text x={x} y={y} textAnchor={textAnchor} fontSize={12} fill="var(--foreground)">
      {lines.map((line, index) => (
        <tspan key={index} x={x} dy={index === 0 ? (above ? `${-(lines.length - 1) * 1.15}em` : "0.35em") : "1.15em"}>
          {line}
        </tspan>
      ))}
    </text>
  );
}

const WIDE = "(min-width: 640px)";
const subscribeToWidth = (onChange: () => void) => {
  const query = window.matchMedia(WIDE);
  query.addEventListener("change", onChange);
  return () => query.removeEventListener("change", onChange);
};
/** Whether the screen is wider than a phone's: the radar then has room for a larger web. */
export const useWide = () => useSyncExternalStore(subscribeToWidth, () => window.matchMedia(WIDE).matches, () => true);

export function MaturityRadar({ rows }: { rows: RadarRow[] }) {
  // On a phone the pillar names need the room around the web more than the web needs the size,
  // and the stage names on the scale would cover the web: the caption gives the scale there.
  const wide = useWide();
  return (
    <>
      <ChartLegend
        items={[
          { label: "Current score", colour: "var(--primary)", kind: "area" },
          { label: "Target", colour: "var(--foreground)", kind: "dashed" },
        ]}
      />
      <ChartArea className="h-[340px] sm:h-[440px]">
        <ResponsiveContainer width="100%" height="100%">
          <RadarChart data={rows} outerRadius={wide ? "72%" : "52%"} accessibilityLayer={false}>
            <PolarGrid stroke={GRID} />
            <PolarAngleAxis dataKey="name" tick={<PillarTick />} />
            <PolarRadiusAxis domain={[0, 4]} tickCount={5} angle={90 - 180 / Math.max(rows.length, 1)} tick={wide ? { fontSize: 10, fill: "var(--muted-foreground)" } : false} tickFormatter={stageName} axisLine={false} />
            <Radar name="Target" dataKey="target" stroke="var(--foreground)" strokeWidth={2} strokeDasharray="6 4" fill="none" fillOpacity={0} isAnimationActive={false} />
            <Radar name="Current score" dataKey="current" stroke="var(--primary)" strokeWidth={2} fill="var(--primary)" fillOpacity={0.3} dot={{ r: 3 }} isAnimationActive={false} />
            <Tooltip {...TOOLTIP} formatter={(value, name) => [name === "Target" ? stageName(Number(value)) || "—" : scoreText(value), name]} />
          </RadarChart>
        </ResponsiveContainer>
      </ChartArea>
    </>
  );
}

export function LevelDistribution({ rows }: { rows: DistributionRow[] }) {
  return (
    <>
      <ChartLegend items={LEVELS.map((level) => ({ label: level.label, colour: level.colour, kind: "area" }))} />
      <ChartArea className="h-[360px] sm:h-[440px]">
        <ResponsiveContainer width="100%" height="100%">
          <BarChart data={rows} layout="vertical" margin={{ left: 0, right: 8 }} accessibilityLayer={false}>
            <CartesianGrid horizontal={false} stroke={GRID} />
            <XAxis type="number" allowDecimals={false} tick={AXIS_TICK} stroke={GRID} />
            <YAxis type="category" dataKey="name" width={112} tick={AXIS_TICK} stroke={GRID} interval={0} />
            <Tooltip {...TOOLTIP} cursor={{ fill: "var(--muted)" }} />
            {LEVELS.map((level) => (
              <Bar key={level.key} dataKey={level.key} stackId="levels" fill={level.colour} name={level.label} isAnimationActive={false} />
            ))}
          </BarChart>
        </ResponsiveContainer>
      </ChartArea>
    </>
  );
}

interface TrendSeries extends Series {
  /** The series' own points, when series are not measured on the same dates. */
  data?: readonly object[];
  dataKey: string;
  /** Segments drawn as separate lines (no line joins them), each under its own data key. */
  segments?: readonly string[];
  /** Segments with a single point: drawn as a dot, since a line needs two. */
  lone?: ReadonlySet<string>;
  /** Further runs of the series' own points, each drawn as a line of its own (after a question bank version change). */
  more?: readonly (readonly object[])[];
}

/** A vertical marker on the category axis, e.g. where the question bank version changes. */
interface Marker {
  x: string;
  label: string;
}

/** Lines on the stage scale, each shown or hidden by its toggle; the thick one is drawn on top. */
function StageTrend({
  series,
  data,
  xAxis,
  label,
  tooltipLabel,
  dots,
  markers = [],
}: {
  series: TrendSeries[];
  data?: readonly object[];
  xAxis: ReactNode;
  label: string;
  tooltipLabel?: (label: unknown) => string;
  dots: boolean;
  markers?: readonly Marker[];
}) {
  const { hidden, controls } = useSeriesToggles(series, label);
  return (
    <>
      {controls}
      {markers.length > 0 ? <ChartLegend items={[{ label: "Question bank version changed", colour: "var(--muted-foreground)", kind: "dashed" }]} /> : null}
      <ChartArea className="h-80">
        <ResponsiveContainer width="100%" height="100%">
          <LineChart data={data as object[] | undefined} margin={{ top: markers.length > 0 ? 24 : 8, right: 16 }} accessibilityLayer={false}>
            <CartesianGrid strokeDasharray="3 3" stroke={GRID} />
            {xAxis}
            <YAxis domain={[1, 4]} ticks={[1, 2, 3, 4]} tickFormatter={stageName} width={78} tick={AXIS_TICK} stroke={GRID} />
            <Tooltip {...TOOLTIP} labelFormatter={tooltipLabel} formatter={(value) => scoreText(value)} />
            {markers.map((marker) => (
              <ReferenceLine
                key={marker.x}
                x={marker.x}
                stroke="var(--muted-foreground)"
                strokeWidth={1.5}
                strokeDasharray="5 4"
                label={{ value: marker.label, position: "top", fill: "var(--foreground)", fontSize: 11 }}
              />
            ))}
            {series.toReversed().flatMap((item) =>
              [...(item.segments ?? [item.dataKey]).map((dataKey) => ({ dataKey, data: item.data, id: dataKey })), ...(item.more ?? []).map((data, run) => ({ dataKey: item.dataKey, data, id: `run-${run}` }))].map(({ dataKey, data, id }) => (
                <Line
                  key={`${item.key}:${id}`}
                  data={data as object[] | undefined}
                  type="monotone"
                  dataKey={dataKey}
                  name={item.label}
                  stroke={item.colour}
                  strokeWidth={item.thick ? 4 : 1.5}
                  dot={item.thick ? { r: 4 } : dots || item.lone?.has(dataKey) ? { r: 3 } : false}
                  hide={hidden.has(item.key)}
                  connectNulls
                  isAnimationActive={false}
                />
              )),
            )}
          </LineChart>
        </ResponsiveContainer>
      </ChartArea>
    </>
  );
}

/**
 * Overall and pillar scores per snapshot. Each run of snapshots on one question bank version is
 * its own line (keys "overall@0", "overall@1"...), so means of different question sets are
 * never joined; a labelled dashed line marks each version change.
 */
export function MaturityTrend({ points, pillars }: { points: TrendPoint[]; pillars: { id: string; name: string }[] }) {
  const segments = [...new Set(points.map((point) => point.segment))];
  const lone = new Set(segments.filter((segment) => points.filter((point) => point.segment === segment).length === 1));
  const keysOf = (key: string) => segments.map((segment) => `${key}@${segment}`);
  const loneOf = (key: string) => new Set([...lone].map((segment) => `${key}@${segment}`));
  const series: TrendSeries[] = [
    { key: "overall", dataKey: "overall", segments: keysOf("overall"), label: "Overall", colour: "var(--foreground)", thick: true },
    ...pillars.map((pillar, index) => ({ key: pillar.id, dataKey: pillar.id, segments: keysOf(pillar.id), lone: loneOf(pillar.id), label: pillar.name, colour: seriesColour(index) })),
  ];
  const data = points.map((point) => ({
    label: point.label,
    [`overall@${point.segment}`]: point.overall,
    ...Object.fromEntries(Object.entries(point.pillars).map(([pillar, score]) => [`${pillar}@${point.segment}`, score])),
  }));
  const markers = versionChanges(points).map((change) => ({ x: change.label, label: change.frameworkVersion ?? "New version" }));
  return (
    <StageTrend
      series={series}
      data={data}
      label="Lines shown"
      dots={false}
      markers={markers}
      xAxis={<XAxis dataKey="label" tick={AXIS_TICK} stroke={GRID} padding={{ left: 32, right: 32 }} />}
    />
  );
}

const shortDate = (at: unknown) => new Date(Number(at)).toISOString().slice(0, 10);

/**
 * One line per assessment over the dates of its snapshots: assessments are not snapshotted on the same days.
 * A line breaks where its assessment moved to another question bank version (scores on either side cover
 * different questions): each run of one version is its own line.
 */
export function AssessmentTrend({ assessments }: { assessments: { id: string; name: string; points: { at: number; score: number | null; version?: string }[] }[] }) {
  const series = assessments.map((assessment, index) => {
    const runs: { at: number; score: number | null }[][] = [];
    assessment.points.forEach((point, position) => {
      if (position === 0 || point.version !== assessment.points[position - 1]!.version) runs.push([]);
      runs.at(-1)!.push({ at: point.at, score: point.score });
    });
    return { key: assessment.id, dataKey: "score", runs, label: assessment.name, colour: seriesColour(index) };
  });
  return (
    <StageTrend
      series={series.map(({ runs, ...item }) => ({ ...item, data: runs[0] ?? [], more: runs.slice(1) }))}
      label="Assessments shown"
      dots
      tooltipLabel={shortDate}
      xAxis={<XAxis dataKey="at" type="number" scale="time" domain={["dataMin", "dataMax"]} tickFormatter={shortDate} tick={AXIS_TICK} stroke={GRID} padding={{ left: 32, right: 32 }} />}
    />
  );
}

export function Burndown({ points }: { points: BurndownChartPoint[] }) {
  return (
    <>
      <ChartLegend
        items={[
          { label: "Open next steps", colour: "var(--primary)", kind: "line", thick: true },
          { label: "Ideal", colour: "var(--muted-foreground)", kind: "dashed" },
        ]}
      />
      <ChartArea className="h-72">
        <ResponsiveContainer width="100%" height="100%">
          <LineChart data={points} margin={{ top: 8, right: 16 }} accessibilityLayer={false}>
            <CartesianGrid strokeDasharray="3 3" stroke={GRID} />
            <XAxis dataKey="date" tick={AXIS_TICK} stroke={GRID} padding={{ left: 16, right: 16 }} />
            <YAxis allowDecimals={false} width={40} tick={AXIS_TICK} stroke={GRID} />
            <Tooltip {...TOOLTIP} />
            <Line type="linear" dataKey="ideal" name="Ideal" stroke="var(--muted-foreground)" strokeWidth={2} strokeDasharray="6 4" dot={false} isAnimationActive={false} />
            <Line type="stepAfter" dataKey="open" name="Open next steps" stroke="var(--primary)" strokeWidth={3} dot={{ r: 3, fill: "var(--primary)" }} isAnimationActive={false} />
          </LineChart>
        </ResponsiveContainer>
      </ChartArea>
    </>
  );
}

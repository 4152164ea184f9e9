"use client";

import {
  Bar,
  BarChart,
  CartesianGrid,
  Legend,
  Line,
  LineChart,
  PolarAngleAxis,
  PolarGrid,
  PolarRadiusAxis,
  Radar,
  RadarChart,
  ResponsiveContainer,
  Tooltip,
  XAxis,
  YAxis,
} from "recharts";
import type { DistributionRow, RadarRow, TrendPoint } from "@/lib/assessment/dashboard";
import { STAGE_LABELS } from "@/lib/framework/types";

// Colours from the theme, so the charts follow light and dark mode.
const PRIMARY = "var(--primary)";
const MUTED = "var(--muted-foreground)";
const LEVEL_COLOURS = { traditional: "#b91c1c", initial: "#d97706", advanced: "#2563eb", optimal: "#16a34a", not_applicable: "#9ca3af", unanswered: "#e5e7eb" } as const;
const LINE_COLOURS = ["#2563eb", "#16a34a", "#d97706", "#9333ea", "#0891b2", "#db2777", "#65a30d", "#ea580c", "#4b5563"];

export function MaturityRadar({ rows }: { rows: RadarRow[] }) {
  return (
    <ResponsiveContainer width="100%" height="100%">
      <RadarChart data={rows} outerRadius="75%">
        <PolarGrid />
        <PolarAngleAxis dataKey="name" tick={{ fontSize: 11 }} />
        <PolarRadiusAxis domain={[0, 4]} tickCount={5} tick={{ fontSize: 10 }} />
        <Radar name="Target" dataKey="target" stroke={MUTED} fill={MUTED} fillOpacity={0.1} strokeDasharray="4 4" />
        <Radar name="Current" dataKey="current" stroke={PRIMARY} fill={PRIMARY} fillOpacity={0.35} />
        <Tooltip />
        <Legend />
      </RadarChart>
    </ResponsiveContainer>
  );
}

export function LevelDistribution({ rows }: { rows: DistributionRow[] }) {
  return (
    <ResponsiveContainer width="100%" height="100%">
      <BarChart data={rows} layout="vertical" margin={{ left: 24 }}>
        <CartesianGrid horizontal={false} />
        <XAxis type="number" allowDecimals={false} />
        <YAxis type="category" dataKey="name" width={150} tick={{ fontSize: 11 }} />
        <Tooltip />
        <Legend />
        {(Object.keys(LEVEL_COLOURS) as (keyof typeof LEVEL_COLOURS)[]).map((level) => (
          <Bar
            key={level}
            dataKey={level}
            stackId="levels"
            fill={LEVEL_COLOURS[level]}
            name={level === "not_applicable" ? "Not applicable" : level === "unanswered" ? "Unanswered" : STAGE_LABELS[level]}
          />
        ))}
      </BarChart>
    </ResponsiveContainer>
  );
}

export function MaturityTrend({ points, pillars }: { points: TrendPoint[]; pillars: { id: string; name: string }[] }) {
  const data = points.map((point) => ({ label: point.label, Overall: point.overall, ...Object.fromEntries(pillars.map((pillar) => [pillar.name, point.pillars[pillar.id as keyof typeof point.pillars] ?? null])) }));
  return (
    <ResponsiveContainer width="100%" height="100%">
      <LineChart data={data}>
        <CartesianGrid strokeDasharray="3 3" />
        <XAxis dataKey="label" tick={{ fontSize: 11 }} />
        <YAxis domain={[1, 4]} tickCount={4} />
        <Tooltip />
        <Legend />
        <Line type="monotone" dataKey="Overall" stroke="var(--foreground)" strokeWidth={3} dot />
        {pillars.map((pillar, index) => (
          <Line key={pillar.id} type="monotone" dataKey={pillar.name} stroke={LINE_COLOURS[index % LINE_COLOURS.length]} dot={false} strokeWidth={1.5} />
        ))}
      </LineChart>
    </ResponsiveContainer>
  );
}

export function Burndown({ points }: { points: { date: string; open: number }[] }) {
  return (
    <ResponsiveContainer width="100%" height="100%">
      <LineChart data={points}>
        <CartesianGrid strokeDasharray="3 3" />
        <XAxis dataKey="date" tick={{ fontSize: 11 }} />
        <YAxis allowDecimals={false} />
        <Tooltip />
        <Line type="stepAfter" dataKey="open" name="Open next steps" stroke={PRIMARY} strokeWidth={2} dot={false} />
      </LineChart>
    </ResponsiveContainer>
  );
}

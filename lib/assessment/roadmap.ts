import { STAGE_LABELS } from "@/lib/framework/types";
import type { Roadmap } from "@/lib/scoring/roadmap";

/** One bar of a timeline: days from the plan's start, so the chart's axis is a plain number line. */
export interface TimelineBar {
  id: string;
  label: string;
  phase: number;
  /** Days from the plan's start to the bar's first day. */
  offset: number;
  /** Days from its first to its last day, both included. */
  length: number;
  start: string;
  due: string;
}

const DAY_MS = 86_400_000;
const dayNumber = (iso: string) => Math.round(Date.parse(`${iso}T00:00:00Z`) / DAY_MS);

const MONTH_NAMES = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];

/** "2027-03" → "Mar 2027". */
export function monthLabel(month: string): string {
  const [year, number] = month.split("-");
  return `${MONTH_NAMES[Number(number) - 1] ?? number} ${year}`;
}

/** "2027-03-15" → "15 Mar 2027": unambiguous in every locale. */
export function dateLabel(iso: string): string {
  const [year, month, day] = iso.split("-");
  return `${Number(day)} ${MONTH_NAMES[Number(month) - 1] ?? month} ${year}`;
}

/** "Phase 2: to Advanced". */
export const phaseLabel = (phase: { phase: number; toStage: keyof typeof STAGE_LABELS }) => `Phase ${phase.phase + 1}: to ${STAGE_LABELS[phase.toStage]}`;

/** Bars per step (the roadmap page) or per phase (the dashboard and the report), in plan order. */
export function timelineBars(roadmap: Roadmap, by: "step" | "phase"): TimelineBar[] {
  const origin = dayNumber(roadmap.start);
  const bar = (id: string, label: string, phase: number, start: string, due: string): TimelineBar => ({
    id,
    label,
    phase,
    offset: dayNumber(start) - origin,
    length: dayNumber(due) - dayNumber(start) + 1,
    start,
    due,
  });
  return by === "step"
    ? roadmap.steps.map((step) => bar(step.key, `${step.questionId} → ${STAGE_LABELS[step.toStage]}`, step.phase, step.start, step.due))
    : roadmap.phases.map((phase) => bar(`phase-${phase.phase}`, `To ${STAGE_LABELS[phase.toStage]}`, phase.phase, phase.start, phase.due));
}

/** Where each month of the plan begins, in days from its start, for the axis. */
export function monthTicks(roadmap: Roadmap): { offset: number; label: string }[] {
  const origin = dayNumber(roadmap.start);
  return roadmap.months.map((month) => ({ offset: dayNumber(`${month.month}-01`) - origin, label: monthLabel(month.month) }));
}

/** Days from the plan's start to the end of its last month with work: the length of the timeline's axis. */
export function planDays(roadmap: Roadmap): number {
  const last = roadmap.months.at(-1);
  if (!last) return 0;
  const [year, month] = last.month.split("-").map(Number) as [number, number];
  return Math.round(Date.UTC(year, month, 1) / DAY_MS) - dayNumber(roadmap.start);
}

/** The months a step can be moved to: from the plan's start for three years, and any month already pinned. */
export function monthChoices(start: string, pinned: readonly string[] = []): string[] {
  const [year, month] = start.split("-").map(Number) as [number, number];
  const months = Array.from({ length: 36 }, (_, index) => {
    const number = year * 12 + month - 1 + index;
    return `${Math.floor(number / 12)}-${String((number % 12) + 1).padStart(2, "0")}`;
  });
  return [...new Set([...months, ...pinned])].sort();
}

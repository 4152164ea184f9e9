/** Open next steps over time, from how many were opened and closed each day. */
export interface BurndownPoint {
  date: string;
  open: number;
}

/** Items opened and closed on one UTC day ("2026-11-29"). */
export interface DailyChange {
  day: string;
  opened: number;
  closed: number;
}

const DAY_MS = 86_400_000;

/**
 * One point per week from the first day with a change to `today`, plus today: the items opened
 * by the end of that day and not closed by then.
 */
export function burndown(changes: readonly DailyChange[], today: Date): BurndownPoint[] {
  if (changes.length === 0) return [];
  const sorted = [...changes].sort((a, b) => a.day.localeCompare(b.day));
  const start = Date.parse(`${sorted[0]!.day}T00:00:00Z`);
  const end = Date.parse(`${today.toISOString().slice(0, 10)}T00:00:00Z`);
  const dates: number[] = [];
  for (let at = start; at < end; at += 7 * DAY_MS) dates.push(at);
  dates.push(end);
  let open = 0;
  let next = 0;
  return dates.map((at) => {
    const date = new Date(at).toISOString().slice(0, 10);
    while (next < sorted.length && sorted[next]!.day <= date) {
      open += sorted[next]!.opened - sorted[next]!.closed;
      next += 1;
    }
    return { date, open };
  });
}

export interface BurndownChartPoint {
  date: string;
  /** Null on dates still to come. */
  open: number | null;
  ideal: number;
}

/** Days from the first point to the ideal line's end when no open item has a due date: one quarter. */
export const DEFAULT_HORIZON_DAYS = 90;

/**
 * The burndown with its ideal line: straight from the open count at the first point down to
 * zero on `end`, the latest due date of the open items, or, when none has one (or it is not
 * after the first point), DEFAULT_HORIZON_DAYS after the first point. Weekly points continue
 * past today to that end so that the whole line shows.
 */
export function withIdealLine(points: readonly BurndownPoint[], latestDue: string | null): { points: BurndownChartPoint[]; end: string; endFromDueDates: boolean } | null {
  const first = points[0];
  const last = points.at(-1);
  if (!first || !last) return null;
  const start = Date.parse(`${first.date}T00:00:00Z`);
  const endFromDueDates = latestDue !== null && latestDue > first.date;
  const end = endFromDueDates ? Date.parse(`${latestDue}T00:00:00Z`) : start + DEFAULT_HORIZON_DAYS * DAY_MS;
  const ideal = (at: number) => Math.round(Math.max(0, first.open * (1 - (at - start) / (end - start))) * 10) / 10;
  const chart: BurndownChartPoint[] = points.map((point) => ({ ...point, ideal: ideal(Date.parse(`${point.date}T00:00:00Z`)) }));
  for (let at = Date.parse(`${last.date}T00:00:00Z`) + 7 * DAY_MS; at < end; at += 7 * DAY_MS) chart.push({ date: new Date(at).toISOString().slice(0, 10), open: null, ideal: ideal(at) });
  const endDate = new Date(end).toISOString().slice(0, 10);
  if (endDate > last.date) chart.push({ date: endDate, open: null, ideal: 0 });
  return { points: chart, end: endDate, endFromDueDates };
}

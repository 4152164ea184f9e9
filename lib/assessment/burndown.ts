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

/** Open next steps over time, from when each was created and (if it was) closed. */
export interface BurndownPoint {
  date: string;
  open: number;
}

const DAY_MS = 86_400_000;

/**
 * One point per week from the first item's creation to `today`, plus today: the items created
 * by the end of that day and not closed by then.
 */
export function burndown(items: readonly { createdAt: Date; closedAt: Date | null }[], today: Date): BurndownPoint[] {
  if (items.length === 0) return [];
  const start = Math.min(...items.map((item) => item.createdAt.getTime()));
  const end = today.getTime();
  const dates: number[] = [];
  for (let at = start; at < end; at += 7 * DAY_MS) dates.push(at);
  dates.push(end);
  return dates.map((at) => {
    const endOfDay = Math.floor(at / DAY_MS) * DAY_MS + DAY_MS - 1;
    const open = items.filter((item) => item.createdAt.getTime() <= endOfDay && (item.closedAt === null || item.closedAt.getTime() > endOfDay)).length;
    return { date: new Date(at).toISOString().slice(0, 10), open };
  });
}

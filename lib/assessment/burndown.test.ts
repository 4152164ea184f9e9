import { describe, expect, it } from "vitest";
import { burndown } from "./burndown";

const day = (date: string) => new Date(`${date}T12:00:00Z`);

describe("burndown", () => {
  it("is empty without items", () => {
    expect(burndown([], day("2026-11-29"))).toEqual([]);
  });

  it("counts items created and not yet closed at the end of each weekly point, ending today", () => {
    const items = [
      { createdAt: day("2026-11-01"), closedAt: null },
      { createdAt: day("2026-11-01"), closedAt: day("2026-11-10") },
      { createdAt: day("2026-11-09"), closedAt: day("2026-11-20") },
    ];
    expect(burndown(items, day("2026-11-23"))).toEqual([
      { date: "2026-11-01", open: 2 },
      { date: "2026-11-08", open: 2 },
      { date: "2026-11-15", open: 2 },
      { date: "2026-11-22", open: 1 },
      { date: "2026-11-23", open: 1 },
    ]);
  });
});

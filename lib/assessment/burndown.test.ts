import { describe, expect, it } from "vitest";
import { burndown } from "./burndown";

describe("burndown", () => {
  it("is empty without changes", () => {
    expect(burndown([], new Date("2026-11-29T12:00:00Z"))).toEqual([]);
  });

  it("counts items opened and not yet closed at the end of each weekly point, ending today", () => {
    const changes = [
      { day: "2026-11-20", opened: 0, closed: 1 },
      { day: "2026-11-01", opened: 2, closed: 0 },
      { day: "2026-11-09", opened: 1, closed: 0 },
      { day: "2026-11-10", opened: 0, closed: 1 },
    ];
    expect(burndown(changes, new Date("2026-11-23T12:00:00Z"))).toEqual([
      { date: "2026-11-01", open: 2 },
      { date: "2026-11-08", open: 2 },
      { date: "2026-11-15", open: 2 },
      { date: "2026-11-22", open: 1 },
      { date: "2026-11-23", open: 1 },
    ]);
  });
});

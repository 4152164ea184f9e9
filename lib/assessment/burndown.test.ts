import { describe, expect, it } from "vitest";
import { burndown, withIdealLine } from "./burndown";

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

describe("withIdealLine", () => {
  const points = [
    { date: "2026-11-01", open: 10 },
    { date: "2026-11-08", open: 8 },
    { date: "2026-11-10", open: 7 },
  ];

  it("is null without points", () => {
    expect(withIdealLine([], "2026-12-01")).toBeNull();
  });

  it("runs from the first open count to zero on the latest due date, with weekly points up to it", () => {
    expect(withIdealLine(points, "2026-11-21")).toEqual({
      end: "2026-11-21",
      endFromDueDates: true,
      points: [
        { date: "2026-11-01", open: 10, ideal: 10 },
        { date: "2026-11-08", open: 8, ideal: 6.5 },
        { date: "2026-11-10", open: 7, ideal: 5.5 },
        { date: "2026-11-17", open: null, ideal: 2 },
        { date: "2026-11-21", open: null, ideal: 0 },
      ],
    });
  });

  it("ends a quarter after the first point when no open item has a due date after it, and stays at zero past its end", () => {
    const result = withIdealLine(points, "2026-10-01")!;
    expect(result).toMatchObject({ end: "2027-01-30", endFromDueDates: false });
    expect(result.points.at(-1)).toEqual({ date: "2027-01-30", open: null, ideal: 0 });
    expect(withIdealLine(points, null)!.end).toBe("2027-01-30");
    const late = withIdealLine([{ date: "2026-01-01", open: 4 }, { date: "2026-06-01", open: 3 }], null)!;
    expect(late.points.map((point) => point.ideal)).toEqual([4, 0]);
  });
});

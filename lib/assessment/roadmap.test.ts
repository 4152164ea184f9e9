import { describe, expect, it } from "vitest";
import { planRoadmap } from "@/lib/scoring/roadmap";
import { DEFAULT_SCORING_POLICY } from "@/lib/scoring/policy";
import { TEST_FRAMEWORK } from "@/lib/scoring/test-framework";
import { dateLabel, monthChoices, monthLabel, monthTicks, planDays, timelineBars } from "./roadmap";

const roadmap = planRoadmap(TEST_FRAMEWORK, [{ questionId: "IDN-01", value: "traditional" }], { identity: "optimal" }, DEFAULT_SCORING_POLICY, { start: "2027-01-01", capacity: 3 });

describe("roadmap timeline", () => {
  it("places each step and phase in days from the plan's start", () => {
    expect(timelineBars(roadmap, "step").map(({ label, offset, length, start, due }) => ({ label, offset, length, start, due }))).toEqual([
      { label: "IDN-01 → Initial", offset: 0, length: 31, start: "2027-01-01", due: "2027-01-31" },
      { label: "IDN-01 → Advanced", offset: 31, length: 28, start: "2027-02-01", due: "2027-02-28" },
      { label: "IDN-01 → Optimal", offset: 59, length: 51, start: "2027-03-01", due: "2027-04-20" },
    ]);
    expect(timelineBars(roadmap, "phase").map((bar) => bar.label)).toEqual(["To Initial", "To Advanced", "To Optimal"]);
    expect(monthTicks(roadmap)).toEqual([
      { offset: 0, label: "Jan 2027" },
      { offset: 31, label: "Feb 2027" },
      { offset: 59, label: "Mar 2027" },
      { offset: 90, label: "Apr 2027" },
    ]);
    // January to April 2027.
    expect(planDays(roadmap)).toBe(120);
  });

  it("labels months and dates without the locale, and offers three years of months plus any pinned", () => {
    expect(monthLabel("2027-12")).toBe("Dec 2027");
    expect(dateLabel("2027-03-05")).toBe("5 Mar 2027");
    const choices = monthChoices("2027-11", ["2031-01"]);
    expect(choices.slice(0, 3)).toEqual(["2027-11", "2027-12", "2028-01"]);
    expect(choices).toHaveLength(37);
    expect(choices.at(-1)).toBe("2031-01");
  });
});

import { describe, expect, it } from "vitest";
import { progressLabel, ratingLabel, ratingWithProgress, unratedPillarsText } from "./rating";

describe("ratingLabel", () => {
  it("names the stage when one is named", () => {
    expect(ratingLabel({ stage: "initial", score: 2.9, completeness: 1, unrated: null })).toBe("Initial");
  });

  it("says why no stage is named", () => {
    expect(ratingLabel({ stage: null, score: 4, completeness: 2 / 77, unrated: "not_enough_answers" })).toBe("Not enough answers (2%)");
    expect(ratingLabel({ stage: null, score: 3, completeness: 0.796, unrated: "not_enough_answers" })).toBe("Not enough answers (79%)");
    expect(ratingLabel({ stage: null, score: 2.8, completeness: 1, unrated: "too_many_na", naShare: 1 / 3 })).toBe("Too many N/A (33%)");
    expect(ratingLabel({ stage: null, score: 2.5, completeness: 1, unrated: "pillars_unrated" })).toBe("Not rated");
    expect(ratingLabel({ stage: null, score: null, completeness: 0 })).toBe("Not scored yet");
  });
});

describe("progress", () => {
  it("reads 2.9 as Initial, 90% of the way to Advanced", () => {
    const part = { stage: "initial" as const, score: 2.9, completeness: 1, unrated: null, progress: { toward: "advanced" as const, share: 0.9000000000000004 } };
    expect(progressLabel(part)).toBe("90% of the way to Advanced");
    expect(ratingWithProgress(part)).toBe("Initial, 90% of the way to Advanced");
    expect(ratingWithProgress({ stage: "optimal", score: 4, completeness: 1, progress: null })).toBe("Optimal");
  });

  it("lists the pillars that keep the overall unrated", () => {
    expect(unratedPillarsText(["Data"])).toBe("Data names no stage yet, so the overall names none.");
    expect(unratedPillarsText(["Identity", "Data", "Network"])).toBe("Identity, Data and Network name no stage yet, so the overall names none.");
  });
});

import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { addMonths, defaultReviewDate, latestReviewDate, naApprovalState, reviewDateProblem, reviewOverdue } from "./na-review";

describe("N/A review dates", () => {
  it("default to twelve months after the N/A is set, clamped to the month's end", () => {
    expect(defaultReviewDate("2026-12-06")).toBe("2027-12-06");
    expect(addMonths("2027-01-31", 1)).toBe("2027-02-28");
    expect(addMonths("2028-02-29", 12)).toBe("2029-02-28");
  });

  it("may be set from today up to three years ahead", () => {
    expect(latestReviewDate("2026-12-06")).toBe("2029-12-06");
    expect(reviewDateProblem("2026-12-06", "2026-12-06")).toBeNull();
    expect(reviewDateProblem("2029-12-06", "2026-12-06")).toBeNull();
    expect(reviewDateProblem("2029-12-07", "2026-12-06")).toMatch(/3 years/);
    expect(reviewDateProblem("2026-12-05", "2026-12-06")).toMatch(/from today/);
  });

  it("the default is always an acceptable review date", () => {
    fc.assert(
      fc.property(fc.date({ min: new Date("2000-01-01"), max: new Date("2100-01-01"), noInvalidDate: true }), (date) => {
        const today = date.toISOString().slice(0, 10);
        expect(reviewDateProblem(defaultReviewDate(today), today)).toBeNull();
      }),
    );
  });

  it("is overdue only once the day has passed", () => {
    expect(reviewOverdue("2026-12-05", "2026-12-06")).toBe(true);
    expect(reviewOverdue("2026-12-06", "2026-12-06")).toBe(false);
    expect(reviewOverdue(null, "2026-12-06")).toBe(false);
  });
});

describe("naApprovalState", () => {
  const now = new Date();
  it("needs approval only when the organisation requires it; a rejection waits for a change", () => {
    expect(naApprovalState({ naApprovedAt: null, naRejectedAt: null }, false)).toBe("not_required");
    expect(naApprovalState({ naApprovedAt: null, naRejectedAt: null }, true)).toBe("awaiting");
    expect(naApprovalState({ naApprovedAt: now, naRejectedAt: null }, true)).toBe("approved");
    expect(naApprovalState({ naApprovedAt: null, naRejectedAt: now }, true)).toBe("rejected");
  });
});

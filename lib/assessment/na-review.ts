/**
 * N/A governance, free of the database: every N/A carries a review date, and when the
 * organisation requires it an N/A counts as unanswered until an approver approves it.
 * A rejected N/A stays as the assessor wrote it, with the approver's note, until it is changed:
 * rejecting never rewrites someone else's answer, and the question keeps counting as unanswered.
 */

/** A review date defaults to this many months after the N/A is set. */
export const NA_REVIEW_DEFAULT_MONTHS = 12;
/** … and may be set at most this many years ahead. */
export const NA_REVIEW_MAX_YEARS = 3;

/** "YYYY-MM-DD" of a moment, in UTC (review dates are calendar days, stored as dates). */
export const isoDay = (date: Date) => date.toISOString().slice(0, 10);

/** The day `months` after `day`, clamped to the month's last day (31 Jan + 1 month = 28/29 Feb). */
export function addMonths(day: string, months: number): string {
  const [year, month, date] = day.split("-").map(Number) as [number, number, number];
  const target = new Date(Date.UTC(year, month - 1 + months, 1));
  const last = new Date(Date.UTC(target.getUTCFullYear(), target.getUTCMonth() + 1, 0)).getUTCDate();
  target.setUTCDate(Math.min(date, last));
  return isoDay(target);
}

export const defaultReviewDate = (today: string) => addMonths(today, NA_REVIEW_DEFAULT_MONTHS);
export const latestReviewDate = (today: string) => addMonths(today, NA_REVIEW_MAX_YEARS * 12);

/** Why a review date an assessor chose cannot be kept, or null. */
export function reviewDateProblem(day: string, today: string): string | null {
  if (day < today) return "Choose a review date from today on.";
  if (day > latestReviewDate(today)) return `Choose a review date at most ${NA_REVIEW_MAX_YEARS} years ahead.`;
  return null;
}

export type NaApprovalState = "not_required" | "awaiting" | "approved" | "rejected";

/** Where an N/A stands under the organisation's policy. */
export function naApprovalState(answer: { naApprovedAt: unknown; naRejectedAt: unknown }, requiresApproval: boolean): NaApprovalState {
  if (answer.naApprovedAt) return "approved";
  if (!requiresApproval) return "not_required";
  return answer.naRejectedAt ? "rejected" : "awaiting";
}

/** Whether the N/A's review date has passed. */
export const reviewOverdue = (reviewDate: string | null, today: string) => reviewDate !== null && reviewDate < today;

import { STAGE_LABELS } from "@/lib/framework/types";
import type { AnswerChoice } from "@/lib/scoring/types";
import type { AssessmentStatus } from "@/lib/validation/assessment";
import type { NextStepStatus } from "@/lib/validation/next-step";

export const STATUS_LABELS: Record<AssessmentStatus, string> = {
  draft: "Draft",
  in_progress: "In progress",
  completed: "Completed",
  archived: "Archived",
};

export const answerLabel = (value: AnswerChoice) => (value === "not_applicable" ? "Not applicable" : value === "unknown" ? "Unknown" : STAGE_LABELS[value]);

/** "2.4" for a 1–4 maturity score, "—" when there is none. */
export const formatScore = (score: number | null | undefined) => (score === null || score === undefined ? "—" : score.toFixed(1));

export const formatPercent = (share: number) => `${Math.round(share * 100)}%`;

/** "2026-11-29 14:05 UTC": the same text on the server and in every browser, so hydration matches. */
export const formatDateTime = (value: Date | string) => `${new Date(value).toISOString().slice(0, 16).replace("T", " ")} UTC`;

export const NEXT_STEP_STATUS_LABELS: Record<NextStepStatus, string> = {
  not_started: "Not started",
  in_progress: "In progress",
  blocked: "Blocked",
  done: "Done",
  wont_do: "Won't do",
};

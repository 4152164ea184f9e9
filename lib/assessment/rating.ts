/**
 * What a scored part (a pillar or the overall) is called, everywhere results are shown: the
 * dashboard, the questionnaire, the report, the API's readers. One converter, so "Not enough
 * answers (3%)" reads the same in every place. Stored results scored before scoring v2 lack the
 * rating fields; they read as the stage they stored.
 */
import { STAGE_LABELS } from "@/lib/framework/types";
import type { PillarScore, StageProgress, UnratedReason } from "@/lib/scoring/types";

export interface Rated {
  stage: PillarScore["stage"];
  score: number | null;
  completeness: number;
  unrated?: UnratedReason | null;
  naShare?: number;
  progress?: StageProgress | null;
  unansweredCritical?: string | null;
}

/** Floor, not round: 79.6% answered must not read as the 80% a threshold asks for. */
const percent = (share: number) => `${Math.floor(share * 100 + 1e-9)}%`;

/** "Initial", "Not enough answers (3%)", "Too many N/A (33%)", "Critical question unanswered (IDN-01)", "Not rated" or "Not scored yet". */
export function ratingLabel(part: Rated): string {
  if (part.stage) return STAGE_LABELS[part.stage];
  switch (part.unrated) {
    case "not_enough_answers":
      return `Not enough answers (${percent(part.completeness)})`;
    case "too_many_na":
      return `Too many N/A (${percent(part.naShare ?? 0)})`;
    case "critical_unanswered":
      return part.unansweredCritical ? `Critical question unanswered (${part.unansweredCritical})` : "Critical question unanswered";
    case "pillars_unrated":
      return "Not rated";
    default:
      return "Not scored yet";
  }
}

/** "90% of the way to Advanced"; null when there is no way to show (Optimal, capped, unrated or an older result). */
export function progressLabel(part: Rated): string | null {
  const { progress } = part;
  return progress ? `${Math.floor(progress.share * 100 + 1e-9)}% of the way to ${STAGE_LABELS[progress.toward]}` : null;
}

/** "Initial, 90% of the way to Advanced", or the rating alone. */
export const ratingWithProgress = (part: Rated) => [ratingLabel(part), progressLabel(part)].filter(Boolean).join(", ");

/** Why the overall names no stage when its coverage is enough: the pillars that name none. */
export function unratedPillarsText(names: readonly string[]): string {
  if (names.length === 0) return "";
  const list = names.length === 1 ? names[0]! : `${names.slice(0, -1).join(", ")} and ${names.at(-1)}`;
  return `${list} ${names.length === 1 ? "names" : "name"} no stage yet, so the overall names none.`;
}

/** "Mean 3.2 (Advanced)": the mean shown beside a rating it does not decide. */
export const meanText = (score: number | null) => (score === null ? "No mean yet" : `Mean ${score.toFixed(1)} of 4`);

/**
 * The words and rows the dashboard and the report show for the CISA, DoD, Microsoft and NIST
 * views (lib/scoring/views.ts), so both say the same thing in the same way.
 */
import { STAGE_LABELS, type Stage } from "@/lib/framework/types";
import type { DodAttainment, DodCount, ViewFigures } from "@/lib/scoring/views";
import { answerLabel } from "./labels";
import { ratingLabel } from "./rating";

/** The pillars' wording ("Advanced", "Not enough answers (40%)", "Too many N/A (50%)"); "Not assessed" where no question maps. */
export const viewRatingLabel = (figures: ViewFigures) => (figures.mapped === 0 ? "Not assessed" : ratingLabel(figures));

/** Floor, as the ratings do: 79.6% answered must not read as the 80% a threshold asks for. */
const floorPercent = (share: number) => `${Math.floor(share * 100 + 1e-9)}%`;

/** "4 of 5 (80%)", with the N/A count when there are any: answered counts valid N/A, as for a pillar. */
export const answeredText = (figures: Pick<ViewFigures, "answered" | "mapped" | "notApplicable" | "completeness">) =>
  `${figures.answered} of ${figures.mapped} (${floorPercent(figures.completeness)}${figures.notApplicable > 0 ? `, ${figures.notApplicable} N/A` : ""})`;

export const weakestText = (figures: Pick<ViewFigures, "weakest">) => (figures.weakest ? `${figures.weakest.questionId} (${STAGE_LABELS[figures.weakest.stage]})` : "—");

/** "3 of 9 attained" (of the assessed capabilities); "none assessed" when no question maps to the level. */
export const dodCountText = (count: DodCount) => (count.assessed === 0 ? "none assessed" : `${count.attained} of ${count.assessed} attained`);

/** Attained share of the assessed capabilities, 0–100; null when none is assessed. */
export const dodPercent = (count: DodCount) => (count.assessed === 0 ? null : Math.round((count.attained / count.assessed) * 100));

const stageOf = (stage: Stage) => STAGE_LABELS[stage];

/** "Attained", "Not attained: IDN-10 is Initial, needs Advanced", "All N/A", "Not assessed". */
export function dodStatusText(attainment: DodAttainment): string {
  switch (attainment.status) {
    case "attained":
      return "Attained";
    case "not_applicable":
      return "All N/A";
    case "not_assessed":
      return "Not assessed";
    case "not_attained": {
      const missing = attainment.requirements.filter((requirement) => !requirement.met && requirement.value !== "not_applicable");
      return `Not attained: ${missing.map((requirement) => `${requirement.questionId} is ${requirement.value ? answerLabel(requirement.value) : "unanswered"}, needs ${stageOf(requirement.stage)}`).join("; ")}`;
    }
  }
}

/** A share as a whole percentage for the charts (0–100), null when there is no share. */
export const percentOf = (share: number | null) => (share === null ? null : Math.round(share * 100));

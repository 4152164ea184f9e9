import { z } from "zod";
import { ZId } from "./assessment";
import { lineText } from "./text";

/** Moving an assessment to another question bank version (checked against the known versions by the data layer). */
export const ZVersionMove = z.object({ assessmentId: ZId, toVersion: lineText(z.string().trim().min(1, "Choose a version.").max(32, "That version id is too long.")) });
export type TVersionMove = z.infer<typeof ZVersionMove>;

/** Confirming an answer carried over from an earlier version. */
export const ZConfirmCarriedAnswer = z.object({ assessmentId: ZId, questionId: lineText(z.string().trim().min(1).max(32)) });

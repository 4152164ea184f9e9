import { z } from "zod";
import { ZId } from "./assessment";
import { freeText, lineText } from "./text";

/** A decision names the answer's version the approver saw, so it never applies to a reason they did not read. */
const answerRef = {
  assessmentId: ZId,
  questionId: lineText(z.string().trim().min(1, "Missing question.").max(32, "That question id is too long.")),
  version: z.int().min(1).max(2_147_483_647),
};

export const ZApproveNa = z.object(answerRef);
export type TApproveNa = z.infer<typeof ZApproveNa>;

export const ZRejectNa = z.object({
  ...answerRef,
  note: freeText(z.string().trim().min(1, "Say why the N/A is not accepted.").max(500, "Use at most 500 characters.")),
});
export type TRejectNa = z.infer<typeof ZRejectNa>;

import { z } from "zod";
import { ZStage } from "./assessment";

/** The organisation's scoring settings as the form sends them: whole percentages. */
export const ZScoringSettings = z.object({
  naThresholdPercent: z.int("Enter a whole number of percent.").min(0, "Use 0 to 100 percent.").max(100, "Use 0 to 100 percent."),
  coverageThresholdPercent: z.int("Enter a whole number of percent.").min(1, "Use 1 to 100 percent.").max(100, "Use 1 to 100 percent."),
  defaultTarget: ZStage,
  naRequiresApproval: z.boolean(),
});
export type TScoringSettings = z.infer<typeof ZScoringSettings>;

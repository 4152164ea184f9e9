import { z } from "zod";
import { ZId } from "./assessment";
import { freeText } from "./text";

export const NEXT_STEP_STATUSES = ["not_started", "in_progress", "blocked", "done", "wont_do"] as const;
export type NextStepStatus = (typeof NEXT_STEP_STATUSES)[number];

const ZStatus = z.enum(NEXT_STEP_STATUSES, { error: "Choose not started, in progress, blocked, done or won't do." });

export const ZUpdateNextStep = z
  .object({
    ownerId: ZId.nullable().optional(),
    status: ZStatus.optional(),
    dueDate: z.iso.date({ error: "Use a date such as 2027-03-31." }).nullable().optional(),
    tasks: freeText(z.string().max(5000, "Use at most 5,000 characters.")).optional(),
    notes: freeText(z.string().max(5000, "Use at most 5,000 characters.")).optional(),
  })
  .refine((input) => Object.values(input).some((value) => value !== undefined), { error: "Send at least one field to change." });
export type TUpdateNextStep = z.infer<typeof ZUpdateNextStep>;

export const ZBulkNextStepStatus = z.object({ ids: z.array(ZId).min(1, "Select at least one next step.").max(500), status: ZStatus });
export type TBulkNextStepStatus = z.infer<typeof ZBulkNextStepStatus>;

export const ZNextStepFilter = z.object({ assessmentId: ZId.optional(), status: ZStatus.optional(), ownerId: ZId.optional(), overdue: z.stringbool().optional() });
export type TNextStepFilter = z.infer<typeof ZNextStepFilter>;

export const ZUpdateNextStepAction = z.object({ id: ZId, changes: ZUpdateNextStep });

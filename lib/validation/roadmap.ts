import { z } from "zod";
import { ROADMAP_CAPACITY_MAX, ROADMAP_CAPACITY_MIN } from "@/lib/scoring/roadmap";
import { ZId } from "./assessment";

/** Plans start and pins fall from 2000 to 2099: anything else is a typing slip. */
const MONTH = /^20\d{2}-(0[1-9]|1[0-2])$/;
export const ZRoadmapMonth = z.string().regex(MONTH, "Use a month such as 2027-03.");

/** A step of the plan: a question id and the stage it reaches, as lib/scoring/roadmap.ts builds them. */
export const ZStepKey = z.string().max(80, "That step is unknown.").regex(/^[A-Za-z0-9][\w.-]*:(initial|advanced|optimal)$/, "That step is unknown.");

export const MAX_ROADMAP_PINS = 300;

/** `assessments.roadmapPins`: step key → the month it may not start before. Parsed on every read. */
export const ZRoadmapPins = z
  .record(ZStepKey, ZRoadmapMonth)
  .refine((pins) => Object.keys(pins).length <= MAX_ROADMAP_PINS, `Pin at most ${MAX_ROADMAP_PINS} steps.`);
export type TRoadmapPins = z.infer<typeof ZRoadmapPins>;

const ZIsoDate = z.iso.date();

/** `assessments.roadmapAccepted`: what was accepted, to tell when the plan has moved since. */
export const ZAcceptedRoadmap = z.object({
  steps: z.array(z.object({ key: ZStepKey, start: ZIsoDate, due: ZIsoDate })).max(2000),
  capacity: z.int().min(ROADMAP_CAPACITY_MIN).max(ROADMAP_CAPACITY_MAX),
  start: ZIsoDate,
  acceptedAt: z.iso.datetime(),
  acceptedBy: z.object({ id: z.string().max(64), name: z.string().max(200) }),
});
export type TAcceptedRoadmap = z.infer<typeof ZAcceptedRoadmap>;

const ZCapacity = z.coerce
  .number({ error: "Enter the points your team delivers per month." })
  .int("Use a whole number of points.")
  .min(ROADMAP_CAPACITY_MIN, `Use at least ${ROADMAP_CAPACITY_MIN} point per month.`)
  .max(ROADMAP_CAPACITY_MAX, `Use at most ${ROADMAP_CAPACITY_MAX} points per month.`);

/** Capacity and first month; a null start plans from next month. */
export const ZRoadmapSettings = z
  .object({ capacity: ZCapacity.optional(), start: ZRoadmapMonth.nullable().optional() })
  .refine((input) => input.capacity !== undefined || input.start !== undefined, { error: "Send the capacity or the start month." });
export type TRoadmapSettings = z.infer<typeof ZRoadmapSettings>;

/** Pins a step to a month, or unpins it with null. */
export const ZPinRoadmapStep = z.object({ key: ZStepKey, month: ZRoadmapMonth.nullable() });
export type TPinRoadmapStep = z.infer<typeof ZPinRoadmapStep>;

/** The plan the person saw: accepting fails when the plan has moved since. */
export const ZAcceptRoadmap = z.object({ fingerprint: z.string().regex(/^[0-9a-f]{64}$/, "Reload the roadmap and accept again.") });
export type TAcceptRoadmap = z.infer<typeof ZAcceptRoadmap>;

export const ZRoadmapSettingsAction = z.object({ assessmentId: ZId, changes: ZRoadmapSettings });
export const ZPinRoadmapStepAction = ZPinRoadmapStep.extend({ assessmentId: ZId });
export const ZAcceptRoadmapAction = ZAcceptRoadmap.extend({ assessmentId: ZId });

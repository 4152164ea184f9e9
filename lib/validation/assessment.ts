import { z } from "zod";
import { FRAMEWORKS, LATEST_FRAMEWORK } from "@/lib/framework/index";
import { PILLARS, STAGES, type PillarId } from "@/lib/framework/types";
import { VIEW_IDS } from "@/lib/scoring/views";
import { freeText, lineText } from "./text";

export const ASSESSMENT_STATUSES = ["draft", "in_progress", "completed", "archived"] as const;
export type AssessmentStatus = (typeof ASSESSMENT_STATUSES)[number];

/** "unknown" is an answer (the assessor does not know yet) that is scored as unanswered. */
export const ANSWER_VALUES = [...STAGES, "not_applicable", "unknown"] as const;

/** A ticked criterion of a level's checklist, e.g. "advanced-2" (see lib/framework/types CriterionId). */
export const ZCriterionId = z.string().regex(/^(?:traditional|initial|advanced|optimal)-[1-9]$/, "Unknown criterion.");

const FRAMEWORK_IDS = FRAMEWORKS.map((framework) => framework.id) as [string, ...string[]];

export const ZId = lineText(z.string().trim().min(1, "Missing id.").max(64, "That id is too long."));
export const ZStage = z.enum(STAGES, { error: "Choose Traditional, Initial, Advanced or Optimal." });
export const ZGroupId = z.string().regex(/^[a-z0-9][a-z0-9-]{0,39}$/, "Unknown question group.");
const pillarTargets = Object.fromEntries(PILLARS.map((pillar) => [pillar, ZStage.optional()])) as { [P in PillarId]: z.ZodOptional<typeof ZStage> };
/** Target per pillar, and (zt-2026.2 presets) per question group, which overrides the pillar's for its questions. */
export const ZTargets = z.strictObject({
  ...pillarTargets,
  groups: z
    .record(ZGroupId, ZStage)
    .refine((groups) => Object.keys(groups).length <= 64, "Set at most 64 question-group targets.")
    .optional(),
});

export const ASSESSMENT_NAME_MAX = 120;
export const ZAssessmentName = lineText(z.string().trim().min(1, "Name the assessment.").max(ASSESSMENT_NAME_MAX, `Use at most ${ASSESSMENT_NAME_MAX} characters.`));
export const ZScope = freeText(z.string().trim().max(2000, "Use at most 2,000 characters."));
const name = ZAssessmentName;
const scope = ZScope;

export const ZCreateAssessment = z.object({
  name,
  scope: scope.default(""),
  frameworkVersion: z.enum(FRAMEWORK_IDS, { error: "Choose a framework version this app knows." }).default(LATEST_FRAMEWORK.id),
  /** A member of the organisation; the creator when left out. */
  ownerId: ZId.optional(),
  /** Targets start from this business-scenario preset (the framework's first when left out) … */
  presetId: lineText(z.string().trim().max(64)).optional(),
  /** … and these per-pillar targets override it. */
  targets: ZTargets.optional(),
});
export type TCreateAssessment = z.infer<typeof ZCreateAssessment>;

export const ZUpdateAssessment = z
  .object({
    name: name.optional(),
    scope: scope.optional(),
    ownerId: ZId.nullable().optional(),
    status: z.enum(ASSESSMENT_STATUSES, { error: "Choose draft, in_progress, completed or archived." }).optional(),
    targets: ZTargets.optional(),
  })
  .refine((input) => Object.values(input).some((value) => value !== undefined), { error: "Send at least one field to change." });
export type TUpdateAssessment = z.infer<typeof ZUpdateAssessment>;

export const ZEvidenceUrl = lineText(
  z.url({ protocol: /^https?$/, error: "Evidence links must be http(s) URLs." }).max(2000, "Evidence links are at most 2,000 characters."),
);

/** One answer as stored and exchanged: a stage or N/A (with its reason), a note, evidence links. */
export const ZAnswerContent = z
  .object({
    questionId: lineText(z.string().trim().min(1).max(32)),
    value: z.enum(ANSWER_VALUES, { error: "Choose a level, Not applicable or Unknown." }),
    naReason: freeText(z.string().trim().max(1000, "Use at most 1,000 characters.")).nullish(),
    note: freeText(z.string().max(5000, "Notes are at most 5,000 characters.")).default(""),
    evidence: z
      .array(ZEvidenceUrl)
      .max(20, "Attach at most 20 evidence links.")
      .refine((links) => new Set(links).size === links.length, "Each evidence link once.")
      .default([]),
    criteriaMet: z
      .array(ZCriterionId)
      .max(16, "Tick at most 16 criteria.")
      .refine((ids) => new Set(ids).size === ids.length, "Each criterion once.")
      .optional(),
    /** When an N/A is looked at again ("2027-12-31"); left out, it stays as stored or defaults to a year ahead. */
    naReviewDate: z.iso.date({ error: "Use a date such as 2027-12-31." }).nullish(),
  })
  .superRefine((answer, context) => {
    if (answer.value === "not_applicable" && !answer.naReason?.trim()) {
      context.addIssue({ code: "custom", path: ["naReason"], message: "Say why this question does not apply." });
    }
  });
export type TAnswerContent = z.infer<typeof ZAnswerContent>;

/** A save names the version it read: 0 for a question answered for the first time. */
export const ZSaveAnswer = z.intersection(ZAnswerContent, z.object({ expectedVersion: z.int().min(0).max(2_147_483_647) }));
export type TSaveAnswer = z.infer<typeof ZSaveAnswer>;

export const ZPutAnswers = z.object({ answers: z.array(ZSaveAnswer).min(1, "Send at least one answer.").max(200) });

export const ZSnapshotLabel = lineText(z.string().trim().max(120, "Use at most 120 characters."));
export const ZRecordSnapshot = z.object({ label: ZSnapshotLabel.optional() });
export type TRecordSnapshot = z.infer<typeof ZRecordSnapshot>;

export const ZAssessmentListFilter = z.object({
  q: lineText(z.string().trim().max(120)).optional(),
  status: z.enum(ASSESSMENT_STATUSES).optional(),
  ownerId: ZId.optional(),
});
export type TAssessmentListFilter = z.infer<typeof ZAssessmentListFilter>;

/** `?view=` of the scores endpoint and the dashboard: left out, the product's own pillars. */
export const ZView = z.enum(VIEW_IDS, { error: 'view is "cisa", "dod", "microsoft" or "nist"; leave it out for the pillar scores.' });
export const ZScoresQuery = z.object({ view: ZView.optional() });

/** The PDF report's query: a snapshot's id, or nothing for the current answers. */
export const ZReportQuery = z.object({ snapshot: ZId.optional() });

export const ZUpdateAssessmentAction = z.object({ assessmentId: ZId, changes: ZUpdateAssessment });
export const ZAssessmentRef = z.object({ assessmentId: ZId });
export const ZRecordSnapshotAction = ZRecordSnapshot.extend({ assessmentId: ZId });
/** An import form sends the file's text; it must be JSON before the document is checked. */
export const ZImportText = z.object({ text: z.string().min(1, "Choose a file to import.").max(1_000_000, "The file is larger than 1 MB.") });

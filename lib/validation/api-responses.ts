/**
 * What the REST API answers, as zod schemas: they describe the responses in the OpenAPI
 * document, and the API tests parse real responses with them so the description stays true.
 */
import { z } from "zod";
import { CISA_FUNCTIONS, DOD_CAPABILITIES, DOD_PILLARS, MICROSOFT_SCENARIOS, PILLARS, STAGES } from "@/lib/framework/types";
import { ZTA_RISKS, ZTA_STATUSES } from "@/lib/evidence/zero-trust-assessment/report";
import { ANSWER_VALUES, ASSESSMENT_STATUSES, ZAnswerContent, ZTargets } from "./assessment";
import { NEXT_STEP_STATUSES } from "./next-step";
import { PERMISSIONS, ROLES } from "@/lib/permissions";

const dateTime = z.iso.datetime({ offset: true });
const stage = z.enum(STAGES);

export const ZApiError = z.object({
  code: z.enum(["unauthenticated", "forbidden", "not_found", "method_not_allowed", "invalid_input", "conflict", "rate_limited", "internal", "cross_origin", "payload_too_large"]),
  message: z.string(),
  fields: z.record(z.string(), z.string()).optional().describe("Field path → problem, for invalid_input."),
  requestId: z.string().nullish(),
});

const person = z.object({ id: z.string(), name: z.string() });

export const ZApiAssessmentSummary = z.object({
  id: z.string(),
  name: z.string(),
  status: z.enum(ASSESSMENT_STATUSES),
  frameworkVersion: z.string(),
  owner: person.nullable(),
  answered: z.int(),
  total: z.int(),
  snapshots: z.int(),
  createdAt: dateTime,
  lastActivityAt: dateTime,
});

export const ZApiAssessment = z.object({
  id: z.string(),
  name: z.string(),
  scope: z.string(),
  status: z.enum(ASSESSMENT_STATUSES),
  frameworkVersion: z.string(),
  targets: ZTargets,
  owner: person.nullable(),
  answered: z.int(),
  createdAt: dateTime,
  updatedAt: dateTime,
});

export const ZApiAnswer = z.object({
  questionId: z.string(),
  value: z.enum(ANSWER_VALUES),
  naReason: z.string().nullable(),
  note: z.string(),
  evidence: z.array(z.string()),
  criteriaMet: z.array(z.string()).describe('Criteria ticked in the level checklist, such as "advanced-2" (stage and 1-based position); always empty before zt-2026.2.'),
  carriedFrom: z
    .string()
    .nullable()
    .describe('Set ("zt-2026.1 IDN-03") while an answer carried over from an earlier question bank version awaits confirmation; any save confirms it.'),
  version: z.int().describe("Send it back as expectedVersion to change this answer."),
  updatedAt: dateTime,
  updatedBy: z.string().nullable(),
  naReviewDate: z.iso.date().nullable().describe("On N/A answers: the day the N/A is to be reviewed again."),
  naApprovedBy: z.string().nullable(),
  naApprovedAt: dateTime.nullable().describe("Set once an owner or admin approved the N/A; a change of the answer or its reason clears it."),
  naRejectedBy: z.string().nullable(),
  naRejectedAt: dateTime.nullable().describe("Set when an approver rejected the N/A; it then counts as unanswered until changed."),
  naRejectionNote: z.string().nullable(),
});

export const ZApiConflict = z.object({
  code: z.literal("conflict"),
  message: z.string(),
  conflicts: z.array(
    z.object({
      questionId: z.string(),
      current: ZApiAnswer.nullable().describe("The stored answer; null when there is none, or when the caller may not read answers (a write-only token)."),
      mine: ZAnswerContent,
    }),
  ),
});

export const ZApiSnapshotSummary = z.object({
  id: z.string(),
  label: z.string().nullable(),
  takenAt: dateTime,
  takenBy: z.string().nullable(),
  frameworkVersion: z.string(),
  overallScore: z.number().nullable(),
  overallStage: stage.nullable(),
  overallUnrated: z.enum(["not_enough_answers", "too_many_na", "not_scored", "pillars_unrated"]).nullable().describe("Why no overall stage is named; null when one is."),
  completeness: z.number(),
  scoringVersion: z.int().describe("The scoring rules' version the stored scores were computed with; older ones are shown as stored until re-scored."),
});

/** Fields scoring v2 added: a snapshot scored with v1 rules keeps the result it stored, with them filled as "not computed". */
const V2 = "In results scored with scoring v1 (see scoringVersion) filled as not computed: null, or what the v1 rules amounted to.";
const unrated = z
  .enum(["not_enough_answers", "too_many_na", "critical_unanswered", "not_scored", "pillars_unrated"])
  .nullable()
  .optional()
  .describe(`Why \`stage\` is null: fewer answers than the coverage threshold, more N/A than the N/A threshold, a critical question unanswered, nothing scored, or (overall) a pillar without a stage. ${V2}`);
const progress = z
  .object({ toward: stage, share: z.number().describe("0 to below 1: how far from the named stage to the next.") })
  .nullable()
  .optional()
  .describe(`The way to the next stage; null at Optimal, when capped or unrated. ${V2}`);

const pillarScore = z.object({
  pillar: z.enum(PILLARS),
  score: z.number().nullable().describe("Weighted mean level score, 1 to 4."),
  stage: stage.nullable().describe("The stage named for the pillar: the mean's, held to its weakest critical question; null when unrated."),
  unrated,
  meanStage: stage.nullable().optional().describe(`The stage the mean alone would name. ${V2}`),
  answered: z.int(),
  total: z.int(),
  completeness: z.number(),
  naShare: z.number().optional().describe(`N/A answers ÷ questions. ${V2}`),
  naFlagged: z.boolean().optional().describe(`The N/A share is above the organisation's threshold; the pillar names no stage. ${V2}`),
  target: stage.nullable().describe("The pillar's target: the assessment's, else the organisation's default (v1 results: null without a target)."),
  targetSource: z.enum(["assessment", "default"]).optional().describe(V2),
  unansweredCritical: z.string().nullable().optional().describe(`The first critical question unanswered, which keeps the pillar from naming a stage. ${V2}`),
  cappedBy: z
    .object({ questionId: z.string(), stage })
    .nullish()
    .describe("The critical question whose lower stage caps the pillar's stage; absent from results scored before zt-2026.2."),
  progress,
  gap: z.number().nullable().describe("Mean number of stages the scored answers are short of their target (v1: target level minus score)."),
});

export const ZApiScoreResult = z.object({
  frameworkId: z.string(),
  scoringVersion: z.int().optional().describe("The scoring rules' version; absent means 1."),
  policy: z
    .object({ naThreshold: z.number(), coverageThreshold: z.number(), defaultTarget: stage, naRequiresApproval: z.boolean() })
    .optional()
    .describe(`The organisation's scoring settings the result was computed with. ${V2}`),
  pillars: z.array(pillarScore),
  overall: z.object({
    score: z.number().nullable().describe("Mean of every scored question, weights normalised within each pillar."),
    stage: stage.nullable().describe("The weakest pillar's stage; null when unrated."),
    unrated,
    unratedPillars: z.array(z.enum(PILLARS)).optional().describe(`Pillars without a stage, which keep the overall from naming one. ${V2}`),
    meanStage: stage.nullable().optional().describe(V2),
    answered: z.int(),
    total: z.int(),
    completeness: z.number(),
    naShare: z.number().optional().describe(V2),
    progress,
    gap: z.number().nullable().optional().describe(V2),
    weakestPillar: z.object({ pillar: z.enum(PILLARS), score: z.number(), stage: stage.nullable().optional() }).nullable(),
  }),
  unanswered: z.array(z.string()),
});

export const ZApiSnapshot = ZApiSnapshotSummary.extend({ assessmentId: z.string(), answers: z.array(ZAnswerContent), scores: ZApiScoreResult });

export const ZApiNextStep = z.object({
  questionId: z.string(),
  pillar: z.enum(PILLARS),
  title: z.string(),
  fromStage: stage,
  toStage: stage,
  action: z.string(),
  effort: z.enum(["S", "M", "L"]),
  impact: z.int(),
  target: stage.describe("The question's target: its group's, else its pillar's, else the organisation's default."),
  gap: z.int(),
  priority: z.number().describe("Normalised weight × impact (× 2 for a critical question) ÷ effort cost."),
  needs: z.array(z.string()).describe("Questions whose prerequisite level this step needs first; their steps come before it."),
  enabling: z.boolean().describe("The question is at its target; another step needs it one stage higher."),
  alsoFor: z.array(z.string()).describe("Other questions whose step is this same action."),
});

export const ZApiEvidence = z
  .object({
    contradicted: z.int(),
    supported: z.int(),
    questions: z.array(
      z.object({
        questionId: z.string(),
        confidence: z.enum(["self_rated", "supported", "contradicted"]).nullable().describe("Null for a question not rated with a stage."),
        contradiction: z.enum(["rated_high_while_failing", "rated_traditional_while_passing"]).nullable(),
        passed: z.int(),
        failed: z.int(),
        failedSevere: z.int().describe("Failed tests the tool ranks Critical or High."),
        tests: z.array(z.object({ importId: z.string(), id: z.string(), title: z.string(), status: z.enum(ZTA_STATUSES), risk: z.enum(ZTA_RISKS), stage })),
      }),
    ),
  })
  .describe("The answers checked against the latest imported run of each tenant (Microsoft's Zero Trust Assessment); empty when none was imported.");

export const ZApiScores = z.object({ scores: ZApiScoreResult, nextSteps: z.array(ZApiNextStep), evidence: ZApiEvidence });

/** GET /api/v1/me: who the caller is and what they may do now. */
export const ZApiCaller = z.object({
  user: z.object({ id: z.string(), email: z.string(), name: z.string() }),
  organization: z.object({ id: z.string(), name: z.string() }).nullable(),
  role: z.enum(ROLES).nullable(),
  permissions: z.array(z.enum(PERMISSIONS)),
  via: z.enum(["api_token", "session"]),
});

/** An evidence file's description (lib/evidence/files.ts EvidenceFileInfo); its bytes are read on their own. */
export const ZApiEvidenceFile = z.object({
  id: z.string(),
  questionId: z.string(),
  name: z.string(),
  contentType: z.string().describe("The type the server recognised from the bytes at upload."),
  size: z.number().int(),
  sha256: z.string(),
  expiresOn: z.iso.date().nullable().describe("The day after which the evidence counts as expired; null when it does not expire."),
  uploadedBy: z.string().nullable(),
  createdAt: dateTime,
});

export const ZApiEvidenceImport = z.object({
  id: z.string(),
  tenantId: z.string(),
  tenantName: z.string().nullable(),
  domain: z.string().nullable(),
  executedAt: z.iso.datetime(),
  toolVersion: z.string(),
  fileName: z.string(),
  fileSize: z.int(),
  sha256: z.string(),
  importedAt: z.iso.datetime(),
  importedBy: z.string().nullable(),
  counts: z.object({ total: z.int(), byStatus: z.record(z.string(), z.int()), byPillar: z.record(z.string(), z.record(z.string(), z.int())) }),
  changes: z
    .object({ newlyFailing: z.array(z.object({ id: z.string(), title: z.string() }).loose()), newlyPassing: z.array(z.object({ id: z.string(), title: z.string() }).loose()), added: z.array(z.unknown()), removed: z.array(z.unknown()) })
    .nullable()
    .describe("Against the tenant's run before this one; null for its first."),
  latest: z.boolean().describe("The tenant's latest run: the one answers are checked against."),
});

const share = z.number().min(0).max(1);
const unavailable = <V extends string>(view: V) =>
  z.object({ view: z.literal(view), frameworkId: z.string(), available: z.literal(false), reason: z.string().describe("Why this question bank version has no such view.") });

const viewFigures = z.object({
  questionIds: z.array(z.string()),
  mapped: z.int(),
  answered: z.int().describe("Answered, valid N/A included (as for a pillar)."),
  notApplicable: z.int(),
  scored: z.int().describe("Answered with a stage: what the mean is taken over."),
  applicable: z.int().describe("mapped − N/A."),
  completeness: share.describe("answered ÷ mapped: compared with the coverage threshold."),
  naShare: share.describe("N/A ÷ mapped: compared with the N/A threshold."),
  score: z.number().nullable().describe("Weighted mean level score, 1 (Traditional) to 4 (Optimal)."),
  stage: stage.nullable().describe("Named by the pillars' coverage and N/A rules; null when unrated or when no question maps here (mapped 0)."),
  unrated: z.enum(["not_enough_answers", "too_many_na", "not_scored"]).nullable().describe("Why `stage` is null: fewer answers than the coverage threshold, more N/A than the N/A threshold, or nothing scored."),
  atTarget: z.int(),
  weakest: z.object({ questionId: z.string(), stage }).nullable(),
});

const dodAttainment = z.object({
  status: z.enum(["attained", "not_attained", "not_applicable", "not_assessed"]),
  requirements: z.array(z.object({ questionId: z.string(), stage, value: z.enum([...STAGES, "not_applicable"]).nullable(), met: z.boolean() })),
});
const dodCount = z.object({ attained: z.int(), assessed: z.int(), total: z.int() });

export const ZApiView = z.union([
  z.object({
    view: z.literal("cisa"),
    frameworkId: z.string(),
    available: z.literal(true),
    pillars: z.array(
      z.object({
        pillar: z.enum(Object.keys(CISA_FUNCTIONS) as [keyof typeof CISA_FUNCTIONS]),
        label: z.string(),
        summary: viewFigures,
        functions: z.array(viewFigures.extend({ name: z.string() })),
      }),
    ),
  }),
  unavailable("cisa"),
  z.object({
    view: z.literal("dod"),
    frameworkId: z.string(),
    available: z.literal(true),
    target: dodCount,
    advanced: dodCount,
    pillars: z.array(
      z.object({
        pillar: z.enum(DOD_PILLARS),
        target: dodCount,
        advanced: dodCount,
        capabilities: z.array(z.object({ id: z.enum(Object.keys(DOD_CAPABILITIES) as [keyof typeof DOD_CAPABILITIES]), name: z.string(), target: dodAttainment, advanced: dodAttainment })),
      }),
    ),
  }),
  unavailable("dod"),
  z.object({
    view: z.literal("microsoft"),
    frameworkId: z.string(),
    available: z.literal(true),
    scenarios: z.array(
      z.object({
        id: z.enum(Object.keys(MICROSOFT_SCENARIOS) as [keyof typeof MICROSOFT_SCENARIOS]),
        name: z.string(),
        questionIds: z.array(z.string()),
        mapped: z.int(),
        applicable: z.int(),
        answered: z.int().describe("Answered, valid N/A included."),
        notApplicable: z.int(),
        scored: z.int(),
        completeness: share,
        atTarget: z.int(),
        achieved: z.int(),
        required: z.int(),
        progress: share.nullable().describe("Σ min(stage index, target index) ÷ Σ target index against the scenario's preset targets; null when nothing is required."),
      }),
    ),
  }),
  unavailable("microsoft"),
  z.object({
    view: z.literal("nist"),
    frameworkId: z.string(),
    available: z.literal(true),
    tenets: z.array(viewFigures.extend({ tenet: z.int().min(1).max(7), label: z.string(), met: z.int(), metShare: share.nullable().describe("Applicable questions at Advanced or above.") })),
  }),
  unavailable("nist"),
]);

export const ZApiTrackedNextStep = z.object({
  id: z.string().describe("Stable: exports to Jira and Azure DevOps carry it as the label or tag `ztr-<id>`."),
  assessment: person,
  questionId: z.string(),
  pillar: z.enum(PILLARS).nullable(),
  title: z.string(),
  objective: z.string(),
  tasks: z.array(z.object({ text: z.string(), done: z.boolean() })),
  stage: stage.describe("The stage the step moves the question to."),
  owner: person.nullable(),
  status: z.enum(NEXT_STEP_STATUSES),
  dueDate: z.iso.date().nullable(),
  notes: z.string(),
  closedReason: z.string().nullable().describe("Set when the app closed the item because its gap closed."),
  overdue: z.boolean(),
  updatedAt: dateTime,
});

export const ZApiNextStepPage = z.object({
  nextSteps: z.array(ZApiTrackedNextStep),
  page: z.int().describe("The page returned: a page past the last returns the last."),
  limit: z.int(),
  total: z.int().describe("Items matching the filters, over all pages."),
  pageCount: z.int(),
});

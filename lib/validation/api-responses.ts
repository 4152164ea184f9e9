/**
 * What the REST API answers, as zod schemas: they describe the responses in the OpenAPI
 * document, and the API tests parse real responses with them so the description stays true.
 */
import { z } from "zod";
import { CISA_FUNCTIONS, DOD_CAPABILITIES, DOD_PILLARS, MICROSOFT_SCENARIOS, PILLARS, STAGES } from "@/lib/framework/types";
import { ANSWER_VALUES, ASSESSMENT_STATUSES, ZAnswerContent, ZTargets } from "./assessment";

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
  completeness: z.number(),
});

const pillarScore = z.object({
  pillar: z.enum(PILLARS),
  score: z.number().nullable(),
  stage: stage.nullable(),
  answered: z.int(),
  total: z.int(),
  completeness: z.number(),
  target: stage.nullable(),
  cappedBy: z
    .object({ questionId: z.string(), stage })
    .nullish()
    .describe("The critical question whose lower stage caps the pillar's stage; absent from results scored before zt-2026.2."),
  gap: z.number().nullable(),
});

export const ZApiScoreResult = z.object({
  frameworkId: z.string(),
  pillars: z.array(pillarScore),
  overall: z.object({
    score: z.number().nullable(),
    stage: stage.nullable(),
    answered: z.int(),
    total: z.int(),
    completeness: z.number(),
    weakestPillar: z.object({ pillar: z.enum(PILLARS), score: z.number() }).nullable(),
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
  gap: z.int(),
  priority: z.number(),
  needs: z.array(z.string()).describe("Questions whose prerequisite level this step needs first."),
});

export const ZApiScores = z.object({ scores: ZApiScoreResult, nextSteps: z.array(ZApiNextStep) });

const share = z.number().min(0).max(1);
const unavailable = <V extends string>(view: V) =>
  z.object({ view: z.literal(view), frameworkId: z.string(), available: z.literal(false), reason: z.string().describe("Why this question bank version has no such view.") });

const viewFigures = z.object({
  questionIds: z.array(z.string()),
  mapped: z.int(),
  answered: z.int().describe("Answered with a stage."),
  notApplicable: z.int(),
  applicable: z.int().describe("mapped − N/A."),
  coverage: share.describe("answered ÷ applicable."),
  naShare: share.describe("N/A ÷ mapped."),
  score: z.number().nullable().describe("Weighted mean level score, 1 (Traditional) to 4 (Optimal)."),
  rating: z
    .discriminatedUnion("kind", [
      z.object({ kind: z.literal("stage"), stage }),
      z.object({ kind: z.literal("not_enough_answers"), coverage: share }),
      z.object({ kind: z.literal("too_many_na"), naShare: share }),
      z.object({ kind: z.literal("not_assessed") }),
    ])
    .describe("The stage named, or why none is: coverage below the organisation's threshold, N/A share above it, or no question mapped."),
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
        answered: z.int(),
        notApplicable: z.int(),
        coverage: share,
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

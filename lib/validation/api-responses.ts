/**
 * What the REST API answers, as zod schemas: they describe the responses in the OpenAPI
 * document, and the API tests parse real responses with them so the description stays true.
 */
import { z } from "zod";
import { PILLARS, STAGES } from "@/lib/framework/types";
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
  completeness: z.number(),
  scoringVersion: z.int().describe("The scoring rules' version the stored scores were computed with; older ones are shown as stored until re-scored."),
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

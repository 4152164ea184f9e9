/**
 * The portable form of an assessment: schema-versioned JSON that export writes and import
 * reads. Scores are never read from a file; they are recomputed from the answers on import.
 */
import { z } from "zod";
import { getFramework } from "@/lib/framework/index";
import type { PillarId, Stage } from "@/lib/framework/types";
import { fieldPath } from "@/lib/validation/field-path";
import { ASSESSMENT_STATUSES, ZAnswerContent, ZTargets, type TAnswerContent } from "@/lib/validation/assessment";

export const DOCUMENT_SCHEMA = "zero-trust-readiness/assessment";
export const DOCUMENT_SCHEMA_VERSION = 1;

const ZSnapshotDocument = z.object({
  label: z.string().trim().max(120).nullable().default(null),
  takenAt: z.iso.datetime({ offset: true, error: "Use an ISO 8601 date-time." }),
  frameworkVersion: z.string(),
  targets: ZTargets,
  answers: z.array(ZAnswerContent).max(500),
});

export const ZAssessmentDocument = z.object({
  schema: z.literal(DOCUMENT_SCHEMA, { error: `This is not a Zero Trust Readiness assessment file ("schema" must be "${DOCUMENT_SCHEMA}").` }),
  schemaVersion: z.literal(DOCUMENT_SCHEMA_VERSION, { error: `Only schemaVersion ${DOCUMENT_SCHEMA_VERSION} can be imported.` }),
  exportedAt: z.iso.datetime({ offset: true }).optional(),
  assessment: z.object({
    name: z.string().trim().min(1, "Name the assessment.").max(120, "Use at most 120 characters."),
    scope: z.string().trim().max(2000).default(""),
    frameworkVersion: z.string(),
    status: z.enum(ASSESSMENT_STATUSES).default("draft"),
    targets: ZTargets,
  }),
  answers: z.array(ZAnswerContent).max(500),
  snapshots: z.array(ZSnapshotDocument).max(200).default([]),
});
export type AssessmentDocument = z.infer<typeof ZAssessmentDocument>;
export type SnapshotDocument = z.infer<typeof ZSnapshotDocument>;

export type DocumentProblem = { path: string; message: string };

/** Question ids must exist in the framework version and appear once per answer list. */
function answerProblems(frameworkVersion: string, answers: readonly TAnswerContent[], at: string): DocumentProblem[] {
  const framework = getFramework(frameworkVersion);
  if (!framework) return [];
  const known = new Set(framework.questions.map((question) => question.id));
  const seen = new Set<string>();
  const problems: DocumentProblem[] = [];
  answers.forEach((answer, index) => {
    const path = `${at}[${index}].questionId`;
    if (!known.has(answer.questionId)) problems.push({ path, message: `${framework.id} has no question "${answer.questionId}".` });
    else if (seen.has(answer.questionId)) problems.push({ path, message: `"${answer.questionId}" is answered twice.` });
    seen.add(answer.questionId);
  });
  return problems;
}

function frameworkProblem(frameworkVersion: string, path: string): DocumentProblem[] {
  return getFramework(frameworkVersion) ? [] : [{ path, message: `Unknown framework version "${frameworkVersion}".` }];
}

/** Every problem of a candidate document, each named by its field; the document when there are none. */
export function parseAssessmentDocument(input: unknown): { ok: true; document: AssessmentDocument } | { ok: false; problems: DocumentProblem[] } {
  const parsed = ZAssessmentDocument.safeParse(input);
  if (!parsed.success) {
    return { ok: false, problems: parsed.error.issues.map((issue) => ({ path: fieldPath(issue.path), message: issue.message })) };
  }
  const document = parsed.data;
  const problems = [
    ...frameworkProblem(document.assessment.frameworkVersion, "assessment.frameworkVersion"),
    ...answerProblems(document.assessment.frameworkVersion, document.answers, "answers"),
    ...document.snapshots.flatMap((snapshot, index) => [
      ...frameworkProblem(snapshot.frameworkVersion, `snapshots[${index}].frameworkVersion`),
      ...answerProblems(snapshot.frameworkVersion, snapshot.answers, `snapshots[${index}].answers`),
    ]),
  ];
  return problems.length > 0 ? { ok: false, problems } : { ok: true, document };
}

/** Answer content in the document's canonical form: framework order is left to the caller. */
export function documentAnswer(answer: {
  questionId: string;
  value: TAnswerContent["value"];
  naReason: string | null;
  note: string;
  evidence: string[];
}): TAnswerContent {
  return { questionId: answer.questionId, value: answer.value, naReason: answer.naReason, note: answer.note, evidence: answer.evidence };
}

/** Targets read back from stored scores, which carry each pillar's target. */
export function targetsFromPillars(pillars: readonly { pillar: PillarId; target: Stage | null }[]): Partial<Record<PillarId, Stage>> {
  return Object.fromEntries(pillars.filter((pillar) => pillar.target).map((pillar) => [pillar.pillar, pillar.target]));
}

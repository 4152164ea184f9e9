/**
 * The portable form of an assessment: schema-versioned JSON that export writes and import
 * reads. Scores are never read from a file; they are recomputed from the answers on import.
 */
import { z } from "zod";
import { answerProblem } from "@/lib/assessment/criteria";
import { getFramework } from "@/lib/framework/index";
import type { PillarId, Stage } from "@/lib/framework/types";
import { fieldPath } from "@/lib/validation/field-path";
import { ANSWER_VALUES, ASSESSMENT_STATUSES, ZAnswerContent, ZAssessmentName, ZScope, ZSnapshotLabel, ZTargets, type TAnswerContent } from "@/lib/validation/assessment";

export const DOCUMENT_SCHEMA = "zero-trust-readiness/assessment";
export const DOCUMENT_SCHEMA_VERSION = 1;

const ZSnapshotDocument = z.object({
  label: ZSnapshotLabel.nullable().default(null),
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
    name: ZAssessmentName,
    scope: ZScope.default(""),
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

/** Enough of a document to check its question ids, read leniently so these checks run even when others fail. */
const ZAnswerView = z.object({ questionId: z.string(), value: z.enum(ANSWER_VALUES), criteriaMet: z.array(z.string()) }).partial().catch({});
const ZIdsView = z.object({
  assessment: z.object({ frameworkVersion: z.string() }).partial().catch({}),
  answers: z.array(ZAnswerView).catch([]),
  snapshots: z.array(z.object({ frameworkVersion: z.string(), answers: z.array(z.object({ questionId: z.string() }).partial().catch({})).catch([]) }).partial().catch({})).catch([]),
});

type IdsView = z.infer<typeof ZIdsView>;

/**
 * Question ids must exist in the framework version and appear once per answer list; ticks must
 * be the question's criteria, and N/A is refused where the question always applies.
 */
function answerProblems(frameworkVersion: string | undefined, answers: IdsView["answers"], at: string): DocumentProblem[] {
  const framework = frameworkVersion === undefined ? undefined : getFramework(frameworkVersion);
  if (!framework) return [];
  const known = new Map(framework.questions.map((question) => [question.id, question]));
  const seen = new Set<string>();
  const problems: DocumentProblem[] = [];
  answers.forEach(({ questionId, value, criteriaMet }, index) => {
    if (questionId === undefined) return;
    const path = `${at}[${index}].questionId`;
    const question = known.get(questionId);
    if (!question) problems.push({ path, message: `${framework.id} has no question "${questionId}".` });
    else if (seen.has(questionId)) problems.push({ path, message: `"${questionId}" is answered twice.` });
    const problem = question && value && answerProblem(question, { value, criteriaMet });
    if (problem) problems.push({ path: `${at}[${index}].${problem.field}`, message: problem.message });
    seen.add(questionId);
  });
  return problems;
}

function frameworkProblem(frameworkVersion: string | undefined, path: string): DocumentProblem[] {
  return frameworkVersion === undefined || getFramework(frameworkVersion) ? [] : [{ path, message: `Unknown framework version "${frameworkVersion}".` }];
}

/** Checks that need the framework: versions exist, questions exist and are answered once. */
function referenceProblems(input: unknown): DocumentProblem[] {
  const view = ZIdsView.safeParse(input);
  if (!view.success) return [];
  const { assessment, answers, snapshots } = view.data;
  return [
    ...frameworkProblem(assessment.frameworkVersion, "assessment.frameworkVersion"),
    ...answerProblems(assessment.frameworkVersion, answers, "answers"),
    ...snapshots.flatMap((snapshot, index) => [
      ...frameworkProblem(snapshot.frameworkVersion, `snapshots[${index}].frameworkVersion`),
      ...answerProblems(snapshot.frameworkVersion, snapshot.answers ?? [], `snapshots[${index}].answers`),
    ]),
  ];
}

/** Every problem of a candidate document, each named by its field; the document when there are none. */
export function parseAssessmentDocument(input: unknown): { ok: true; document: AssessmentDocument } | { ok: false; problems: DocumentProblem[] } {
  const parsed = ZAssessmentDocument.safeParse(input);
  const shapeProblems = parsed.success ? [] : parsed.error.issues.map((issue) => ({ path: fieldPath(issue.path), message: issue.message }));
  const reported = new Set(shapeProblems.map((problem) => problem.path));
  const problems = [...shapeProblems, ...referenceProblems(input).filter((problem) => !reported.has(problem.path))];
  return parsed.success && problems.length === 0 ? { ok: true, document: parsed.data } : { ok: false, problems };
}

/**
 * A stored answer as scoring and snapshots read it: the document's content, and on an N/A its
 * review date and whether it was approved. Import never reads `naApproved` (the content schema
 * drops it), so an imported N/A waits for approval again.
 */
export type ScoredAnswer = TAnswerContent & { naApproved?: boolean };

/** Answer content in the document's canonical form: framework order is left to the caller. */
export function documentAnswer(answer: {
  questionId: string;
  value: TAnswerContent["value"];
  naReason: string | null;
  note: string;
  evidence: string[];
  criteriaMet?: string[];
  naReviewDate?: string | Date | null;
  naApprovedAt?: Date | string | null;
}): ScoredAnswer {
  const content = {
    questionId: answer.questionId,
    value: answer.value,
    naReason: answer.naReason,
    note: answer.note,
    evidence: answer.evidence,
    criteriaMet: answer.criteriaMet ?? [],
  };
  if (answer.value !== "not_applicable") return content;
  const review = answer.naReviewDate instanceof Date ? answer.naReviewDate.toISOString().slice(0, 10) : (answer.naReviewDate ?? null);
  return { ...content, naReviewDate: review, naApproved: isApproved(answer) };
}

const isApproved = (answer: { naApprovedAt?: Date | string | null }) => Boolean(answer.naApprovedAt);

/**
 * What `documentAnswer` wrote into a snapshot, read leniently: snapshots taken before ticks or
 * review dates were kept still read, as answers without them; a value no version wrote throws.
 */
const ZStoredAnswer = z.object({
  questionId: z.string(),
  value: z.enum(ANSWER_VALUES),
  naReason: z.string().nullish(),
  note: z.string().default(""),
  evidence: z.array(z.string()).default([]),
  criteriaMet: z.array(z.string()).default([]),
  naReviewDate: z.string().nullish(),
  naApproved: z.boolean().optional(),
});

/** A snapshot's stored answers. */
export function storedAnswers(json: unknown): ScoredAnswer[] {
  return z.array(ZStoredAnswer).parse(json);
}

/** Targets read back from stored scores, which carry each pillar's target; a default one (scoring v2) was not the assessment's. */
export function targetsFromPillars(pillars: readonly { pillar: PillarId; target: Stage | null; targetSource?: "assessment" | "default" }[]): Partial<Record<PillarId, Stage>> {
  return Object.fromEntries(pillars.filter((pillar) => pillar.target && pillar.targetSource !== "default").map((pillar) => [pillar.pillar, pillar.target]));
}

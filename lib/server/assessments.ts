import "server-only";
import { cache } from "react";
import { getFramework, presetTargets } from "@/lib/framework/index";
import type { Framework } from "@/lib/framework/types";
import { scoreAssessment } from "@/lib/scoring/maturity";
import { prioritiseNextSteps } from "@/lib/scoring/next-steps";
import type { NextStepItem, ScoreResult, Targets } from "@/lib/scoring/types";
import { assessmentView, type AssessmentView, type ViewId } from "@/lib/scoring/views";
import {
  ZTargets,
  type AssessmentStatus,
  type TAssessmentListFilter,
  type TCreateAssessment,
  type TUpdateAssessment,
} from "@/lib/validation/assessment";
import type { Prisma } from "@/generated/prisma/client";
import { ANSWER_INCLUDE, SCORING_SELECT, toScoringInput, toStoredAnswer, type StoredAnswer } from "./answer-rows";
import { audited, auditActor } from "./audit";
import { authorize } from "./authorize";
import { prisma } from "./db";
import { AppError } from "./errors";
import { policyOfOrganization } from "./scoring-policy";
import type { ActiveMembership, Actor } from "@/lib/actor";

export interface AssessmentSummary {
  id: string;
  name: string;
  status: AssessmentStatus;
  frameworkVersion: string;
  owner: { id: string; name: string } | null;
  answered: number;
  total: number;
  snapshots: number;
  createdAt: Date;
  /** The later of the assessment's own change and its newest answer. */
  lastActivityAt: Date;
}

export interface AssessmentDetail {
  id: string;
  name: string;
  scope: string;
  status: AssessmentStatus;
  frameworkVersion: string;
  targets: Targets;
  owner: { id: string; name: string } | null;
  createdAt: Date;
  updatedAt: Date;
  answers: StoredAnswer[];
}

/** Stored targets are JSON; anything that is not a valid target map reads as no targets. */
export function parseTargets(value: unknown): Targets {
  const parsed = ZTargets.safeParse(value);
  return parsed.success ? parsed.data : {};
}

/** The framework an assessment was made with: released versions never disappear. */
export function frameworkOf(assessment: { frameworkVersion: string }): Framework {
  const framework = getFramework(assessment.frameworkVersion);
  if (!framework) throw new Error(`Assessment uses unknown framework version ${assessment.frameworkVersion}`);
  return framework;
}

/*
 * A page's layout, the page and its panels each load the assessment they show (the dashboard did
 * so seven times): React's cache, which lasts one server render, makes that one query each.
 * Server actions and route handlers run outside a render and always read afresh.
 */
const assessmentRow = cache((organizationId: string, id: string) => prisma.assessment.findFirst({ where: { id, organizationId } }));
const assessmentDetailRow = cache((organizationId: string, id: string) =>
  prisma.assessment.findFirst({ where: { id, organizationId }, include: { owner: { select: { id: true, name: true } }, answers: { include: ANSWER_INCLUDE } } }),
);

/**
 * The assessment in the organisation of a membership that `authorize` returned (so only after
 * the check); any other id, another organisation's included, is not found.
 */
export async function findAssessment({ organizationId }: ActiveMembership, id: string) {
  const assessment = await assessmentRow(organizationId, id);
  if (!assessment) throw new AppError("not_found", "That assessment was not found.");
  return assessment;
}

export function assertEditable(assessment: { status: AssessmentStatus }): void {
  if (assessment.status === "archived") throw new AppError("conflict", "This assessment is archived. Restore it to make changes.");
}

export async function assertMember(organizationId: string, userId: string): Promise<void> {
  const member = await prisma.membership.findUnique({ where: { organizationId_userId: { organizationId, userId } } });
  if (!member) throw new AppError("invalid_input", "The owner must be a member of this organisation.", { ownerId: "Choose a member of this organisation." });
}

export async function listAssessments(actor: Actor, filter: TAssessmentListFilter = {}): Promise<AssessmentSummary[]> {
  const { organizationId } = await authorize(actor, "assessment.read");
  const where: Prisma.AssessmentWhereInput = {
    organizationId,
    ...(filter.status ? { status: filter.status } : {}),
    ...(filter.ownerId ? { ownerId: filter.ownerId } : {}),
    // contains becomes ILIKE: escape its wildcards so a search for "50%" means exactly that.
    ...(filter.q ? { name: { contains: filter.q.replace(/[\\%_]/g, "\\$&"), mode: "insensitive" } } : {}),
  };
  const [rows, answerStats] = await Promise.all([
    prisma.assessment.findMany({
      where,
      select: {
        id: true,
        name: true,
        status: true,
        frameworkVersion: true,
        createdAt: true,
        updatedAt: true,
        owner: { select: { id: true, name: true } },
        _count: { select: { snapshots: true } },
      },
    }),
    // By level too: every answer dates the last activity, but an Unknown one is not answered.
    prisma.answer.groupBy({ by: ["assessmentId", "level"], where: { assessment: where }, _count: { _all: true }, _max: { updatedAt: true } }),
  ]);
  const stats = new Map<string, { answered: number; lastAnswer: Date | null }>();
  for (const stat of answerStats) {
    const seen = stats.get(stat.assessmentId) ?? { answered: 0, lastAnswer: null };
    const latest = stat._max.updatedAt;
    stats.set(stat.assessmentId, {
      answered: seen.answered + (stat.level === "unknown" ? 0 : stat._count._all),
      lastAnswer: latest && (!seen.lastAnswer || latest > seen.lastAnswer) ? latest : seen.lastAnswer,
    });
  }
  const summaries = rows.map((row) => {
    const stat = stats.get(row.id);
    const lastAnswer = stat?.lastAnswer;
    return {
      id: row.id,
      name: row.name,
      status: row.status,
      frameworkVersion: row.frameworkVersion,
      owner: row.owner,
      answered: stat?.answered ?? 0,
      total: getFramework(row.frameworkVersion)?.questions.length ?? 0,
      snapshots: row._count.snapshots,
      createdAt: row.createdAt,
      lastActivityAt: lastAnswer && lastAnswer > row.updatedAt ? lastAnswer : row.updatedAt,
    };
  });
  return summaries.sort((a, b) => b.lastActivityAt.getTime() - a.lastActivityAt.getTime());
}

export async function getAssessment(actor: Actor, id: string): Promise<AssessmentDetail> {
  const membership = await authorize(actor, "assessment.read");
  return loadAssessmentDetail(membership, id);
}

/** The assessment with its answers, in the organisation of a membership that `authorize` returned. */
export async function loadAssessmentDetail({ organizationId }: ActiveMembership, id: string): Promise<AssessmentDetail> {
  const row = await assessmentDetailRow(organizationId, id);
  if (!row) throw new AppError("not_found", "That assessment was not found.");
  return {
    id: row.id,
    name: row.name,
    scope: row.scope,
    status: row.status,
    frameworkVersion: row.frameworkVersion,
    targets: parseTargets(row.targets),
    owner: row.owner,
    createdAt: row.createdAt,
    updatedAt: row.updatedAt,
    answers: row.answers.map(toStoredAnswer),
  };
}

/**
 * Targets start from a business-scenario preset (the framework's first by default); explicit targets
 * override it. A preset's question-group targets come along when the preset was chosen or nothing
 * was given: explicit pillar targets alone must not be silently overridden by a default's groups.
 */
/** Group targets must name question groups of the assessment's version: others would aim nothing. */
function assertKnownGroups(framework: Framework, targets: Targets | undefined): void {
  const groups = new Set(framework.questions.flatMap((question) => (question.detail ? [question.detail.group] : [])));
  const unknown = Object.keys(targets?.groups ?? {}).filter((group) => !groups.has(group));
  if (unknown.length > 0) {
    const message = `${framework.id} has no question group ${unknown.slice(0, 5).map((group) => `"${group}"`).join(", ")}.`;
    throw new AppError("invalid_input", message, { "targets.groups": message });
  }
}

function resolveTargets(framework: Framework, presetId: string | undefined, targets: Targets | undefined): Targets {
  const preset = presetId ? framework.presets.find((candidate) => candidate.id === presetId) : framework.presets[0];
  if (!preset) throw new AppError("invalid_input", `${framework.name} has no preset "${presetId}".`, { presetId: "Choose one of the framework's presets." });
  return { ...(presetId || !targets ? presetTargets(preset) : preset.targets), ...targets };
}

export async function createAssessment(actor: Actor, input: TCreateAssessment): Promise<AssessmentDetail> {
  const membership = await authorize(actor, "assessment.write");
  const { organizationId } = membership;
  const framework = getFramework(input.frameworkVersion);
  if (!framework) throw new AppError("invalid_input", "Unknown framework version.", { frameworkVersion: "Choose a framework version this app knows." });
  assertKnownGroups(framework, input.targets);
  const targets = resolveTargets(framework, input.presetId, input.targets);
  const ownerId = input.ownerId ?? actor.userId;
  await assertMember(organizationId, ownerId);
  const row = await audited(async (tx, record) => {
    const row = await tx.assessment.create({
      data: { organizationId, name: input.name, scope: input.scope, frameworkVersion: framework.id, targets, ownerId },
    });
    record({
      actor: auditActor(actor),
      organizationId,
      action: "assessment.created",
      targetType: "assessment",
      targetId: row.id,
      after: { name: row.name, frameworkVersion: row.frameworkVersion, targets, ownerId },
    });
    return row;
  });
  // Returned under the write permission: a write-only API token gets what it created.
  return loadAssessmentDetail(membership, row.id);
}

/** Rename, rescope, reassign, retarget, or change status (archiving makes it read-only; restoring reopens it). */
export async function updateAssessment(actor: Actor, id: string, input: TUpdateAssessment): Promise<AssessmentDetail> {
  const membership = await authorize(actor, "assessment.write");
  const { organizationId } = membership;
  const current = await findAssessment(membership, id);
  const statusOnly = Object.keys(input).every((key) => key === "status" || input[key as keyof TUpdateAssessment] === undefined);
  if (!statusOnly) assertEditable(current);
  if (input.ownerId) await assertMember(organizationId, input.ownerId);
  assertKnownGroups(frameworkOf(current), input.targets);
  const targets = input.targets ? { ...parseTargets(current.targets), ...input.targets } : undefined;
  const data = { name: input.name, scope: input.scope, ownerId: input.ownerId, status: input.status, targets };
  await audited(async (tx, record) => {
    await tx.assessment.update({ where: { id: current.id }, data });
    const changed = Object.fromEntries(Object.entries(data).filter(([, value]) => value !== undefined));
    const before = Object.fromEntries(Object.keys(changed).map((key) => [key, current[key as keyof typeof current]]));
    const action = input.status === "archived" ? "assessment.archived" : current.status === "archived" && input.status ? "assessment.restored" : "assessment.updated";
    record({ actor: auditActor(actor), organizationId, action, targetType: "assessment", targetId: id, before, after: changed });
  });
  return loadAssessmentDetail(membership, id);
}

/** Deletes the assessment with its answers, snapshots and next steps; the audit trail keeps its name. */
export async function deleteAssessment(actor: Actor, id: string): Promise<void> {
  const membership = await authorize(actor, "assessment.delete");
  const { organizationId } = membership;
  const current = await findAssessment(membership, id);
  await audited(async (tx, record) => {
    await tx.assessment.delete({ where: { id: current.id } });
    record({
      actor: auditActor(actor),
      organizationId,
      action: "assessment.deleted",
      targetType: "assessment",
      targetId: id,
      before: { name: current.name, status: current.status },
    });
  });
}

export interface AssessmentScores {
  scores: ScoreResult;
  nextSteps: NextStepItem[];
  /** The same answers seen as CISA, DoD, Microsoft or NIST, when one was asked for. */
  view?: AssessmentView;
}

/** The live score of the current answers, the prioritised next steps toward the targets and, on request, one view of them. */
export async function getAssessmentScores(actor: Actor, id: string, options: { view?: ViewId } = {}): Promise<AssessmentScores> {
  const membership = await authorize(actor, "assessment.read");
  const assessment = await findAssessment(membership, id);
  const framework = frameworkOf(assessment);
  const targets = parseTargets(assessment.targets);
  const rows = await prisma.answer.findMany({ where: { assessmentId: assessment.id }, select: SCORING_SELECT });
  const answers = rows.map(toScoringInput);
  const policy = await policyOfOrganization(membership.organizationId);
  const scored = { scores: scoreAssessment(framework, answers, targets, policy), nextSteps: prioritiseNextSteps(framework, answers, targets, policy) };
  return options.view ? { ...scored, view: assessmentView(options.view, framework, answers, targets, policy) } : scored;
}

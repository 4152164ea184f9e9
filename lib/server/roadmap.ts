import "server-only";
import { createHash } from "node:crypto";
import type { Framework } from "@/lib/framework/types";
import { resolveAssessment, type ResolvedAssessment } from "@/lib/scoring/answers";
import type { ScoringPolicy } from "@/lib/scoring/policy";
import { nextMonthStart, planRoadmap, roadmapOf, type Roadmap, type RoadmapOptions, type RoadmapStep } from "@/lib/scoring/roadmap";
import { questionsBelowTarget } from "@/lib/scoring/targets";
import type { AnswerInput, Targets } from "@/lib/scoring/types";
import {
  ZAcceptedRoadmap,
  ZRoadmapPins,
  MAX_ROADMAP_PINS,
  type TAcceptRoadmap,
  type TAcceptedRoadmap,
  type TPinRoadmapStep,
  type TRoadmapPins,
  type TRoadmapSettings,
} from "@/lib/validation/roadmap";
import { Prisma } from "@/generated/prisma/client";
import { toScoredAnswer } from "./answer-rows";
import { assertEditable, findAssessment, frameworkOf, parseTargets } from "./assessments";
import { audited, auditActor } from "./audit";
import { authorize } from "./authorize";
import { prisma } from "./db";
import { AppError } from "./errors";
import { OPEN } from "./next-steps";
import { policyOfOrganization } from "./scoring-policy";
import type { Actor } from "@/lib/actor";

/** The assessment fields a plan reads. */
export interface RoadmapSettingsRow {
  roadmapCapacity: number;
  roadmapStart: Date | null;
  roadmapPins: unknown;
}

/** Stored pins that do not match the schema (written by hand, say) read as none rather than failing the page. */
const parsePins = (value: unknown): TRoadmapPins => ZRoadmapPins.safeParse(value).data ?? {};
const parseAccepted = (value: unknown): TAcceptedRoadmap | null => ZAcceptedRoadmap.safeParse(value).data ?? null;

const today = () => new Date().toISOString().slice(0, 10);

/** "YYYY-MM-01": the stored start, or the first day of next month when none is set. */
const startOf = (row: RoadmapSettingsRow) => (row.roadmapStart ? row.roadmapStart.toISOString().slice(0, 10) : nextMonthStart(today()));

/**
 * The plan of some answers under an assessment's roadmap settings: used by the roadmap page and
 * by the report, which plans the answers of the snapshot it prints.
 */
export function planAssessmentRoadmap(row: RoadmapSettingsRow, framework: Framework, answers: readonly AnswerInput[], targets: Targets, policy: ScoringPolicy): Roadmap {
  return planRoadmap(framework, answers, targets, policy, optionsOf(row));
}

const optionsOf = (row: RoadmapSettingsRow): RoadmapOptions => ({ start: startOf(row), capacity: row.roadmapCapacity, pins: parsePins(row.roadmapPins) });

/** Questions whose tracked item must stay open: below their target, or planned further (enabling) by the roadmap. */
export function openGaps(row: RoadmapSettingsRow, framework: Framework, answers: readonly AnswerInput[], targets: Targets, policy: ScoringPolicy): Set<string> {
  return openGapsOf(row, framework, resolveAssessment(framework, answers, targets, policy));
}

/** openGaps on answers already resolved: the gaps and the plan see the same answers and targets, as do a caller's scores. */
export function openGapsOf(row: RoadmapSettingsRow, framework: Framework, resolved: ResolvedAssessment): Set<string> {
  return new Set([...questionsBelowTarget(framework, resolved), ...roadmapOf(framework, resolved, optionsOf(row)).steps.map((step) => step.questionId)]);
}

export interface RoadmapView {
  assessment: { id: string; name: string; frameworkVersion: string; archived: boolean };
  roadmap: Roadmap;
  settings: {
    capacity: number;
    /** "YYYY-MM". */
    start: string;
    /** No start is stored: the plan starts next month, whenever it is looked at. */
    startIsDefault: boolean;
    pins: TRoadmapPins;
  };
  accepted: { at: string; by: string; steps: number } | null;
  /**
   * Whether the accepted plan still holds: `needed` when the steps planned now (after new
   * answers or a snapshot changed the gaps) differ from those accepted.
   */
  replan: { needed: boolean; added: string[]; removed: string[]; datesMoved: number };
  /** Identifies the plan shown, so accepting refuses a plan that has moved in the meantime. */
  fingerprint: string;
}

type AssessmentRow = Awaited<ReturnType<typeof findAssessment>>;

async function currentAnswers(assessmentId: string): Promise<AnswerInput[]> {
  const rows = await prisma.answer.findMany({ where: { assessmentId } });
  return rows.map(toScoredAnswer);
}

const fingerprintOf = (steps: readonly RoadmapStep[]) =>
  createHash("sha256")
    .update(steps.map((step) => `${step.key}@${step.start}/${step.due}`).join("\n"))
    .digest("hex");

function viewOf(assessment: AssessmentRow, answers: readonly AnswerInput[], policy: ScoringPolicy): RoadmapView {
  const roadmap = planAssessmentRoadmap(assessment, frameworkOf(assessment), answers, parseTargets(assessment.targets), policy);
  const accepted = parseAccepted(assessment.roadmapAccepted);
  const planned = new Map(roadmap.steps.map((step) => [step.key, step]));
  const acceptedKeys = new Set(accepted?.steps.map((step) => step.key));
  const added = accepted ? roadmap.steps.filter((step) => !acceptedKeys.has(step.key)).map((step) => step.key) : [];
  const removed = accepted ? accepted.steps.filter((step) => !planned.has(step.key)).map((step) => step.key) : [];
  const datesMoved = accepted?.steps.filter((step) => {
    const now = planned.get(step.key);
    return now !== undefined && (now.start !== step.start || now.due !== step.due);
  }).length;
  const start = startOf(assessment);
  return {
    assessment: { id: assessment.id, name: assessment.name, frameworkVersion: assessment.frameworkVersion, archived: assessment.status === "archived" },
    roadmap,
    settings: { capacity: assessment.roadmapCapacity, start: start.slice(0, 7), startIsDefault: assessment.roadmapStart === null, pins: parsePins(assessment.roadmapPins) },
    accepted: accepted ? { at: accepted.acceptedAt, by: accepted.acceptedBy.name, steps: accepted.steps.length } : null,
    replan: { needed: added.length > 0 || removed.length > 0, added, removed, datesMoved: datesMoved ?? 0 },
    fingerprint: fingerprintOf(roadmap.steps),
  };
}

/** The roadmap of the current answers with the assessment's capacity, start and pins. */
export async function getRoadmap(actor: Actor, assessmentId: string): Promise<RoadmapView> {
  const membership = await authorize(actor, "assessment.read");
  const assessment = await findAssessment(membership, assessmentId);
  return viewOf(assessment, await currentAnswers(assessment.id), await policyOfOrganization(membership.organizationId));
}

const monthDate = (month: string) => new Date(`${month}-01T00:00:00Z`);

/** Capacity and first month (null: from next month, whenever the plan is looked at). */
export async function updateRoadmapSettings(actor: Actor, assessmentId: string, input: TRoadmapSettings): Promise<RoadmapView> {
  const membership = await authorize(actor, "assessment.write");
  const current = await findAssessment(membership, assessmentId);
  assertEditable(current);
  const data = { roadmapCapacity: input.capacity, roadmapStart: input.start === undefined ? undefined : input.start && monthDate(input.start) };
  const updated = await audited(async (tx, record) => {
    const updated = await tx.assessment.update({ where: { id: current.id }, data });
    const month = (value: Date | null) => value?.toISOString().slice(0, 7) ?? null;
    record({
      actor: auditActor(actor),
      organizationId: membership.organizationId,
      action: "roadmap.updated",
      targetType: "assessment",
      targetId: current.id,
      before: { ...(input.capacity !== undefined ? { capacity: current.roadmapCapacity } : {}), ...(input.start !== undefined ? { start: month(current.roadmapStart) } : {}) },
      after: { ...(input.capacity !== undefined ? { capacity: input.capacity } : {}), ...(input.start !== undefined ? { start: input.start } : {}) },
    });
    return updated;
  });
  return viewOf(updated, await currentAnswers(current.id), await policyOfOrganization(membership.organizationId));
}

/** Pins a planned step to start no earlier than a month, or unpins it (`month: null`). */
export async function pinRoadmapStep(actor: Actor, assessmentId: string, input: TPinRoadmapStep): Promise<RoadmapView> {
  const membership = await authorize(actor, "assessment.write");
  const current = await findAssessment(membership, assessmentId);
  assertEditable(current);
  const answers = await currentAnswers(current.id);
  const pins = parsePins(current.roadmapPins);
  const before = pins[input.key] ?? null;
  if (input.month !== null) {
    const view = viewOf(current, answers, await policyOfOrganization(membership.organizationId));
    if (!view.roadmap.steps.some((step) => step.key === input.key)) throw new AppError("invalid_input", "That step is not in the plan.", { key: "Choose a step of the plan." });
    if (input.month < view.settings.start) {
      throw new AppError("invalid_input", "Choose a month from the plan's start on.", { month: `Choose ${view.settings.start} or later.` });
    }
    pins[input.key] = input.month;
    if (Object.keys(pins).length > MAX_ROADMAP_PINS) throw new AppError("invalid_input", `Pin at most ${MAX_ROADMAP_PINS} steps.`);
  } else delete pins[input.key];
  const updated = await audited(async (tx, record) => {
    const updated = await tx.assessment.update({ where: { id: current.id }, data: { roadmapPins: pins } });
    record({
      actor: auditActor(actor),
      organizationId: membership.organizationId,
      action: input.month === null ? "roadmap.step_unpinned" : "roadmap.step_pinned",
      targetType: "assessment",
      targetId: current.id,
      before: { step: input.key, month: before },
      after: { step: input.key, month: input.month },
    });
    return updated;
  });
  return viewOf(updated, answers, await policyOfOrganization(membership.organizationId));
}

export interface AcceptedRoadmapResult {
  view: RoadmapView;
  /** Tracked next steps created, and open ones whose due date (and recommendation) were set. */
  created: number;
  updated: number;
  /** Done or won't-do items of planned questions, left as they are. */
  closed: number;
}

/** Each question's first planned step: the one its tracked next step (one per question) stands for. */
function firstStepPerQuestion(steps: readonly RoadmapStep[]): RoadmapStep[] {
  const seen = new Set<string>();
  return steps.filter((step) => !seen.has(step.questionId) && seen.add(step.questionId));
}

/**
 * Accepts the plan shown: records its steps and dates on the assessment, and writes the due date
 * of each question's next step into the tracker (creating the tracked item when there is none).
 * Done and won't-do items are left alone. All in one transaction with its audit event.
 *
 * Needs both assessment.write (the plan is the assessment's) and nextstep.write (it changes
 * tracked items): a tracker may move one due date, but committing the whole plan is the assessor's.
 */
export async function acceptRoadmap(actor: Actor, assessmentId: string, input: TAcceptRoadmap): Promise<AcceptedRoadmapResult> {
  const membership = await authorize(actor, "assessment.write");
  await authorize(actor, "nextstep.write");
  const current = await findAssessment(membership, assessmentId);
  assertEditable(current);
  const answers = await currentAnswers(current.id);
  const view = viewOf(current, answers, await policyOfOrganization(membership.organizationId));
  if (view.fingerprint !== input.fingerprint) throw new AppError("conflict", "The plan changed since you opened it. Review it and accept again.");
  const steps = view.roadmap.steps;
  if (steps.length === 0) throw new AppError("conflict", "There is nothing to plan: every answered question is at its target.");
  const accepted: TAcceptedRoadmap = {
    steps: steps.map(({ key, start, due }) => ({ key, start, due })),
    capacity: view.roadmap.capacity,
    start: view.roadmap.start,
    acceptedAt: new Date().toISOString(),
    acceptedBy: { id: actor.userId, name: actor.name },
  };
  const counts = { created: 0, updated: 0, closed: 0 };
  const transaction = audited(async (tx, record) => {
    const tracked = await tx.nextStep.findMany({ where: { assessmentId: current.id } });
    const byQuestion = new Map(tracked.map((item) => [item.questionId, item]));
    for (const step of firstStepPerQuestion(steps)) {
      const item = byQuestion.get(step.questionId);
      const data = { title: step.title, objective: step.action, stage: step.toStage, dueDate: new Date(`${step.due}T00:00:00Z`) };
      if (!item) {
        await tx.nextStep.create({ data: { assessmentId: current.id, questionId: step.questionId, ...data } });
        counts.created += 1;
      } else if (OPEN.includes(item.status)) {
        await tx.nextStep.update({ where: { id: item.id }, data });
        counts.updated += 1;
      } else counts.closed += 1;
    }
    const row = await tx.assessment.update({ where: { id: current.id }, data: { roadmapAccepted: accepted as unknown as Prisma.InputJsonValue } });
    record({
      actor: auditActor(actor),
      organizationId: membership.organizationId,
      action: "roadmap.accepted",
      targetType: "assessment",
      targetId: current.id,
      after: { steps: steps.length, capacity: accepted.capacity, start: accepted.start, finish: view.roadmap.finish, ...counts },
    });
    return row;
  });
  const updated = await transaction.catch((error: unknown) => {
    // Two accepts at once both created a question's item: the second is told, not shown a 500.
    if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002") {
      throw new AppError("conflict", "Someone accepted this roadmap at the same time. Reload to see it.");
    }
    throw error;
  });
  return { view: viewOf(updated, answers, await policyOfOrganization(membership.organizationId)), ...counts };
}

/**
 * The same answers seen through the four models the question bank is mapped to: CISA ZTMM v2.0
 * (per pillar and function), the DoD Zero Trust Strategy (Target- and Advanced-level capability
 * attainment per DoD pillar), Microsoft's adoption framework (progress per business scenario)
 * and NIST SP 800-207 (per tenet). docs/scoring-views.md states every rule; in short:
 *
 * - A part's figures count only the questions mapped to it. N/A questions leave the mean and the
 *   shares met; unanswered ones count as not reached (DoD, Microsoft, NIST "met").
 * - A stage is named by the pillars' rules (maturity.ts): only when the answered share (N/A
 *   included) reaches `policy.coverageThreshold` and the N/A share does not pass
 *   `policy.naThreshold`; it is the stage the weighted mean of level scores (Traditional 1 …
 *   Optimal 4) reaches. The weakest mapped question is shown beside it rather than capping it.
 *
 * DoD capabilities and Microsoft scenarios are only mapped from zt-2026.2 on: for zt-2026.1 those
 * views say they are not available rather than showing zeros.
 */
import { presetTargets } from "../framework/index";
import {
  CISA_FUNCTIONS,
  CISA_PILLAR_LABELS,
  DOD_CAPABILITIES,
  DOD_PILLARS,
  MICROSOFT_SCENARIOS,
  NIST_TENETS,
  STAGES,
  type CisaPillar,
  type DodActivityLevel,
  type DodCapabilityId,
  type DodPillar,
  type Framework,
  type MicrosoftScenarioId,
  type NistTenet,
  type Question,
  type Stage,
} from "../framework/types";
import { resolveAnswers } from "./answers";
import { NOT_APPLICABLE, stageForScore, stageIndex, valueOfLevel } from "./levels";
import { perFramework } from "./per-framework";
import type { ScoringPolicy } from "./policy";
import { questionTargets } from "./targets";
import type { AnswerInput, AnswerValue, Targets, UnratedReason } from "./types";

export const VIEW_IDS = ["cisa", "dod", "microsoft", "nist"] as const;
export type ViewId = (typeof VIEW_IDS)[number];

export const VIEW_LABELS: Record<ViewId, string> = {
  cisa: "CISA ZTMM",
  dod: "DoD",
  microsoft: "Microsoft",
  nist: "NIST 800-207",
};

/**
 * What every CISA function, CISA pillar and NIST tenet reports about the questions mapped to it.
 * The rating fields have a pillar's shape, so lib/assessment/rating.ts names them the same way.
 */
export interface ViewFigures {
  /** Mapped question ids in framework order (shared between results: do not change). */
  questionIds: readonly string[];
  mapped: number;
  /** Answered, valid N/A included (as for a pillar). */
  answered: number;
  notApplicable: number;
  /** Answered with a stage: what the mean is taken over. */
  scored: number;
  /** mapped − N/A. */
  applicable: number;
  /** answered ÷ mapped (0 when nothing is mapped): compared with the coverage threshold. */
  completeness: number;
  /** N/A ÷ mapped (0 when nothing is mapped). */
  naShare: number;
  /** Weighted mean level score (1–4) of the scored questions; null when none is. */
  score: number | null;
  /** The stage named; null when `unrated` says why not (or nothing is mapped). */
  stage: Stage | null;
  unrated: UnratedReason | null;
  /** Answered at or above the assessment's target for the question (the one target rule). */
  atTarget: number;
  /** The lowest answered stage; the first in framework order on ties. */
  weakest: { questionId: string; stage: Stage } | null;
}

export interface CisaFunctionView extends ViewFigures {
  name: string;
}
export interface CisaPillarView {
  pillar: CisaPillar;
  label: string;
  /** Every question mapped to any of the pillar's functions, each counted once. */
  summary: ViewFigures;
  functions: CisaFunctionView[];
}

export type DodStatus = "attained" | "not_attained" | "not_applicable" | "not_assessed";
export interface DodRequirement {
  questionId: string;
  /** The highest stage of the question that delivers an activity of this capability and level. */
  stage: Stage;
  value: AnswerValue | null;
  met: boolean;
}
export interface DodAttainment {
  status: DodStatus;
  /** In framework order; N/A questions are listed but left out of the status. */
  requirements: DodRequirement[];
}
export interface DodCapabilityView {
  id: DodCapabilityId;
  name: string;
  target: DodAttainment;
  advanced: DodAttainment;
}
export interface DodCount {
  attained: number;
  /** Capabilities with at least one applicable question for that level. */
  assessed: number;
  total: number;
}
export interface DodPillarView {
  pillar: DodPillar;
  target: DodCount;
  advanced: DodCount;
  capabilities: DodCapabilityView[];
}

export interface MicrosoftScenarioView {
  id: MicrosoftScenarioId;
  name: string;
  /** Tagged question ids in framework order (shared between results: do not change). */
  questionIds: readonly string[];
  mapped: number;
  /** mapped − N/A. */
  applicable: number;
  /** Answered, valid N/A included. */
  answered: number;
  notApplicable: number;
  /** Answered with a stage. */
  scored: number;
  /** answered ÷ mapped (0 when nothing is mapped). */
  completeness: number;
  /** Applicable questions answered at or above the scenario's target. */
  atTarget: number;
  /** Σ min(stage index, target index) over the applicable questions; unanswered adds 0. */
  achieved: number;
  /** Σ target index over the applicable questions. */
  required: number;
  /** achieved ÷ required; null when nothing is required (every target Traditional, or all N/A). */
  progress: number | null;
}

export interface NistTenetView extends ViewFigures {
  tenet: NistTenet;
  label: string;
  /** Applicable questions answered at Advanced or above. */
  met: number;
  /** met ÷ applicable; null when nothing is applicable. */
  metShare: number | null;
}

interface Unavailable<V extends ViewId> {
  view: V;
  frameworkId: string;
  available: false;
  reason: string;
}
export type CisaView = { view: "cisa"; frameworkId: string; available: true; pillars: CisaPillarView[] } | Unavailable<"cisa">;
export type DodView = { view: "dod"; frameworkId: string; available: true; pillars: DodPillarView[]; target: DodCount; advanced: DodCount } | Unavailable<"dod">;
export type MicrosoftView = { view: "microsoft"; frameworkId: string; available: true; scenarios: MicrosoftScenarioView[] } | Unavailable<"microsoft">;
export type NistView = { view: "nist"; frameworkId: string; available: true; tenets: NistTenetView[] } | Unavailable<"nist">;
export type AssessmentView = CisaView | DodView | MicrosoftView | NistView;

/** The questions mapped to one part of a view: their positions and, ready to hand out, their ids. */
interface Part {
  positions: readonly number[];
  questionIds: readonly string[];
}

/** What a view needs of the framework, built once per framework object (per-framework.ts). */
interface ViewIndex {
  ids: readonly string[];
  weights: readonly number[];
  cisa: (Part & { pillar: CisaPillar; functions: (Part & { name: string })[] })[];
  /** Per capability and level: the positions of the questions that deliver it, with the highest delivering stage. */
  dod: Map<string, { position: number; stage: number }[]> | null;
  scenarios: (Part & { id: MicrosoftScenarioId })[] | null;
  nist: (Part & { tenet: NistTenet })[];
  /** Per-question targets of each scenario's preset, by the policy's default target. */
  scenarioTargets: Map<Stage, number[][]>;
}

const dodKey = (capability: string, level: DodActivityLevel) => `${capability}:${level}`;

function buildIndex(framework: Framework): ViewIndex {
  const { questions } = framework;
  const part = (mapped: (question: Question) => boolean): Part => {
    const positions = questions.flatMap((question, position) => (mapped(question) ? [position] : []));
    return { positions, questionIds: positions.map((position) => questions[position]!.id) };
  };
  const hasDetail = questions.length > 0 && questions.every((question) => question.detail);
  const cisa = (Object.keys(CISA_FUNCTIONS) as CisaPillar[]).map((pillar) => {
    const functions = CISA_FUNCTIONS[pillar].map((name) => ({ name, ...part((question) => question.mappings.cisa.some((ref) => ref.pillar === pillar && ref.function === name)) }));
    return { pillar, functions, ...part((question) => question.mappings.cisa.some((ref) => ref.pillar === pillar)) };
  });
  let dod: ViewIndex["dod"] = null;
  if (hasDetail) {
    dod = new Map();
    questions.forEach((question, position) => {
      for (const stage of STAGES) {
        if (stage === "traditional") continue;
        for (const ref of question.detail!.dod[stage] ?? []) {
          const key = dodKey(ref.capability, ref.level);
          const list = dod!.get(key) ?? [];
          const existing = list.find((entry) => entry.position === position);
          // Stages come in ascending order, so the last one delivering the activity is the highest.
          if (existing) existing.stage = stageIndex(stage);
          else list.push({ position, stage: stageIndex(stage) });
          dod!.set(key, list);
        }
      }
    });
  }
  const scenarios = hasDetail
    ? (Object.keys(MICROSOFT_SCENARIOS) as MicrosoftScenarioId[]).map((id) => ({ id, ...part((question) => question.detail!.microsoft.scenarios.includes(id)) }))
    : null;
  const nist = ([1, 2, 3, 4, 5, 6, 7] as const).map((tenet) => ({ tenet, ...part((question) => question.mappings.nist.includes(tenet)) }));
  return { ids: questions.map((question) => question.id), weights: questions.map((question) => question.weight), cisa, dod, scenarios, nist, scenarioTargets: new Map() };
}

const viewIndex = perFramework(buildIndex);

/**
 * Each scenario's per-question target index: its preset's targets (pillars and question groups)
 * by the one target rule. A scenario without a preset in this version aims at the default target.
 */
function scenarioTargets(framework: Framework, index: ViewIndex, policy: Pick<ScoringPolicy, "defaultTarget">): number[][] {
  let targets = index.scenarioTargets.get(policy.defaultTarget);
  if (!targets) {
    targets = (index.scenarios ?? []).map(({ id }) => {
      const preset = framework.presets.find((candidate) => candidate.id === id);
      return questionTargets(framework, preset ? presetTargets(preset) : {}, policy).map(stageIndex);
    });
    index.scenarioTargets.set(policy.defaultTarget, targets);
  }
  return targets;
}

interface Inputs {
  index: ViewIndex;
  /** Each question's level (levels.ts): N/A, unanswered or the stage index. */
  levels: readonly number[];
  /** Each question's target stage index by the one target rule. */
  targets: number[];
}

/** Read once per assessment, however many views are drawn from it. */
function inputsOf(framework: Framework, answers: readonly AnswerInput[], targets: Targets, policy: ScoringPolicy): Inputs {
  const { levels } = resolveAnswers(framework, answers, policy);
  return { index: viewIndex(framework), levels, targets: questionTargets(framework, targets, policy).map(stageIndex) };
}

/** Shares compared with a threshold: 4 of 5 answered is 80% even after floating-point division (as in maturity.ts). */
const TOLERANCE = 1e-9;

/** The pillars' rule, in the same order: answer more, then review N/A, then score something. */
function unratedReason({ mapped, completeness, naShare, score }: Pick<ViewFigures, "mapped" | "completeness" | "naShare" | "score">, policy: ScoringPolicy): UnratedReason | null {
  if (mapped === 0) return "not_scored";
  if (completeness < policy.coverageThreshold - TOLERANCE) return "not_enough_answers";
  if (naShare > policy.naThreshold + TOLERANCE) return "too_many_na";
  return score === null ? "not_scored" : null;
}

function figuresOf({ positions, questionIds }: Part, { index, levels, targets }: Inputs, policy: ScoringPolicy): ViewFigures {
  let scored = 0;
  let notApplicable = 0;
  let weightedSum = 0;
  let weight = 0;
  let atTarget = 0;
  let weakest = -1;
  for (const position of positions) {
    const level = levels[position]!;
    if (level === NOT_APPLICABLE) notApplicable++;
    else if (level >= 0) {
      scored++;
      weightedSum += index.weights[position]! * (level + 1);
      weight += index.weights[position]!;
      if (level >= targets[position]!) atTarget++;
      if (weakest === -1 || level < levels[weakest]!) weakest = position;
    }
  }
  const mapped = positions.length;
  const applicable = mapped - notApplicable;
  const score = weight > 0 ? weightedSum / weight : null;
  const completeness = mapped === 0 ? 0 : (scored + notApplicable) / mapped;
  const naShare = mapped === 0 ? 0 : notApplicable / mapped;
  const unrated = unratedReason({ mapped, completeness, naShare, score }, policy);
  return {
    questionIds,
    mapped,
    answered: scored + notApplicable,
    notApplicable,
    scored,
    applicable,
    completeness,
    naShare,
    score,
    stage: unrated || score === null ? null : stageForScore(score),
    unrated,
    atTarget,
    weakest: weakest === -1 ? null : { questionId: index.ids[weakest]!, stage: STAGES[levels[weakest]!]! },
  };
}

/** CISA ZTMM: every CISA pillar (the cross-cutting "enterprise" row included) and each of its functions. */
export function cisaView(framework: Framework, answers: readonly AnswerInput[], targets: Targets, policy: ScoringPolicy): CisaView {
  return cisaOf(framework, inputsOf(framework, answers, targets, policy), policy);
}

function cisaOf(framework: Framework, inputs: Inputs, policy: ScoringPolicy): CisaView {
  return {
    view: "cisa",
    frameworkId: framework.id,
    available: true,
    pillars: inputs.index.cisa.map((pillar) => ({
      pillar: pillar.pillar,
      label: CISA_PILLAR_LABELS[pillar.pillar],
      summary: figuresOf(pillar, inputs, policy),
      functions: pillar.functions.map((fn) => ({ name: fn.name, ...figuresOf(fn, inputs, policy) })),
    })),
  };
}

const unavailable = <V extends ViewId>(view: V, framework: Framework, what: string): Unavailable<V> => ({
  view,
  frameworkId: framework.id,
  available: false,
  reason: `${what} are not available for question bank version ${framework.id}: its questions carry no such mapping. Move the assessment to a later version to see this view.`,
});

function attainment(entries: readonly { position: number; stage: number }[] | undefined, { index, levels }: Inputs): DodAttainment {
  if (!entries || entries.length === 0) return { status: "not_assessed", requirements: [] };
  let applicable = 0;
  let met = 0;
  const requirements = entries.map(({ position, stage }) => {
    const level = levels[position]!;
    const reached = level >= stage;
    if (level !== NOT_APPLICABLE) applicable++;
    if (reached) met++;
    return { questionId: index.ids[position]!, stage: STAGES[stage]!, value: valueOfLevel(levels[position]!), met: reached };
  });
  const status: DodStatus = applicable === 0 ? "not_applicable" : met === applicable ? "attained" : "not_attained";
  return { status, requirements };
}

const countOf = (list: readonly DodAttainment[]): DodCount => ({
  attained: list.filter((item) => item.status === "attained").length,
  assessed: list.filter((item) => item.status === "attained" || item.status === "not_attained").length,
  total: list.length,
});

/**
 * DoD: a capability's Target level is attained when every applicable question whose stage delivers
 * a Target-level activity of it is answered at or above that stage (unanswered is not attained);
 * the Advanced level likewise, on its own.
 */
export function dodView(framework: Framework, answers: readonly AnswerInput[], policy: ScoringPolicy): DodView {
  return dodOf(framework, inputsOf(framework, answers, {}, policy));
}

function dodOf(framework: Framework, inputs: Inputs): DodView {
  const { dod } = inputs.index;
  if (!dod) return unavailable("dod", framework, "DoD capability mappings");
  const capabilities = (Object.keys(DOD_CAPABILITIES) as DodCapabilityId[]).map((id) => ({
    id,
    name: DOD_CAPABILITIES[id],
    target: attainment(dod.get(dodKey(id, "target")), inputs),
    advanced: attainment(dod.get(dodKey(id, "advanced")), inputs),
  }));
  const pillars = DOD_PILLARS.map((pillar, position) => {
    const own = capabilities.filter((capability) => capability.id.startsWith(`${position + 1}.`));
    return { pillar, target: countOf(own.map((c) => c.target)), advanced: countOf(own.map((c) => c.advanced)), capabilities: own };
  });
  return { view: "dod", frameworkId: framework.id, available: true, pillars, target: countOf(capabilities.map((c) => c.target)), advanced: countOf(capabilities.map((c) => c.advanced)) };
}

/**
 * Microsoft: per business scenario, against that scenario's preset targets (not the assessment's):
 * progress = Σ min(stage index, target index) ÷ Σ target index over its applicable questions, so a
 * stage above target earns nothing extra and an unanswered question counts as Traditional.
 */
export function microsoftView(framework: Framework, answers: readonly AnswerInput[], policy: ScoringPolicy): MicrosoftView {
  return microsoftOf(framework, inputsOf(framework, answers, {}, policy), policy);
}

function microsoftOf(framework: Framework, { index, levels }: Inputs, policy: ScoringPolicy): MicrosoftView {
  if (!index.scenarios) return unavailable("microsoft", framework, "Microsoft business scenario mappings");
  const targets = scenarioTargets(framework, index, policy);
  const scenarios = index.scenarios.map(({ id, positions, questionIds }, scenario) => {
    const target = targets[scenario]!;
    let scored = 0;
    let notApplicable = 0;
    let atTarget = 0;
    let achieved = 0;
    let required = 0;
    for (const position of positions) {
      const level = levels[position]!;
      if (level === NOT_APPLICABLE) {
        notApplicable++;
        continue;
      }
      const aim = target[position]!;
      required += aim;
      if (level >= 0) {
        scored++;
        achieved += Math.min(level, aim);
        if (level >= aim) atTarget++;
      }
    }
    const applicable = positions.length - notApplicable;
    return {
      id,
      name: MICROSOFT_SCENARIOS[id],
      questionIds,
      mapped: positions.length,
      applicable,
      answered: scored + notApplicable,
      notApplicable,
      scored,
      completeness: positions.length === 0 ? 0 : (scored + notApplicable) / positions.length,
      atTarget,
      achieved,
      required,
      progress: required === 0 ? null : achieved / required,
    };
  });
  return { view: "microsoft", frameworkId: framework.id, available: true, scenarios };
}

/** NIST SP 800-207: per tenet, the share of applicable questions at Advanced or above ("met"), beside the CISA-style figures. */
export function nistView(framework: Framework, answers: readonly AnswerInput[], targets: Targets, policy: ScoringPolicy): NistView {
  return nistOf(framework, inputsOf(framework, answers, targets, policy), policy);
}

function nistOf(framework: Framework, inputs: Inputs, policy: ScoringPolicy): NistView {
  const advanced = stageIndex("advanced");
  const tenets = inputs.index.nist.map((part) => {
    const figures = figuresOf(part, inputs, policy);
    let met = 0;
    for (const position of part.positions) if (inputs.levels[position]! >= advanced) met++;
    return { tenet: part.tenet, label: NIST_TENETS[part.tenet], ...figures, met, metShare: figures.applicable === 0 ? null : met / figures.applicable };
  });
  return { view: "nist", frameworkId: framework.id, available: true, tenets };
}

/** One view by id: what the API and the dashboard ask for. */
export function assessmentView(view: ViewId, framework: Framework, answers: readonly AnswerInput[], targets: Targets, policy: ScoringPolicy): AssessmentView {
  switch (view) {
    case "cisa":
      return cisaView(framework, answers, targets, policy);
    case "dod":
      return dodView(framework, answers, policy);
    case "microsoft":
      return microsoftView(framework, answers, policy);
    case "nist":
      return nistView(framework, answers, targets, policy);
  }
}

export interface AllViews {
  cisa: CisaView;
  dod: DodView;
  microsoft: MicrosoftView;
  nist: NistView;
}

/** Every view at once, as the report's appendices show them. */
export function allViews(framework: Framework, answers: readonly AnswerInput[], targets: Targets, policy: ScoringPolicy): AllViews {
  const inputs = inputsOf(framework, answers, targets, policy);
  return { cisa: cisaOf(framework, inputs, policy), dod: dodOf(framework, inputs), microsoft: microsoftOf(framework, inputs, policy), nist: nistOf(framework, inputs, policy) };
}

import type { Effort, Impact, PillarId, Stage } from "../framework/types";
import type { ScoringPolicy } from "./policy";

/** What is scored for an answered question. */
export type AnswerValue = Stage | "not_applicable";

/** What an architect can answer: a scored value, or "unknown", which is scored as unanswered. */
export type AnswerChoice = AnswerValue | "unknown";

export interface AnswerInput {
  questionId: string;
  value: AnswerChoice;
  /** Required for "not_applicable": an N/A without a non-blank reason is not scored. */
  naReason?: string | null;
  /** Whether an admin approved the N/A; read only when the policy requires approval. */
  naApproved?: boolean;
}

/**
 * Target stage per pillar; a pillar without one takes the policy's default target. `groups`
 * (from zt-2026.2's presets) sets the target of a question group, overriding its pillar's for
 * those questions (see targets.ts: the one target rule).
 */
export type Targets = Partial<Record<PillarId, Stage>> & { groups?: Record<string, Stage> };

export type IssueCode =
  /** The answer names a question this framework version does not have; it is ignored. */
  | "unknown_question"
  /** N/A without a reason; the question counts as unanswered. */
  | "na_reason_missing"
  /** The value is neither a stage nor "not_applicable"; the question counts as unanswered. */
  | "invalid_value"
  /** The question was answered more than once; the last answer wins. */
  | "duplicate_answer"
  /** N/A on a question that applies to every organisation; the question counts as unanswered. */
  | "na_not_allowed"
  /** N/A not yet approved where the policy requires approval; the question counts as unanswered. */
  | "na_pending_approval";

export interface ScoringIssue {
  questionId: string;
  code: IssueCode;
}

/** Number of questions per answer. */
export type Distribution = Record<AnswerValue | "unanswered", number>;

/**
 * The answer that was scored for a question: null when unanswered (or its answer was rejected).
 * Shared between results and frozen (maturity.ts), so read-only.
 */
export interface QuestionOutcome {
  readonly questionId: string;
  readonly pillar: PillarId;
  readonly value: AnswerValue | null;
}

/** "no_target" only in results scored with scoring v1, where a pillar could have no target. */
export type GapUnavailableReason = "not_scored" | "no_target";

/**
 * Why no stage is named: fewer answers than the coverage threshold, more N/A than the N/A
 * threshold (pillars), a critical question unanswered (pillars), no question with a stage, or
 * (overall) a pillar that names no stage.
 */
export type UnratedReason = "not_enough_answers" | "too_many_na" | "critical_unanswered" | "not_scored" | "pillars_unrated";

/** How far a part is from its named stage to the next: "Initial, 90% of the way to Advanced". */
export interface StageProgress {
  toward: Stage;
  /** From 0 (just reached the named stage) to below 1. */
  share: number;
}

export interface PillarScore {
  pillar: PillarId;
  /** Weighted mean level score from 1.0 to 4.0; null when no question of the pillar is scored. */
  score: number | null;
  /** The stage named for the pillar: the mean's stage held to its weakest important question; null when unrated. */
  stage: Stage | null;
  /** Why `stage` is null; null when a stage is named. */
  unrated: UnratedReason | null;
  /** The stage the mean alone would name, shown beside the named stage; null without a score. */
  meanStage: Stage | null;
  /** Σ weight × level score of the scored questions: the numerator of `score`. */
  weightedSum: number;
  /** Σ weight of the scored questions: the denominator of `score`. */
  scoredWeight: number;
  distribution: Distribution;
  /** Questions answered, valid N/A included. */
  answered: number;
  total: number;
  /** answered ÷ total, from 0 to 1: compared with the policy's coverage threshold. */
  completeness: number;
  /** N/A answers ÷ questions, from 0 to 1. */
  naShare: number;
  /** The N/A share is above the policy's threshold: the pillar names no stage until it is reviewed. */
  naFlagged: boolean;
  /** Question ids in framework order. */
  unanswered: string[];
  /** The pillar's target: the assessment's, else the policy's default (`targetSource`). */
  target: Stage;
  targetSource: "assessment" | "default";
  /**
   * The important question (critical, or weight 3 before zt-2026.2) whose lower stage holds the
   * pillar's stage below what its mean would name: a pillar is never stronger than its weakest
   * important control. Null when nothing caps it.
   */
  cappedBy: { questionId: string; stage: Stage } | null;
  /** The first important question unanswered (or Unknown): it could be the weakest link, so the pillar names no stage. */
  unansweredCritical: string | null;
  /** Toward the next stage; null at Optimal, when capped (the cap must move first) or unrated. */
  progress: StageProgress | null;
  /** Mean shortfall to target in stages, Σ weight × max(0, target − stage) ÷ Σ weight over scored questions. */
  gap: number | null;
  gapUnavailable: GapUnavailableReason | null;
}

export interface OverallScore {
  /**
   * Weighted mean level score of every scored question, each weight normalised within its pillar
   * (weight × questions ÷ Σ weights), so a question's pull does not depend on its pillar's size.
   */
  score: number | null;
  /** The weakest pillar's named stage: the overall is never named above any pillar. Null when unrated. */
  stage: Stage | null;
  unrated: UnratedReason | null;
  /** Pillars that name no stage, which keep the overall from naming one. */
  unratedPillars: PillarId[];
  meanStage: Stage | null;
  distribution: Distribution;
  answered: number;
  total: number;
  completeness: number;
  naShare: number;
  /** Toward the next stage: the mean over pillars of each pillar's way there (1 for those already past it). */
  progress: StageProgress | null;
  /** Mean shortfall to target in stages over every scored question, with normalised weights. */
  gap: number | null;
  /** Pillars with a score. */
  scoredPillars: number;
  /** The pillar with the lowest named stage, then the lowest score; ties go to framework order. Always shown. */
  weakestPillar: { pillar: PillarId; score: number; stage: Stage | null } | null;
  /** Highest minus lowest pillar score. */
  spread: number | null;
}

export interface ScoreResult {
  frameworkId: string;
  /** The scoring rules' version (policy.ts SCORING_VERSION). */
  scoringVersion: number;
  /** The thresholds and default target the result was computed with. */
  policy: ScoringPolicy;
  /** In framework pillar order. */
  pillars: PillarScore[];
  overall: OverallScore;
  /** Every question in framework order, with the answer that was scored. */
  questions: QuestionOutcome[];
  /** Unanswered question ids, pillar by pillar, each in framework order. */
  unanswered: string[];
  issues: ScoringIssue[];
}

/** A step out of a question's stage; most are shared between results and frozen (next-steps.ts), so read-only. */
export interface NextStepItem {
  readonly questionId: string;
  readonly pillar: PillarId;
  readonly title: string;
  readonly fromStage: Stage;
  readonly toStage: Stage;
  readonly action: string;
  readonly effort: Effort;
  readonly impact: Impact;
  readonly weight: 1 | 2 | 3;
  /** The question's target (targets.ts). */
  readonly target: Stage;
  /** Stages from the current answer to the target. */
  readonly gap: number;
  /**
   * How much of the overall shortfall the step closes per unit of effort: normalised weight ×
   * impact × 2 for an important question ÷ effort cost (S 1, M 2, L 3). Ties: lower current stage,
   * then framework order.
   */
  readonly priority: number;
  /** Questions this step needs first (zt-2026.2 prerequisites not yet met); their steps come before it. */
  readonly needs: readonly string[];
  /** The question is at its target but another question's step needs it higher. */
  readonly enabling: boolean;
  /** Other questions whose step is this same action, folded into this one. */
  readonly alsoFor: readonly string[];
}

/** "changed" is a move to or from N/A; "added" and "removed" are moves from and to unanswered. */
export type QuestionChangeDirection = "up" | "down" | "changed" | "added" | "removed";

export interface QuestionChange {
  questionId: string;
  pillar: PillarId;
  before: AnswerValue | null;
  after: AnswerValue | null;
  direction: QuestionChangeDirection;
}

export interface ScoreChange {
  before: number | null;
  after: number | null;
  /** after − before; null unless both are scored. */
  delta: number | null;
  beforeStage: Stage | null;
  afterStage: Stage | null;
  stageChanged: boolean;
}

export interface PillarChange extends ScoreChange {
  pillar: PillarId;
}

export interface ScoreDiff {
  /** Only the questions whose scored answer differs. */
  questions: QuestionChange[];
  pillars: PillarChange[];
  overall: ScoreChange;
}

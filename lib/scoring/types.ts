import type { Effort, Impact, PillarId, Stage } from "../framework/types";

/** What is scored for an answered question. */
export type AnswerValue = Stage | "not_applicable";

/** What an architect can answer: a scored value, or "unknown", which is scored as unanswered. */
export type AnswerChoice = AnswerValue | "unknown";

export interface AnswerInput {
  questionId: string;
  value: AnswerChoice;
  /** Required for "not_applicable": an N/A without a non-blank reason is not scored. */
  naReason?: string | null;
}

/**
 * Target stage per pillar; a pillar without a target aims at optimal for next steps. `groups`
 * (from zt-2026.2's presets) sets the target of a question group, overriding its pillar's for
 * the next steps of those questions.
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
  | "duplicate_answer";

export interface ScoringIssue {
  questionId: string;
  code: IssueCode;
}

/** Number of questions per answer. */
export type Distribution = Record<AnswerValue | "unanswered", number>;

/** The answer that was scored for a question: null when unanswered (or its answer was rejected). */
export interface QuestionOutcome {
  questionId: string;
  pillar: PillarId;
  value: AnswerValue | null;
}

export type GapUnavailableReason = "no_target" | "not_scored";

export interface PillarScore {
  pillar: PillarId;
  /** Weighted mean level score from 1.0 to 4.0; null when no question of the pillar is scored. */
  score: number | null;
  stage: Stage | null;
  /** Σ weight × level score of the scored questions: the numerator of `score`. */
  weightedSum: number;
  /** Σ weight of the scored questions: the denominator of `score`. */
  scoredWeight: number;
  distribution: Distribution;
  /** Questions answered, valid N/A included. */
  answered: number;
  total: number;
  /** answered ÷ total, from 0 to 1. */
  completeness: number;
  /** Question ids in framework order. */
  unanswered: string[];
  target: Stage | null;
  /**
   * The critical question (zt-2026.2 `importance`) whose lower stage holds the pillar's stage below
   * what its score would name: a pillar is never stronger than its weakest critical control.
   * Null when nothing caps it; absent from results computed before zt-2026.2.
   */
  cappedBy?: { questionId: string; stage: Stage } | null;
  /** max(0, target level score − score, the score held at the cap's level); null when there is no target or no score. */
  gap: number | null;
  gapUnavailable: GapUnavailableReason | null;
}

export interface OverallScore {
  /** Mean of the pillar scores that are not null, each pillar counting equally. */
  score: number | null;
  stage: Stage | null;
  distribution: Distribution;
  answered: number;
  total: number;
  completeness: number;
  /** Pillars with a score: the number the mean is taken over. */
  scoredPillars: number;
  /** Lowest pillar score; ties go to the pillar listed first in the framework. */
  weakestPillar: { pillar: PillarId; score: number } | null;
  /** Highest minus lowest pillar score. */
  spread: number | null;
}

export interface ScoreResult {
  frameworkId: string;
  /** In framework pillar order. */
  pillars: PillarScore[];
  overall: OverallScore;
  /** Every question in framework order, with the answer that was scored. */
  questions: QuestionOutcome[];
  /** Unanswered question ids, pillar by pillar, each in framework order. */
  unanswered: string[];
  issues: ScoringIssue[];
}

export interface NextStepItem {
  questionId: string;
  pillar: PillarId;
  title: string;
  fromStage: Stage;
  toStage: Stage;
  action: string;
  effort: Effort;
  impact: Impact;
  weight: 1 | 2 | 3;
  /** Stages from the current answer to the pillar's target. */
  gap: number;
  /** gap × weight × impact ÷ effort cost (S 1, M 2, L 3). */
  priority: number;
  /** Questions this step needs first (zt-2026.2 prerequisites not yet met); the step ranks after theirs. */
  needs: readonly string[];
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

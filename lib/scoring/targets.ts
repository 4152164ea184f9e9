import { STAGES, type Framework, type Stage } from "../framework/types";
import { frameworkIndex } from "./framework-index";
import { stageIndex } from "./levels";
import type { ScoringPolicy } from "./policy";
import type { Targets } from "./types";

/**
 * The one target rule, used by the score, the gap, the next steps and the roadmap alike: a
 * question aims at its group's target, else its pillar's, else the organisation's default. This
 * is the pillar's part, given the target the pillar sets itself (`targets[pillar]`).
 */
export function pillarTarget(own: Stage | undefined, policy: Pick<ScoringPolicy, "defaultTarget">): Stage {
  return own ?? policy.defaultTarget;
}

/** The target of each `framework.questions[i]`, by the rule above. */
export function questionTargets(framework: Framework, targets: Targets, policy: Pick<ScoringPolicy, "defaultTarget">): Stage[] {
  return targetIndexesOf(framework, targets, policy).targetIndexes.map((index) => STAGES[index]!);
}

export interface TargetIndexes {
  /** The target each `framework.pillars[i]` sets itself, undefined where it takes the default. */
  ownPillarTargets: (Stage | undefined)[];
  targetIndexes: number[];
}

/**
 * Each pillar's own target and each question's target (a stage index: scoring, next steps and the
 * roadmap read them for every question of every assessment), reading `targets` once per pillar:
 * a lookup by a pillar id held in a variable, on target objects of several shapes, costs more
 * than the rest of the loop, and scoring needs the pillars' targets too.
 */
export function targetIndexesOf(framework: Framework, targets: Targets, policy: Pick<ScoringPolicy, "defaultTarget">): TargetIndexes {
  const { pillarPositions, groupIndexes, groupPositions } = frameworkIndex(framework);
  const { pillars } = framework;
  const ownPillarTargets = new Array<Stage | undefined>(pillars.length);
  const byPillar = new Array<number>(pillars.length);
  const fallback = stageIndex(policy.defaultTarget);
  for (let pillar = 0; pillar < pillars.length; pillar++) {
    const own = targets[pillars[pillar]!.id];
    ownPillarTargets[pillar] = own;
    byPillar[pillar] = stageIndex(pillarTarget(own, policy));
  }
  // Each group's target looked up once, not once per question: -1 where the targets set none. A
  // preset targets a few groups, so its own keys are read rather than every group of the framework.
  const byGroup = new Array<number>(groupIndexes.size).fill(-1);
  const groups = targets.groups;
  if (groups) {
    for (const id in groups) {
      const group = groupIndexes.get(id);
      const stage = groups[id];
      if (group !== undefined && stage) byGroup[group] = stageIndex(stage);
    }
  }
  const indexes = new Array<number>(pillarPositions.length);
  for (let position = 0; position < indexes.length; position++) {
    const group = groupPositions[position]!;
    const fromGroup = group >= 0 ? byGroup[group]! : -1;
    indexes[position] = fromGroup >= 0 ? fromGroup : (byPillar[pillarPositions[position]!] ?? fallback);
  }
  return { ownPillarTargets, targetIndexes: indexes };
}

/** Ids of the answered, applicable questions below their target: the gaps still open. */
export function questionsBelowTarget(framework: Framework, { levels, targetIndexes }: { levels: readonly number[]; targetIndexes: readonly number[] }): string[] {
  // N/A and unanswered levels are negative, below every target.
  return framework.questions.flatMap((question, position) => (levels[position]! >= 0 && levels[position]! < targetIndexes[position]! ? [question.id] : []));
}

import { STAGES, type Framework, type PillarId, type Stage } from "../framework/types";
import { frameworkIndex } from "./framework-index";
import { stageIndex } from "./levels";
import type { ScoringPolicy } from "./policy";
import type { AnswerValue, Targets } from "./types";

/**
 * The one target rule, used by the score, the gap, the next steps and the roadmap alike: a
 * question aims at its group's target, else its pillar's, else the organisation's default.
 */
export function pillarTarget(targets: Targets, pillar: PillarId, policy: Pick<ScoringPolicy, "defaultTarget">): Stage {
  return targets[pillar] ?? policy.defaultTarget;
}

/** The target of each `framework.questions[i]`, by the rule above. */
export function questionTargets(framework: Framework, targets: Targets, policy: Pick<ScoringPolicy, "defaultTarget">): Stage[] {
  return questionTargetIndexes(framework, targets, policy).map((index) => STAGES[index]!);
}

/**
 * The same, as stage indexes (0 Traditional to 3 Optimal): scoring, next steps and the roadmap
 * read them for every question of every assessment, so they are numbers in a plain loop.
 */
export function questionTargetIndexes(framework: Framework, targets: Targets, policy: Pick<ScoringPolicy, "defaultTarget">): number[] {
  const { pillarPositions, groupIndexes, groupPositions } = frameworkIndex(framework);
  const byPillar = framework.pillars.map((pillar) => stageIndex(pillarTarget(targets, pillar.id, policy)));
  const fallback = stageIndex(policy.defaultTarget);
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
  return indexes;
}

/** Ids of the answered, applicable questions below their target: the gaps still open. */
export function questionsBelowTarget(framework: Framework, { values, targetIndexes }: { values: readonly (AnswerValue | null)[]; targetIndexes: readonly number[] }): string[] {
  return framework.questions.flatMap((question, position) => {
    const value = values[position];
    return value && value !== "not_applicable" && stageIndex(value) < targetIndexes[position]! ? [question.id] : [];
  });
}

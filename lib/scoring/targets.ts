import type { Framework, PillarId, Stage } from "../framework/types";
import { frameworkIndex } from "./framework-index";
import type { ScoringPolicy } from "./policy";
import type { Targets } from "./types";

/**
 * The one target rule, used by the score, the gap, the next steps and the roadmap alike: a
 * question aims at its group's target, else its pillar's, else the organisation's default.
 */
export function pillarTarget(targets: Targets, pillar: PillarId, policy: Pick<ScoringPolicy, "defaultTarget">): Stage {
  return targets[pillar] ?? policy.defaultTarget;
}

/** The target of each `framework.questions[i]`, by the rule above. */
export function questionTargets(framework: Framework, targets: Targets, policy: Pick<ScoringPolicy, "defaultTarget">): Stage[] {
  const { pillarPositions } = frameworkIndex(framework);
  const byPillar = framework.pillars.map((pillar) => pillarTarget(targets, pillar.id, policy));
  const groups = targets.groups ?? {};
  return framework.questions.map((question, position) => (question.detail && groups[question.detail.group]) || byPillar[pillarPositions[position]!] || policy.defaultTarget);
}

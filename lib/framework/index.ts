import type { Framework, PillarId, Question, Stage, TargetPreset } from "./types";
import { zt2026_1 } from "./versions/zt-2026.1/framework";
import { zt2026_2 } from "./versions/zt-2026.2/framework";

/** Every released version, oldest first. Old versions stay loadable for old assessments. */
export const FRAMEWORKS: readonly Framework[] = [zt2026_1, zt2026_2];

export const LATEST_FRAMEWORK: Framework = FRAMEWORKS[FRAMEWORKS.length - 1]!;

export function getFramework(id: string): Framework | undefined {
  return FRAMEWORKS.find((framework) => framework.id === id);
}

export function questionsByPillar(framework: Framework, pillar: PillarId): Question[] {
  return framework.questions.filter((question) => question.pillar === pillar);
}

/** The ids of a pillar's questions in every released version: stored rows name questions, not pillars. */
export function pillarQuestionIds(pillar: PillarId): string[] {
  return [...new Set(FRAMEWORKS.flatMap((framework) => questionsByPillar(framework, pillar).map((question) => question.id)))];
}

/** A preset's pillar targets with its question-group targets, copied so edits never touch the framework. */
export function presetTargets(preset: TargetPreset): Record<PillarId, Stage> & { groups?: Record<string, Stage> } {
  return { ...preset.targets, ...(preset.groups ? { groups: { ...preset.groups } } : {}) };
}

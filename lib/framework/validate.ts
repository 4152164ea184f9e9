import {
  CISA_FUNCTIONS,
  PILLARS,
  STAGES,
  TECHNOLOGY_PILLARS,
  type CisaPillar,
  type Framework,
  type Question,
} from "./types";

export const MIN_QUESTIONS_PER_TECHNOLOGY_PILLAR = 8;
export const MIN_QUESTIONS_PER_CAPABILITY = 4;
export const MIN_QUESTIONS = 60;

const blank = (value: unknown) => typeof value !== "string" || value.trim() === "";

function questionProblems(question: Question): string[] {
  const problems: string[] = [];
  const where = `question ${question.id || "(no id)"}`;
  if (!/^[A-Z]{3}-\d{2}$/.test(question.id ?? "")) problems.push(`${where}: id must look like "IDN-01"`);
  for (const field of ["title", "prompt", "why"] as const) {
    if (blank(question[field])) problems.push(`${where}: missing ${field}`);
  }
  if (!PILLARS.includes(question.pillar)) problems.push(`${where}: unknown pillar "${question.pillar}"`);
  for (const stage of STAGES) {
    if (blank(question.levels?.[stage])) problems.push(`${where}: missing the ${stage} level descriptor`);
  }
  for (const stage of STAGES.slice(0, -1) as (keyof Question["nextSteps"])[]) {
    const step = question.nextSteps?.[stage];
    if (!step || blank(step.action)) problems.push(`${where}: the ${stage} level has no next step`);
    else {
      if (!["S", "M", "L"].includes(step.effort)) problems.push(`${where}: next step from ${stage} has an invalid effort`);
      if (!(step.impact >= 1 && step.impact <= 5)) problems.push(`${where}: next step from ${stage} has an invalid impact`);
    }
  }
  if (![1, 2, 3].includes(question.weight)) problems.push(`${where}: weight must be 1, 2 or 3`);
  if (!question.mappings?.cisa?.length) problems.push(`${where}: no CISA ZTMM mapping`);
  for (const ref of question.mappings?.cisa ?? []) {
    const functions: readonly string[] = CISA_FUNCTIONS[ref.pillar as CisaPillar] ?? [];
    if (!functions.includes(ref.function)) problems.push(`${where}: unknown CISA function "${ref.pillar} / ${ref.function}"`);
  }
  if (!question.mappings?.nist?.length || question.mappings.nist.some((tenet) => !(tenet >= 1 && tenet <= 7))) {
    problems.push(`${where}: NIST SP 800-207 tenets must be numbers from 1 to 7`);
  }
  if (blank(question.mappings?.dod)) problems.push(`${where}: no DoD pillar`);
  return problems;
}

/** Every problem that would make a framework version unfit to release; empty when sound. */
export function validateFramework(framework: Framework): string[] {
  const problems = framework.questions.flatMap(questionProblems);

  const seen = new Set<string>();
  for (const { id } of framework.questions) {
    if (seen.has(id)) problems.push(`duplicate question id ${id}`);
    seen.add(id);
  }

  const pillarIds = framework.pillars.map((pillar) => pillar.id);
  for (const pillar of PILLARS) {
    if (!pillarIds.includes(pillar)) problems.push(`pillar ${pillar} is not defined`);
    const count = framework.questions.filter((question) => question.pillar === pillar).length;
    const minimum = (TECHNOLOGY_PILLARS as readonly string[]).includes(pillar) ? MIN_QUESTIONS_PER_TECHNOLOGY_PILLAR : MIN_QUESTIONS_PER_CAPABILITY;
    if (count < minimum) problems.push(`pillar ${pillar} has ${count} questions; at least ${minimum} are needed`);
  }
  if (framework.questions.length < MIN_QUESTIONS) problems.push(`${framework.questions.length} questions; at least ${MIN_QUESTIONS} are needed`);

  const covered = new Set(framework.questions.flatMap((question) => question.mappings?.cisa ?? []).map((ref) => `${ref.pillar} / ${ref.function}`));
  for (const [pillar, functions] of Object.entries(CISA_FUNCTIONS)) {
    for (const fn of functions) {
      if (!covered.has(`${pillar} / ${fn}`)) problems.push(`CISA function "${pillar} / ${fn}" is not covered by any question`);
    }
  }

  for (const preset of framework.presets) {
    for (const pillar of PILLARS) {
      if (!STAGES.includes(preset.targets?.[pillar])) problems.push(`preset ${preset.id}: no target stage for ${pillar}`);
    }
  }
  if (framework.presets.length === 0) problems.push("no target presets");
  return problems;
}

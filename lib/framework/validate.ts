import {
  CISA_FUNCTIONS,
  CROSS_CUTTING_CAPABILITIES,
  DOD_CAPABILITIES,
  DOD_PILLARS,
  isFrameworkV2,
  MICROSOFT_OBJECTIVES,
  MICROSOFT_PILLARS,
  MICROSOFT_SCENARIOS,
  PILLARS,
  STAGES,
  TECHNOLOGY_PILLARS,
  type CisaPillar,
  type Framework,
  type FrameworkV2,
  type Question,
  type QuestionV2,
  type Stage,
} from "./types";

export const MIN_QUESTIONS_PER_TECHNOLOGY_PILLAR = 8;
export const MIN_QUESTIONS_PER_CAPABILITY = 4;
export const MIN_QUESTIONS = 60;
export const CRITERIA_PER_LEVEL = { min: 2, max: 4 } as const;

/** Words that leave a quantity to the reader: a criterion says how many, how often or how fast. */
export const VAGUE_QUANTITY = /\b(?:some|most|many|few|several|majority|minority|regularly|periodically|frequently|occasionally|timely|promptly|mostly|largely|nearly|almost|usually|often)\b/i;
/** Percentages and durations in criteria: each must be one of the bank's quantities. */
const PERCENT = /\b\d{1,3}(?:\.\d)?%/g;
const DURATION = /\b\d{1,4} (?:minutes?|hours?|days?|weeks?|months?|years?)\b/g;

const blank = (value: unknown) => typeof value !== "string" || value.trim() === "";
const stageIndex = (stage: Stage) => STAGES.indexOf(stage);

function questionProblems(question: Question, v2: boolean): string[] {
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
  const nist = question.mappings?.nist ?? [];
  // From zt-2026.2 on an empty list is allowed: a programme-level question no tenet speaks to.
  if ((!v2 && nist.length === 0) || nist.some((tenet) => !(tenet >= 1 && tenet <= 7))) {
    problems.push(`${where}: NIST SP 800-207 tenets must be numbers from 1 to 7`);
  }
  if (!v2 && blank(question.mappings?.dod)) problems.push(`${where}: no DoD pillar`);
  return problems;
}

/** Each level's criteria, the checks on their wording, and the steps that reach them. */
function detailProblems(question: QuestionV2, quantities: ReadonlySet<string>): string[] {
  const problems: string[] = [];
  const where = `question ${question.id}`;
  const { detail } = question;
  for (const stage of STAGES) {
    const criteria = detail.criteria?.[stage] ?? [];
    if (criteria.length < CRITERIA_PER_LEVEL.min || criteria.length > CRITERIA_PER_LEVEL.max) {
      problems.push(`${where}: the ${stage} level has ${criteria.length} criteria; it needs ${CRITERIA_PER_LEVEL.min} to ${CRITERIA_PER_LEVEL.max}`);
    }
    for (const [index, criterion] of criteria.entries()) {
      const id = `${stage}-${index + 1}`;
      if (blank(criterion)) problems.push(`${where}: criterion ${id} is blank`);
      const vague = VAGUE_QUANTITY.exec(criterion);
      if (vague) problems.push(`${where}: criterion ${id} says "${vague[0]}"; give the number the bank defines`);
      for (const number of [...criterion.matchAll(PERCENT), ...criterion.matchAll(DURATION)]) {
        if (!quantities.has(number[0])) problems.push(`${where}: criterion ${id} uses "${number[0]}", which is not one of the bank's quantities`);
      }
    }
    if (blank(detail.evidence?.[stage])) problems.push(`${where}: no evidence for the ${stage} level`);
  }
  if (blank(detail.verify)) problems.push(`${where}: no "how to verify"`);
  if (typeof detail.naAllowed !== "boolean") problems.push(`${where}: naAllowed must be true or false`);
  if (!["critical", "standard"].includes(detail.importance)) problems.push(`${where}: importance must be "critical" or "standard"`);
  if (blank(detail.group)) problems.push(`${where}: no question group`);

  for (const stage of STAGES.slice(0, -1) as (keyof Question["nextSteps"])[]) {
    const next = STAGES[stageIndex(stage) + 1]!;
    const achieves = question.nextSteps[stage]?.achieves ?? [];
    const nextIds = (detail.criteria?.[next] ?? []).map((_, index) => `${next}-${index + 1}`);
    for (const id of achieves) {
      const [claimed = ""] = id.split("-");
      if (STAGES.includes(claimed as Stage) && stageIndex(claimed as Stage) > stageIndex(next)) {
        problems.push(`${where}: the next step from ${stage} overshoots: it claims ${id}, beyond ${next}`);
      } else if (!nextIds.includes(id)) problems.push(`${where}: the next step from ${stage} claims ${id}, which is not a criterion of ${next}`);
    }
    const missing = nextIds.filter((id) => !achieves.includes(id as never));
    if (missing.length > 0) problems.push(`${where}: the next step from ${stage} does not reach ${next}: it leaves ${missing.join(", ")}`);
  }

  const microsoft = detail.microsoft;
  if (!microsoft || !MICROSOFT_PILLARS.includes(microsoft.pillar)) problems.push(`${where}: no Microsoft technology pillar`);
  else {
    if (!microsoft.scenarios?.length || microsoft.scenarios.some((scenario) => !(scenario in MICROSOFT_SCENARIOS))) {
      problems.push(`${where}: Microsoft business scenarios must name at least one known scenario`);
    }
    const objective = MICROSOFT_OBJECTIVES[microsoft.objective];
    if (!objective) problems.push(`${where}: unknown Microsoft deployment objective "${microsoft.objective}"`);
    else if (objective.pillar !== microsoft.pillar) problems.push(`${where}: objective ${microsoft.objective} belongs to ${objective.pillar}, not ${microsoft.pillar}`);
  }

  const dodRefs = Object.values(detail.dod ?? {}).flat();
  for (const ref of dodRefs) {
    if (!(ref.capability in DOD_CAPABILITIES)) problems.push(`${where}: unknown DoD capability "${ref.capability}"`);
    if (!["target", "advanced"].includes(ref.level)) problems.push(`${where}: DoD activity level must be "target" or "advanced"`);
  }
  const dodPillars = new Set(dodRefs.map((ref) => DOD_PILLARS[Number(ref.capability.split(".")[0]) - 1]));
  if (dodRefs.length === 0 && question.mappings.dod !== null) problems.push(`${where}: names DoD pillar ${question.mappings.dod} but no DoD capability`);
  if (dodRefs.length > 0 && !dodPillars.has(question.mappings.dod ?? undefined)) {
    problems.push(`${where}: DoD pillar ${question.mappings.dod} is not the pillar of any of its DoD capabilities`);
  }

  const crossCutting = (CROSS_CUTTING_CAPABILITIES as readonly string[]).includes(question.pillar);
  const enterprise = question.mappings.cisa.some((ref) => ref.pillar === "enterprise");
  if (crossCutting && !enterprise) problems.push(`${where}: a cross-cutting question must map to a CISA enterprise-wide capability`);
  if (!crossCutting && enterprise) problems.push(`${where}: only cross-cutting questions map to CISA's enterprise-wide capabilities`);
  return problems;
}

/** Prerequisites name real questions and never form a cycle, counting "level L needs level L−1" of the same question. */
function prerequisiteProblems(questions: readonly QuestionV2[]): string[] {
  const problems: string[] = [];
  const ids = new Set(questions.map((question) => question.id));
  const edges = new Map<string, string[]>();
  const node = (id: string, stage: Stage) => `${id}@${stage}`;
  for (const question of questions) {
    for (const stage of STAGES.slice(1)) edges.set(node(question.id, stage), [node(question.id, STAGES[stageIndex(stage) - 1]!)]);
    for (const prerequisite of question.detail.prerequisites ?? []) {
      if (!ids.has(prerequisite.question) || prerequisite.question === question.id) {
        problems.push(`question ${question.id}: prerequisite names "${prerequisite.question}", which is not another question of this version`);
        continue;
      }
      edges.get(node(question.id, prerequisite.level))?.push(node(prerequisite.question, prerequisite.atLeast));
    }
  }
  // Iterative depth-first search: white (absent), grey (on the path), black (done).
  const colour = new Map<string, "grey" | "black">();
  for (const start of edges.keys()) {
    if (colour.has(start)) continue;
    const stack: { at: string; next: number }[] = [{ at: start, next: 0 }];
    colour.set(start, "grey");
    while (stack.length > 0) {
      const frame = stack.at(-1)!;
      const targets = edges.get(frame.at) ?? [];
      if (frame.next >= targets.length) {
        colour.set(frame.at, "black");
        stack.pop();
        continue;
      }
      const target = targets[frame.next++]!;
      if (colour.get(target) === "grey") {
        const cycle = [...stack.slice(stack.findIndex((entry) => entry.at === target)).map((entry) => entry.at), target];
        problems.push(`prerequisite cycle: ${cycle.join(" → ")}`);
        return problems;
      }
      if (!colour.has(target)) {
        colour.set(target, "grey");
        stack.push({ at: target, next: 0 });
      }
    }
  }
  return problems;
}

function lineageProblems(framework: FrameworkV2, previous: Framework | undefined): string[] {
  const problems: string[] = [];
  const { lineage } = framework;
  if (!previous) return [`lineage: previous version "${lineage.from}" is not released`];
  const current = new Set(framework.questions.map((question) => question.id));
  const reached = new Set<string>();
  const fromSeen = new Set<string>();
  for (const entry of lineage.entries) {
    const label = `lineage ${entry.from ?? "(new)"} → ${entry.to.join(", ") || "(removed)"}`;
    if (entry.from !== null) {
      if (!previous.questions.some((question) => question.id === entry.from)) problems.push(`${label}: ${entry.from} is not a question of ${previous.id}`);
      if (fromSeen.has(entry.from)) problems.push(`${label}: ${entry.from} appears twice`);
      fromSeen.add(entry.from);
    }
    for (const id of entry.to) {
      if (!current.has(id)) problems.push(`${label}: ${id} is not a question of ${framework.id}`);
      reached.add(id);
    }
    const expected = { same: entry.to.length === 1, merged: entry.to.length === 1, split: entry.to.length >= 2, removed: entry.to.length === 0, new: entry.to.length === 1 };
    if (!expected[entry.kind]) problems.push(`${label}: "${entry.kind}" does not fit ${entry.to.length} target questions`);
    if ((entry.kind === "new") !== (entry.from === null)) problems.push(`${label}: only a "new" entry has no previous question`);
    if (blank(entry.note)) problems.push(`${label}: no note`);
  }
  for (const question of previous.questions) if (!fromSeen.has(question.id)) problems.push(`lineage: ${previous.id} question ${question.id} has no entry`);
  for (const id of current) if (!reached.has(id)) problems.push(`lineage: ${id} is reached by no entry`);
  return problems;
}

/** Bank-wide checks of format 2: the impact of a step is judged per step, not read off its stage. */
function bankProblems(framework: FrameworkV2): string[] {
  const problems: string[] = [];
  const byStage = framework.questions.filter(({ nextSteps: { traditional, initial, advanced } }) => traditional.impact > initial.impact && initial.impact > advanced.impact);
  if (byStage.length * 2 > framework.questions.length) {
    problems.push(`impact falls with the stage in ${byStage.length} of ${framework.questions.length} questions: judge each step's impact on its own`);
  }
  const groups = new Set(framework.questions.map((question) => question.detail?.group));
  for (const preset of framework.presets) {
    for (const group of Object.keys(preset.groups ?? {})) if (!groups.has(group)) problems.push(`preset ${preset.id}: no question is in group "${group}"`);
  }
  return problems;
}

/** Every problem that would make a framework version unfit to release; empty when sound. */
export function validateFramework(framework: Framework, previous?: Framework): string[] {
  const v2 = isFrameworkV2(framework);
  const problems = framework.questions.flatMap((question) => questionProblems(question, v2));

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
    // zt-2026.1 predates the enterprise-wide row.
    if (pillar === "enterprise" && !v2) continue;
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

  if (v2) {
    const missing = framework.questions.filter((question) => !question.detail);
    for (const question of missing) problems.push(`question ${question.id}: no criteria, evidence or mappings (format 2 needs them)`);
    const complete = framework.questions.filter((question): question is QuestionV2 => Boolean(question.detail));
    const quantities = new Set(Object.values(framework.quantities ?? {}).map((quantity) => quantity.value));
    problems.push(...complete.flatMap((question) => detailProblems(question, quantities)));
    problems.push(...prerequisiteProblems(complete), ...bankProblems(framework));
    if (framework.lineage) problems.push(...lineageProblems(framework, previous));
    else problems.push("no lineage from the previous version");
  }
  return problems;
}

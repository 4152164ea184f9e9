import {
  CISA_FUNCTIONS,
  CISA_PILLAR_LABELS,
  DOD_CAPABILITIES,
  isFrameworkV2,
  MICROSOFT_OBJECTIVES,
  MICROSOFT_PILLARS,
  MICROSOFT_SCENARIOS,
  NIST_TENETS,
  STAGE_LABELS,
  type CisaPillar,
  type DodCapabilityId,
  type Framework,
  type FrameworkV2,
  type Question,
} from "./types";

export interface CoverageTotals {
  questions: number;
  cisaFunctions: { covered: number; total: number };
  dodCapabilities: { covered: number; target: number; advanced: number; total: number };
  microsoftScenarios: { covered: number; total: number };
  microsoftObjectives: { covered: number; total: number };
  nistTenets: { covered: number; total: number };
}

const ids = (questions: readonly Question[]) => (questions.length > 0 ? questions.map((question) => question.id).join(", ") : "**none**");
const row = (cells: readonly (string | number)[]) => `| ${cells.join(" | ")} |`;
const table = (header: readonly string[], rows: readonly (readonly (string | number)[])[]) =>
  [row(header), row(header.map(() => "---")), ...rows.map(row)].join("\n");

function cisaSection(framework: Framework) {
  const rows: string[][] = [];
  let covered = 0;
  for (const [pillar, functions] of Object.entries(CISA_FUNCTIONS) as [CisaPillar, readonly string[]][]) {
    if (pillar === "enterprise" && !isFrameworkV2(framework)) continue;
    for (const fn of functions) {
      const questions = framework.questions.filter((question) => question.mappings.cisa.some((ref) => ref.pillar === pillar && ref.function === fn));
      if (questions.length > 0) covered++;
      rows.push([CISA_PILLAR_LABELS[pillar], fn, ids(questions)]);
    }
  }
  return { covered, total: rows.length, text: table(["CISA pillar", "Function", "Questions"], rows) };
}

function dodSection(framework: FrameworkV2) {
  const rows: string[][] = [];
  const totals = { covered: 0, target: 0, advanced: 0, total: 0 };
  for (const [id, name] of Object.entries(DOD_CAPABILITIES) as [DodCapabilityId, string][]) {
    const at = (level: "target" | "advanced") =>
      framework.questions.flatMap((question) =>
        (Object.entries(question.detail.dod) as [keyof typeof STAGE_LABELS, { capability: string; level: string }[]][])
          .filter(([, refs]) => refs.some((ref) => ref.capability === id && ref.level === level))
          .map(([stage]) => `${question.id} (${STAGE_LABELS[stage]})`),
      );
    const [target, advanced] = [at("target"), at("advanced")];
    totals.total++;
    if (target.length > 0) totals.target++;
    if (advanced.length > 0) totals.advanced++;
    if (target.length + advanced.length > 0) totals.covered++;
    rows.push([id, name, target.join(", ") || "—", advanced.join(", ") || "—"]);
  }
  return { totals, text: table(["DoD capability", "Name", "Target-level activities", "Advanced-level activities"], rows) };
}

function microsoftSection(framework: FrameworkV2) {
  const scenarios = Object.entries(MICROSOFT_SCENARIOS).map(([id, name]) => [name, ids(framework.questions.filter((question) => question.detail.microsoft.scenarios.includes(id as never)))]);
  const objectives = Object.entries(MICROSOFT_OBJECTIVES).map(([id, objective]) => [
    objective.pillar,
    `${objective.text} (${objective.phase})`,
    ids(framework.questions.filter((question) => question.detail.microsoft.objective === id)),
  ]);
  const pillars = MICROSOFT_PILLARS.map((pillar) => [pillar, ids(framework.questions.filter((question) => question.detail.microsoft.pillar === pillar))]);
  const coveredOf = (rows: string[][]) => rows.filter((cells) => cells.at(-1) !== "**none**").length;
  return {
    scenarios: { covered: coveredOf(scenarios), total: scenarios.length },
    objectives: { covered: coveredOf(objectives), total: objectives.length },
    text: [
      "### Business scenarios",
      table(["Scenario", "Questions"], scenarios),
      "### Technology pillars",
      table(["Pillar", "Questions"], pillars),
      "### Deployment objectives",
      table(["Pillar", "Objective", "Questions"], objectives),
    ].join("\n\n"),
  };
}

function nistSection(framework: Framework) {
  const rows = Object.entries(NIST_TENETS).map(([tenet, text]) => [tenet, text, ids(framework.questions.filter((question) => question.mappings.nist.includes(Number(tenet) as never)))]);
  const none = framework.questions.filter((question) => question.mappings.nist.length === 0);
  return {
    covered: rows.filter((cells) => cells[2] !== "**none**").length,
    total: rows.length,
    text: `${table(["Tenet", "In short", "Questions"], rows)}\n\nNo tenet (programme-level): ${none.length > 0 ? ids(none) : "none"}.`,
  };
}

/** The coverage document of a version, generated from its data (`npm run framework:coverage`). */
export function coverageDocument(framework: Framework): { markdown: string; totals: CoverageTotals } {
  const cisa = cisaSection(framework);
  const nist = nistSection(framework);
  const parts = [
    `# ${framework.name} (${framework.id}): coverage`,
    "Generated from the question bank by `npm run framework:coverage`; do not edit by hand.",
  ];
  const totals: CoverageTotals = {
    questions: framework.questions.length,
    cisaFunctions: { covered: cisa.covered, total: cisa.total },
    dodCapabilities: { covered: 0, target: 0, advanced: 0, total: Object.keys(DOD_CAPABILITIES).length },
    microsoftScenarios: { covered: 0, total: Object.keys(MICROSOFT_SCENARIOS).length },
    microsoftObjectives: { covered: 0, total: Object.keys(MICROSOFT_OBJECTIVES).length },
    nistTenets: { covered: nist.covered, total: nist.total },
  };
  const sections = [`## CISA Zero Trust Maturity Model v2.0\n\n${cisa.text}`];
  if (isFrameworkV2(framework)) {
    const dod = dodSection(framework);
    const microsoft = microsoftSection(framework);
    totals.dodCapabilities = dod.totals;
    totals.microsoftScenarios = microsoft.scenarios;
    totals.microsoftObjectives = microsoft.objectives;
    sections.push(`## DoD Zero Trust capabilities\n\n${dod.text}`, `## Microsoft Zero Trust\n\n${microsoft.text}`);
    sections.push(`## Quantities\n\nThe one value each number has across the bank.\n\n${table(["Quantity", "Value"], Object.values(framework.quantities).map((quantity) => [quantity.meaning, quantity.value]))}`);
  } else {
    sections.push("## DoD and Microsoft\n\nThis version maps each question to a DoD pillar only, and has no Microsoft mapping.");
  }
  sections.splice(1, 0, `## NIST SP 800-207 tenets\n\n${nist.text}`);
  const summary = table(
    ["Framework", "Covered"],
    [
      ["CISA ZTMM functions", `${totals.cisaFunctions.covered} of ${totals.cisaFunctions.total}`],
      ["DoD capabilities (Target-level / Advanced-level)", `${totals.dodCapabilities.covered} of ${totals.dodCapabilities.total} (${totals.dodCapabilities.target} / ${totals.dodCapabilities.advanced})`],
      ["Microsoft business scenarios", `${totals.microsoftScenarios.covered} of ${totals.microsoftScenarios.total}`],
      ["Microsoft deployment objectives", `${totals.microsoftObjectives.covered} of ${totals.microsoftObjectives.total}`],
      ["NIST SP 800-207 tenets", `${totals.nistTenets.covered} of ${totals.nistTenets.total}`],
    ],
  );
  parts.push(`${framework.questions.length} questions.\n\n${summary}`, ...sections);
  return { markdown: `${parts.join("\n\n")}\n`, totals };
}

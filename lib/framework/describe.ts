import {
  CISA_PILLAR_LABELS,
  DOD_CAPABILITIES,
  MICROSOFT_OBJECTIVES,
  MICROSOFT_SCENARIOS,
  STAGE_LABELS,
  STAGES,
  type CisaFunctionRef,
  type Question,
  type QuestionDetail,
  type Stage,
} from "./types";

/** Readable mapping texts, the same on the framework page, in the report and in the coverage document. */
export const cisaLabel = (ref: CisaFunctionRef) => `${CISA_PILLAR_LABELS[ref.pillar]} / ${ref.function}`;

export const nistLabel = (question: Question) =>
  question.mappings.nist.length > 0 ? `Tenets ${question.mappings.nist.join(", ")}` : "None (programme-level)";

/** "1.3 Multi-Factor Authentication (Initial, Advanced: Target; Optimal: Advanced)", one entry per capability. */
export function dodLabels(question: Question): string[] {
  const dod = question.detail?.dod;
  if (!dod) return question.mappings.dod ? [`${question.mappings.dod} pillar`] : ["None"];
  const byCapability = new Map<string, { target: Stage[]; advanced: Stage[] }>();
  for (const stage of STAGES) {
    for (const ref of dod[stage as Exclude<Stage, "traditional">] ?? []) {
      const entry = byCapability.get(ref.capability) ?? { target: [], advanced: [] };
      entry[ref.level].push(stage);
      byCapability.set(ref.capability, entry);
    }
  }
  if (byCapability.size === 0) return ["None"];
  const stages = (list: Stage[]) => list.map((stage) => STAGE_LABELS[stage]).join(", ");
  return [...byCapability].map(([capability, { target, advanced }]) => {
    const levels = [target.length > 0 ? `${stages(target)}: Target` : "", advanced.length > 0 ? `${stages(advanced)}: Advanced` : ""].filter(Boolean).join("; ");
    return `${capability} ${DOD_CAPABILITIES[capability as keyof typeof DOD_CAPABILITIES]} (${levels})`;
  });
}

/** "1.3 T/A, 7.2 T" for a table cell: each capability with the DoD activity levels it reaches (Target, Advanced). */
export function dodShortLabel(question: Question): string {
  const dod = question.detail?.dod;
  if (!dod) return question.mappings.dod ?? "None";
  const levels = new Map<string, Set<string>>();
  for (const refs of Object.values(dod)) for (const ref of refs ?? []) levels.set(ref.capability, (levels.get(ref.capability) ?? new Set()).add(ref.level === "target" ? "T" : "A"));
  if (levels.size === 0) return "None";
  return [...levels].map(([capability, kinds]) => `${capability} ${["T", "A"].filter((kind) => kinds.has(kind)).join("/")}`).join(", ");
}

export const microsoftScenarioLabels = (detail: QuestionDetail) => detail.microsoft.scenarios.map((id) => MICROSOFT_SCENARIOS[id]);
export const microsoftObjectiveLabel = (detail: QuestionDetail) => MICROSOFT_OBJECTIVES[detail.microsoft.objective].text;

/** "IDN-02 at Initial or above, for Advanced" */
export const prerequisiteLabels = (detail: QuestionDetail) =>
  detail.prerequisites.map((prerequisite) => `${STAGE_LABELS[prerequisite.level]} needs ${prerequisite.question} at ${STAGE_LABELS[prerequisite.atLeast]} or above`);

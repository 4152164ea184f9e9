/**
 * The shape of a Zero Trust framework version. Everything else in the product
 * (questionnaire, scoring, reports) derives its types from these definitions.
 */

/** Maturity stages, modelled on CISA ZTMM v2.0, in ascending order. */
export const STAGES = ["traditional", "initial", "advanced", "optimal"] as const;
export type Stage = (typeof STAGES)[number];

export const STAGE_LABELS: Record<Stage, string> = {
  traditional: "Traditional",
  initial: "Initial",
  advanced: "Advanced",
  optimal: "Optimal",
};

/** Stages that still have a next step: every stage but the last. */
export type StageBelowOptimal = Exclude<Stage, "optimal">;

/** Technology pillars of the adoption framework, then CISA's cross-cutting capabilities. */
export const TECHNOLOGY_PILLARS = ["identity", "devices", "apps", "data", "infrastructure", "network"] as const;
export const CROSS_CUTTING_CAPABILITIES = ["visibility", "automation", "governance"] as const;
export const PILLARS = [...TECHNOLOGY_PILLARS, ...CROSS_CUTTING_CAPABILITIES] as const;
export type PillarId = (typeof PILLARS)[number];
export type PillarKind = "technology" | "cross-cutting";

export interface PillarDefinition {
  id: PillarId;
  kind: PillarKind;
  name: string;
  summary: string;
}

/** CISA ZTMM v2.0 functions per CISA pillar, as the model names them. */
export const CISA_FUNCTIONS = {
  identity: [
    "Authentication",
    "Identity Stores",
    "Risk Assessments",
    "Access Management",
    "Visibility & Analytics",
    "Automation & Orchestration",
    "Governance",
  ],
  devices: [
    "Policy Enforcement & Compliance Monitoring",
    "Asset & Supply Chain Risk Management",
    "Resource Access",
    "Device Threat Protection",
    "Visibility & Analytics",
    "Automation & Orchestration",
    "Governance",
  ],
  networks: [
    "Network Segmentation",
    "Network Traffic Management",
    "Traffic Encryption",
    "Network Resilience",
    "Visibility & Analytics",
    "Automation & Orchestration",
    "Governance",
  ],
  applications: [
    "Application Access",
    "Application Threat Protections",
    "Accessible Applications",
    "Secure Application Development & Deployment Workflow",
    "Application Security Testing",
    "Visibility & Analytics",
    "Automation & Orchestration",
    "Governance",
  ],
  data: [
    "Data Inventory Management",
    "Data Categorization",
    "Data Availability",
    "Data Access",
    "Data Encryption",
    "Visibility & Analytics",
    "Automation & Orchestration",
    "Governance",
  ],
} as const;
export type CisaPillar = keyof typeof CISA_FUNCTIONS;
export type CisaFunctionRef = {
  [P in CisaPillar]: { pillar: P; function: (typeof CISA_FUNCTIONS)[P][number] };
}[CisaPillar];

/** NIST SP 800-207 section 2.1 tenets, numbered 1 to 7. */
export type NistTenet = 1 | 2 | 3 | 4 | 5 | 6 | 7;

/** DoD Zero Trust Reference Architecture pillars. */
export const DOD_PILLARS = [
  "User",
  "Device",
  "Application & Workload",
  "Data",
  "Network & Environment",
  "Automation & Orchestration",
  "Visibility & Analytics",
] as const;
export type DodPillar = (typeof DOD_PILLARS)[number];

export type Effort = "S" | "M" | "L";
export type Impact = 1 | 2 | 3 | 4 | 5;

/** The step that moves a question from one stage to the next. */
export interface NextStep {
  /** Imperative, concrete action, e.g. "Enforce phishing-resistant MFA for all administrators". */
  action: string;
  effort: Effort;
  impact: Impact;
}

export interface Question {
  /** Stable id such as "IDN-01"; never reused once released. */
  id: string;
  pillar: PillarId;
  /** Short title for tables and charts. */
  title: string;
  /** The question put to the architect. */
  prompt: string;
  /** Why it matters, in one or two sentences. */
  why: string;
  /** What is observably true in the organisation at each stage. */
  levels: Record<Stage, string>;
  /** Relative importance within its pillar: 1 (supporting) to 3 (critical). */
  weight: 1 | 2 | 3;
  mappings: {
    cisa: CisaFunctionRef[];
    nist: NistTenet[];
    dod: DodPillar;
  };
  /** Keyed by the current stage: the step that reaches the next one. */
  nextSteps: Record<StageBelowOptimal, NextStep>;
}

/** Target stage per pillar for a business scenario of the adoption framework. */
export interface TargetPreset {
  id: string;
  name: string;
  description: string;
  targets: Record<PillarId, Stage>;
}

export interface Framework {
  /** Version id such as "zt-2026.1"; a released version never changes. */
  id: string;
  name: string;
  releasedOn: string;
  pillars: PillarDefinition[];
  questions: Question[];
  presets: TargetPreset[];
}

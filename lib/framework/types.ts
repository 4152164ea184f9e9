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
  /** CISA's enterprise-wide cross-cutting capabilities (its Table 7), modelled since zt-2026.2. */
  enterprise: ["Visibility & Analytics", "Automation & Orchestration", "Governance"],
} as const;
export type CisaPillar = keyof typeof CISA_FUNCTIONS;
export type CisaFunctionRef = {
  [P in CisaPillar]: { pillar: P; function: (typeof CISA_FUNCTIONS)[P][number] };
}[CisaPillar];

/** NIST SP 800-207 section 2.1 tenets, numbered 1 to 7. */
export type NistTenet = 1 | 2 | 3 | 4 | 5 | 6 | 7;

/** The tenets in short, as the views and the coverage tables name them. */
export const NIST_TENETS: Record<NistTenet, string> = {
  1: "All data sources and computing services are resources",
  2: "All communication is secured regardless of network location",
  3: "Access to each resource is granted per session",
  4: "Access is decided by dynamic policy",
  5: "The integrity and security posture of every asset is monitored and measured",
  6: "Authentication and authorisation are dynamic and strictly enforced before access",
  7: "As much information as possible is collected to improve security posture",
};

/** CISA pillars scored per function; "enterprise" is the cross-cutting row, which zt-2026.1 did not model. */
export const CISA_PILLAR_LABELS: Record<CisaPillar, string> = {
  identity: "Identity",
  devices: "Devices",
  networks: "Networks",
  applications: "Applications & Workloads",
  data: "Data",
  enterprise: "Cross-cutting (enterprise-wide)",
};

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

/**
 * The 45 capabilities of the DoD Zero Trust Strategy (2022) and Capability Execution Roadmap, by id.
 * The first digit is the DoD pillar, in DOD_PILLARS order.
 */
export const DOD_CAPABILITIES = {
  "1.1": "User Inventory",
  "1.2": "Conditional User Access",
  "1.3": "Multi-Factor Authentication",
  "1.4": "Privileged Access Management",
  "1.5": "Identity Federation & User Credentialing",
  "1.6": "Behavioral, Contextual ID, and Biometrics",
  "1.7": "Least Privileged Access",
  "1.8": "Continuous Authentication",
  "1.9": "Integrated ICAM Platform",
  "2.1": "Device Inventory",
  "2.2": "Device Detection and Compliance",
  "2.3": "Device Authorization with Real Time Inspection",
  "2.4": "Remote Access",
  "2.5": "Partially & Fully Automated Asset, Vulnerability and Patch Management",
  "2.6": "Unified Endpoint Management & Mobile Device Management",
  "2.7": "Endpoint & Extended Detection & Response",
  "3.1": "Application Inventory",
  "3.2": "Secure Software Development & Integration",
  "3.3": "Software Risk Management",
  "3.4": "Resource Authorization & Integration",
  "3.5": "Continuous Monitoring and Ongoing Authorizations",
  "4.1": "Data Catalog Risk Alignment",
  "4.2": "DoD Enterprise Data Governance",
  "4.3": "Data Labeling and Tagging",
  "4.4": "Data Monitoring and Sensing",
  "4.5": "Data Encryption & Rights Management",
  "4.6": "Data Loss Prevention",
  "4.7": "Data Access Control",
  "5.1": "Data Flow Mapping",
  "5.2": "Software Defined Networking",
  "5.3": "Macro Segmentation",
  "5.4": "Micro Segmentation",
  "6.1": "Policy Decision Point & Policy Orchestration",
  "6.2": "Critical Process Automation",
  "6.3": "Machine Learning",
  "6.4": "Artificial Intelligence",
  "6.5": "Security Orchestration, Automation & Response",
  "6.6": "API Standardization",
  "6.7": "Security Operations Center & Incident Response",
  "7.1": "Log All Traffic (Network, Data, Apps, Users)",
  "7.2": "Security Information and Event Management",
  "7.3": "Common Security and Risk Analytics",
  "7.4": "User and Entity Behavior Analytics",
  "7.5": "Threat Intelligence Integration",
  "7.6": "Automated Dynamic Policies",
} as const;
export type DodCapabilityId = keyof typeof DOD_CAPABILITIES;

/** DoD sorts its activities into Target level (the FY2027 goal) and Advanced level. */
export type DodActivityLevel = "target" | "advanced";
export interface DodCapabilityRef {
  capability: DodCapabilityId;
  level: DodActivityLevel;
}

/** Microsoft's Zero Trust technology pillars, with the AI and Security Operations pillars of its Zero Trust Assessment. */
export const MICROSOFT_PILLARS = ["Identity", "Endpoints", "Applications", "Data", "Infrastructure", "Network", "Security Operations", "AI"] as const;
export type MicrosoftPillar = (typeof MICROSOFT_PILLARS)[number];

/** The business scenarios of Microsoft's Zero Trust adoption framework; the ids match the target presets. */
export const MICROSOFT_SCENARIOS = {
  "modernize-posture": "Rapidly modernize your security posture",
  "remote-hybrid-work": "Secure remote and hybrid work",
  "protect-sensitive-data": "Identify and protect sensitive business data",
  "prevent-breach-damage": "Prevent or reduce business damage from a breach",
  "regulatory-compliance": "Meet regulatory and compliance requirements",
} as const;
export type MicrosoftScenarioId = keyof typeof MICROSOFT_SCENARIOS;

/**
 * Microsoft's deployment objectives per technology pillar, paraphrased: "initial" objectives come
 * first in its deployment guidance, "additional" ones after them.
 */
export const MICROSOFT_OBJECTIVES = {
  "identity.1": { pillar: "Identity", phase: "initial", text: "Cloud identity federates with the on-premises identity systems" },
  "identity.2": { pillar: "Identity", phase: "initial", text: "Conditional access policies gate access and offer remediation" },
  "identity.3": { pillar: "Identity", phase: "initial", text: "Analytics improve visibility into identities and their use" },
  "identity.4": { pillar: "Identity", phase: "additional", text: "Identities and their access rights are managed with identity governance" },
  "identity.5": { pillar: "Identity", phase: "additional", text: "User, device, location and behaviour are analysed in real time to judge risk" },
  "identity.6": { pillar: "Identity", phase: "additional", text: "Threat signals from other security tools feed access decisions" },
  "endpoints.1": { pillar: "Endpoints", phase: "initial", text: "Endpoints are registered with the cloud identity provider" },
  "endpoints.2": { pillar: "Endpoints", phase: "initial", text: "Access is granted only to cloud-managed, compliant endpoints and apps" },
  "endpoints.3": { pillar: "Endpoints", phase: "initial", text: "Data loss prevention policies apply on corporate and personal devices" },
  "endpoints.4": { pillar: "Endpoints", phase: "additional", text: "Endpoint threat detection monitors device risk" },
  "endpoints.5": { pillar: "Endpoints", phase: "additional", text: "Access control is gated on endpoint risk, for corporate and personal devices" },
  "applications.1": { pillar: "Applications", phase: "initial", text: "Activity and data in apps are visible through API connections" },
  "applications.2": { pillar: "Applications", phase: "initial", text: "Shadow IT is discovered and its use controlled" },
  "applications.3": { pillar: "Applications", phase: "initial", text: "Sensitive information and activities are protected automatically by policy" },
  "applications.4": { pillar: "Applications", phase: "additional", text: "Adaptive access and session controls apply to every app" },
  "applications.5": { pillar: "Applications", phase: "additional", text: "Protection against cyber threats and rogue apps is strengthened" },
  "applications.6": { pillar: "Applications", phase: "additional", text: "The compliance of cloud environments is assessed" },
  "data.1": { pillar: "Data", phase: "initial", text: "Access decisions are governed by encryption" },
  "data.2": { pillar: "Data", phase: "initial", text: "Data is classified and labelled automatically" },
  "data.3": { pillar: "Data", phase: "additional", text: "Classification is augmented by smart machine-learning models" },
  "data.4": { pillar: "Data", phase: "additional", text: "Access decisions are governed by a cloud security policy engine" },
  "data.5": { pillar: "Data", phase: "additional", text: "Data leakage is prevented by DLP policies based on labels and content inspection" },
  "infrastructure.1": { pillar: "Infrastructure", phase: "initial", text: "Workloads are monitored and abnormal behaviour raises alerts" },
  "infrastructure.2": { pillar: "Infrastructure", phase: "initial", text: "Every workload has an app identity and is configured and deployed consistently" },
  "infrastructure.3": { pillar: "Infrastructure", phase: "initial", text: "Human access to resources is just in time" },
  "infrastructure.4": { pillar: "Infrastructure", phase: "additional", text: "Unauthorised deployments are blocked and raise an alert" },
  "infrastructure.5": { pillar: "Infrastructure", phase: "additional", text: "Fine-grained visibility and access control cover every workload" },
  "infrastructure.6": { pillar: "Infrastructure", phase: "additional", text: "User and resource access is segmented per workload" },
  "network.1": { pillar: "Network", phase: "initial", text: "Segmentation: ingress and egress cloud micro-perimeters, with some micro-segmentation" },
  "network.2": { pillar: "Network", phase: "initial", text: "Threat protection: cloud-native filtering and protection from known threats" },
  "network.3": { pillar: "Network", phase: "initial", text: "Encryption: internal user-to-app traffic is encrypted" },
  "network.4": { pillar: "Network", phase: "additional", text: "Segmentation: fully distributed micro-perimeters and deeper micro-segmentation" },
  "network.5": { pillar: "Network", phase: "additional", text: "Threat protection: machine-learning-based protection and filtering with context signals" },
  "network.6": { pillar: "Network", phase: "additional", text: "Encryption: all traffic is encrypted" },
  "secops.1": { pillar: "Security Operations", phase: "initial", text: "Visibility is established across the estate" },
  "secops.2": { pillar: "Security Operations", phase: "initial", text: "Automation is enabled for investigation and response" },
  "secops.3": { pillar: "Security Operations", phase: "additional", text: "Additional protection and detection controls are enabled" },
  "ai.1": { pillar: "AI", phase: "initial", text: "AI apps and agents are discovered and have governed identities" },
  "ai.2": { pillar: "AI", phase: "initial", text: "Data that AI assistants can reach is labelled and least-privilege" },
  "ai.3": { pillar: "AI", phase: "additional", text: "AI apps are protected from prompt injection and their use is monitored" },
} as const satisfies Record<string, { pillar: MicrosoftPillar; phase: "initial" | "additional"; text: string }>;
export type MicrosoftObjectiveId = keyof typeof MICROSOFT_OBJECTIVES;

export type Effort = "S" | "M" | "L";
export type Impact = 1 | 2 | 3 | 4 | 5;

/** The step that moves a question from one stage to the next. */
export interface NextStep {
  /** Imperative, concrete action, e.g. "Enforce phishing-resistant MFA for all administrators". */
  action: string;
  effort: Effort;
  impact: Impact;
  /**
   * Since zt-2026.2: the criteria ids of the next stage this step meets (all of them), so that a
   * step never claims a stage beyond the next one.
   */
  achieves?: readonly CriterionId[];
}

/** A criterion's id: its stage and its 1-based position in that stage's list, e.g. "advanced-2". */
export type CriterionId = `${Stage}-${number}`;

/** Question `question` must be at `atLeast` before this question can reach `level`. */
export interface Prerequisite {
  level: Exclude<Stage, "traditional">;
  question: string;
  atLeast: Exclude<Stage, "traditional">;
}

/** "critical" questions cap their pillar: a pillar is never stronger than its weakest critical control. */
export type Importance = "critical" | "standard";

/** What a question adds from zt-2026.2 on (framework format 2). */
export interface QuestionDetail {
  /**
   * 2 to 4 observable criteria per stage. A stage is met when all of its criteria and every
   * stage below it are met; Traditional's criteria describe the starting point.
   */
  criteria: Record<Stage, readonly string[]>;
  /** The evidence that proves each stage. */
  evidence: Record<Stage, string>;
  /** Where to look: which console, report, log or interview proves the answer. */
  verify: string;
  /** False for questions that apply to every organisation (for example workforce MFA). */
  naAllowed: boolean;
  importance: Importance;
  /** The question group a target preset sets a target for, e.g. "workforce-identity". */
  group: string;
  prerequisites: readonly Prerequisite[];
  microsoft: { pillar: MicrosoftPillar; scenarios: readonly MicrosoftScenarioId[]; objective: MicrosoftObjectiveId };
  /** DoD capabilities each stage delivers, as Target-level or Advanced-level activities; none where DoD has no counterpart. */
  dod: Partial<Record<Exclude<Stage, "traditional">, readonly DodCapabilityRef[]>>;
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
    /** Empty only from zt-2026.2 on, for a programme-level question no tenet speaks to. */
    nist: NistTenet[];
    /** Null only from zt-2026.2 on, where DoD has no counterpart (programme governance). */
    dod: DodPillar | null;
  };
  /** Keyed by the current stage: the step that reaches the next one. */
  nextSteps: Record<StageBelowOptimal, NextStep>;
  /** Present from zt-2026.2 on; absent from zt-2026.1, which is released and never changes. */
  detail?: QuestionDetail;
}

export type QuestionV2 = Question & { detail: QuestionDetail };

/** How one question of the previous version continues in this one. */
export type LineageKind = "same" | "merged" | "split" | "removed" | "new";
export interface LineageEntry {
  /** Question id in the previous version; null for a new question. */
  from: string | null;
  /** Question ids in this version; empty for a removed question. */
  to: readonly string[];
  kind: LineageKind;
  /** Why, in one sentence, shown when an assessment moves. */
  note: string;
}

/** A quantity the bank uses wherever the field uses a number, with one value across the bank. */
export interface Quantity {
  value: string;
  meaning: string;
}

/** Target stage per pillar for a business scenario of the adoption framework. */
export interface TargetPreset {
  id: string;
  name: string;
  description: string;
  targets: Record<PillarId, Stage>;
  /** Since zt-2026.2: targets per question group, overriding the pillar's target for those questions. */
  groups?: Record<string, Stage>;
}

export interface Framework {
  /** Version id such as "zt-2026.1"; a released version never changes. */
  id: string;
  name: string;
  releasedOn: string;
  pillars: PillarDefinition[];
  questions: Question[];
  presets: TargetPreset[];
  /** 2 from zt-2026.2 on: every question has `detail`, and the version has lineage and quantities. */
  format?: 2;
  /** Since format 2: how each question of `lineage.from` continues here. */
  lineage?: { from: string; entries: readonly LineageEntry[] };
  /** Since format 2: the numbers the criteria use, one value each across the bank. */
  quantities?: Record<string, Quantity>;
}

export type FrameworkV2 = Omit<Framework, "format" | "questions" | "lineage" | "quantities"> & {
  format: 2;
  questions: QuestionV2[];
  lineage: NonNullable<Framework["lineage"]>;
  quantities: NonNullable<Framework["quantities"]>;
};

export const isFrameworkV2 = (framework: Framework): framework is FrameworkV2 => framework.format === 2;

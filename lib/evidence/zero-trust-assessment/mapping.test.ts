import { describe, expect, it } from "vitest";
import { getFramework } from "../../framework";
import { STAGES } from "../../framework/types";
import { ZTA_MAPPED_FRAMEWORKS, ZTA_MAPPING_ROWS, ZTA_MAPPING_VERSION, mapZtaTest } from "./mapping";

/** Every (pillar, category) pair the tool's 2.6.0 tests use, as the tool spells them. */
const TOOL_PAIRS: readonly (readonly [string, string])[] = [
  ...["Access control", "Application management", "Applications management", "Authentication", "Credential management", "Devices", "External collaboration", "Hybrid infrastructure", "Identity governance", "Monitoring", "Privileged access"].map((category) => ["Identity", category] as const),
  ...["Data", "Devices", "Tenant"].map((category) => ["Devices", category] as const),
  ...["Application Proxy", "Azure Network Security", "Global Secure Access", "Network", "Network security", "Private Access", "Role management"].map((category) => ["Network", category] as const),
  ...[
    "Advanced Classification",
    "Advanced Label Features",
    "Data Loss Prevention (DLP)",
    "Data Security Posture Management",
    "Encryption",
    "Entra",
    "Information Protection",
    "Label Policy Configuration",
    "Microsoft Purview Message Encryption",
    "Rights Management Service",
    "Rights Management Service (RMS)",
    "SharePoint Online",
    "Sensitivity Labels",
    "Sensitivity Labels Configuration",
    "sensitivity-labels",
  ].map((category) => ["Data", category] as const),
  ...["AI for security", "Email and collaboration security", "Endpoint threat protection", "Identity threat protection", "Incident response operations", "SaaS threat detection", "Security information and event management", "Threat investigation and response"].map(
    (category) => ["SecOps", category] as const,
  ),
  ...["AI Authentication & Access", "AI Cloud Posture", "AI Identity & Access", "AI Inventory & Lifecycle", "AI Threat Detection", "Agent Lifecycle", "Secure AI Authentication and Access"].map((category) => ["AI", category] as const),
  ["Infrastructure", "Microsoft Defender for Cloud"],
];

const UNKNOWN_ID = "99999";
const unknownTest = (pillars: readonly string[], category: string | null) => ({ id: UNKNOWN_ID, pillars, category });

describe("ZTA mapping table", () => {
  it("has a version and maps only released framework versions", () => {
    expect(Number.isInteger(ZTA_MAPPING_VERSION) && ZTA_MAPPING_VERSION >= 1).toBe(true);
    expect([...ZTA_MAPPED_FRAMEWORKS].sort()).toEqual(["zt-2026.1", "zt-2026.2"]);
    for (const frameworkId of ZTA_MAPPED_FRAMEWORKS) expect(getFramework(frameworkId)).toBeDefined();
  });

  it("lists each tool test once, with a note", () => {
    const ids = ZTA_MAPPING_ROWS.map((row) => row.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const row of ZTA_MAPPING_ROWS) {
      expect(row.id).toBe(row.id.trim());
      expect(row.note.trim()).not.toBe("");
      if (row.to !== null) expect(row.to.length).toBeGreaterThanOrEqual(1);
    }
  });

  it("names only questions of the version and valid stages, for every test and every fallback pair", () => {
    for (const frameworkId of ZTA_MAPPED_FRAMEWORKS) {
      const questionIds = new Set(getFramework(frameworkId)!.questions.map((question) => question.id));
      const targets = [...ZTA_MAPPING_ROWS.map((row) => mapZtaTest(frameworkId, { id: row.id, pillars: [], category: null })), ...TOOL_PAIRS.map(([pillar, category]) => mapZtaTest(frameworkId, unknownTest([pillar], category)))];
      for (const target of targets) {
        if (target === null) continue;
        expect(STAGES).toContain(target.stage);
        expect(target.questionIds.length).toBeGreaterThanOrEqual(1);
        for (const questionId of target.questionIds) expect(questionIds, `${frameworkId} ${questionId}`).toContain(questionId);
      }
    }
  });

  it("covers a sensible share of the tool's tests", () => {
    // Module 2.6.0 has 336 tests; 265 of them are mapped. By first pillar: Identity 100 of 135,
    // Devices 37 of 43, Network 52 of 69, Data 32 of 38, SecOps 27 of 32, AI 16 of 16,
    // Infrastructure 1 of 1; the 2 tests the tool gives no pillar are unmapped.
    const mapped = ZTA_MAPPING_ROWS.filter((row) => row.to !== null).length;
    expect(ZTA_MAPPING_ROWS.length).toBe(336);
    expect(mapped).toBe(265);
    const mappedInOldVersion = ZTA_MAPPING_ROWS.filter((row) => mapZtaTest("zt-2026.1", { id: row.id, pillars: [], category: null }) !== null).length;
    // 240 in zt-2026.1: the other 25 evidence only questions new in zt-2026.2 (AI agents, e-mail, detection).
    expect(mappedInOldVersion).toBe(240);
  });
});

describe("mapZtaTest", () => {
  it("looks a reviewed test up by id, whatever pillar and category the result carries", () => {
    expect(mapZtaTest("zt-2026.2", { id: "21781", pillars: ["Identity"], category: "Privileged access" })).toEqual({ questionIds: ["IDN-01"], stage: "advanced" });
    expect(mapZtaTest("zt-2026.2", { id: "21784", pillars: [], category: null })).toEqual({ questionIds: ["IDN-01"], stage: "optimal" });
    expect(mapZtaTest("zt-2026.2", { id: " 35041 ", pillars: ["Data", "AI"], category: "Data Security Posture Management" })).toEqual({ questionIds: ["DAT-03"], stage: "optimal" });
  });

  it("keeps a reviewed but unmapped test unmapped instead of falling back on its category", () => {
    // 21866 (all Entra recommendations) is Identity / Monitoring, a pair that does have a fallback.
    expect(mapZtaTest("zt-2026.2", unknownTest(["Identity"], "Monitoring"))).not.toBeNull();
    expect(mapZtaTest("zt-2026.2", { id: "21866", pillars: ["Identity"], category: "Monitoring" })).toBeNull();
  });

  it("falls back on pillar and category for an unknown test, case-insensitively", () => {
    expect(mapZtaTest("zt-2026.2", unknownTest(["IDENTITY"], "privileged ACCESS"))).toEqual({ questionIds: ["IDN-04"], stage: "initial" });
    expect(mapZtaTest("zt-2026.2", unknownTest([" secops "], "Endpoint Threat Protection "))).toEqual({ questionIds: ["DEV-04"], stage: "initial" });
  });

  it("tries each pillar of a list-valued pillar until one has the category", () => {
    expect(mapZtaTest("zt-2026.2", unknownTest(["AI", "Data"], "Data Loss Prevention (DLP)"))).toEqual({ questionIds: ["DAT-03"], stage: "initial" });
  });

  it("maps a non-numeric id from the tool's dynamic Defender for Cloud test by its pair", () => {
    expect(mapZtaTest("zt-2026.2", { id: "4fb67663-9ab9-475d-b026-8c544cced439", pillars: ["Infrastructure"], category: "Microsoft Defender for Cloud" })).toEqual({ questionIds: ["INF-04"], stage: "initial" });
  });

  it("returns null for an unknown test with an unknown or broad pillar and category", () => {
    expect(mapZtaTest("zt-2026.2", unknownTest(["Quantum"], "Entanglement"))).toBeNull();
    expect(mapZtaTest("zt-2026.2", unknownTest(["Identity"], "Access control"))).toBeNull();
    expect(mapZtaTest("zt-2026.2", unknownTest(["Identity"], null))).toBeNull();
    expect(mapZtaTest("zt-2026.2", unknownTest([], "Privileged access"))).toBeNull();
  });

  it("returns null for a framework without a mapping", () => {
    expect(mapZtaTest("zt-1999.1", { id: "21781", pillars: ["Identity"], category: "Privileged access" })).toBeNull();
  });

  it("derives zt-2026.1 through the lineage: moved and merged questions, none for new ones", () => {
    // IDN-09 was VIS-01; DEV-04 merged DEV-04 and VIS-02; IDN-11 and APP-13 are new in zt-2026.2.
    expect(mapZtaTest("zt-2026.1", { id: "21861", pillars: [], category: null })).toEqual({ questionIds: ["VIS-01"], stage: "initial" });
    expect(mapZtaTest("zt-2026.1", { id: "41045", pillars: [], category: null })).toEqual({ questionIds: ["DEV-04", "VIS-02"], stage: "advanced" });
    expect(mapZtaTest("zt-2026.1", { id: "61005", pillars: [], category: null })).toBeNull();
    expect(mapZtaTest("zt-2026.1", { id: "41031", pillars: ["SecOps"], category: "Email and collaboration security" })).toBeNull();
    expect(mapZtaTest("zt-2026.1", unknownTest(["Identity"], "Privileged access"))).toEqual({ questionIds: ["IDN-04"], stage: "initial" });
  });
});

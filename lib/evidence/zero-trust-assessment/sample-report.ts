/**
 * Builds results files shaped as Microsoft's Zero Trust Assessment writes them (field names,
 * value spellings, extra fields, a summary block that disagrees with the tests, the HTML
 * report's `reportData=` script), for the demo data and the unit, integration and browser tests.
 */
import { STAGES, type Stage } from "@/lib/framework/types";
import { ZTA_MAPPING_ROWS } from "./mapping";
import type { ZtaRisk, ZtaStatus } from "./report";

export interface FixtureTest {
  id: string | number;
  status: ZtaStatus;
  title?: string;
  risk?: ZtaRisk | "";
  pillar?: string | string[] | null;
  category?: string | null;
  impact?: string;
  cost?: string;
  result?: string;
}

export interface FixtureReport {
  tenantId?: string;
  tenantName?: string;
  domain?: string;
  executedAt?: string;
  version?: string;
  tests: FixtureTest[];
}

/** Real ids of the tool, with their titles, pillars and categories as the tool names them. */
export const KNOWN_TESTS = {
  privilegedPhishingResistant: { id: "21781", title: "Privileged users sign in with phishing-resistant methods", pillar: "Identity", category: "Privileged access", risk: "High" },
  allPhishingResistant: { id: "21784", title: "All user sign in activity uses phishing-resistant authentication methods", pillar: "Identity", category: "Credential management", risk: "Medium" },
  fewGlobalAdmins: { id: "21812", title: "Maximum number of Global Administrators doesn't exceed eight users", pillar: "Identity", category: "Privileged access", risk: "Low" },
  onDemandScans: { id: "35022", title: "On-demand scans are configured for sensitive information discovery", pillar: "Data", category: "Information Protection", risk: "Medium" },
  privateAccessConnectors: { id: "25466", title: "At least two Private Access connectors are active and healthy per connector group", pillar: "Network", category: "Private Access", risk: "High" },
} as const satisfies Record<string, { id: string; title: string; pillar: string; category: string; risk: ZtaRisk }>;

const KNOWN_BY_ID = new Map<string, (typeof KNOWN_TESTS)[keyof typeof KNOWN_TESTS]>(Object.values(KNOWN_TESTS).map((test) => [test.id, test]));

/** The report as the tool's JSON export holds it. */
export function ztaReportObject({ tenantId = "aaaabbbb-0000-cccc-1111-dddd2222eeee", tenantName = "Contoso", domain = "contoso.com", executedAt = "2026-11-30T09:15:38.163451+01:00", version = "2.6.0", tests }: FixtureReport) {
  return {
    ExecutedAt: executedAt,
    TenantId: tenantId,
    TenantName: tenantName,
    Domain: domain,
    Account: `admin@${domain}`,
    CurrentVersion: version,
    LatestVersion: version,
    // Deliberately wrong: counts come from the tests, never from this block.
    TestResultSummary: { IdentityPassed: 999, IdentityTotal: 999 },
    Tests: tests.map((test) => {
      const known = KNOWN_BY_ID.get(String(test.id));
      return {
        TestImpact: test.impact ?? "Low",
        TestRisk: test.risk ?? known?.risk ?? "Medium",
        TestSkipped: test.status === "Skipped" ? "NotApplicable" : "",
        TestAppliesTo: ["Identity"],
        TestPillar: test.pillar === undefined ? (known?.pillar ?? "Identity") : test.pillar,
        TestCategory: test.category === undefined ? (known?.category ?? "Access control") : test.category,
        TestDescription: "Why it matters.\n\n**Remediation action**\n\n- [Read the guidance](https://learn.microsoft.com/entra/)\n",
        TestTitle: test.title ?? known?.title ?? `Test ${test.id}`,
        SkippedReason: test.status === "Skipped" ? "Not applicable to this tenant." : null,
        TestId: test.id,
        TestImplementationCost: test.cost ?? "Medium",
        TestMinimumLicense: "P1",
        TestSfiPillar: "Protect identities and secrets",
        TestResult: test.result ?? `\n${test.status === "Passed" ? "Well done." : "Found issues."}\n\n| | Name |\n| :--- | :--- |\n| 1 | [Admin](https://entra.microsoft.com/) |\n`,
        TestStatus: test.status,
        TestTags: null,
      };
    }),
    TenantInfo: { OverviewCaMfaAllUsers: { nodes: [] } },
    EndOfJson: "EndOfJson",
  };
}

export const ztaReportJson = (report: FixtureReport) => JSON.stringify(ztaReportObject(report), null, 2);

/** The single-file HTML report: the JSON after `reportData=` in the page's script, as the tool inserts it. */
export const ztaReportHtml = (report: FixtureReport) =>
  `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Zero Trust Assessment</title></head><body><div id="root"></div><script type="module">const config={github:{title:"GitHub"}},reportData= ${JSON.stringify(ztaReportObject(report))};var REACT_LAZY_TYPE=Symbol.for("react.lazy");console.log(config, reportData, "}{");</script></body></html>`;

export const UTF8_BOM = Uint8Array.of(0xef, 0xbb, 0xbf);

export const bytesOf = (text: string, bom = false) => {
  const body = new TextEncoder().encode(text);
  return bom ? new Uint8Array([...UTF8_BOM, ...body]) : body;
};

const TOOL_PILLARS: Record<string, string> = { identity: "Identity", devices: "Devices", apps: "Identity", network: "Network", data: "Data", infrastructure: "Infrastructure" };
const DEMO_RISKS: ZtaRisk[] = ["High", "Medium", "Low", "Critical", "Medium"];

/**
 * A run over every reviewed test of the mapping table, for the demo data: a test passes when
 * the answers to its questions reach the stage it checks, and a few results go against the
 * answers, so the demo shows supported and contradicted ratings. Titles are the table's notes.
 */
export function demoReport(levelOf: (questionId: string) => Stage | null, pillarOf: (questionId: string) => string | undefined): FixtureReport {
  const reaches = (questionId: string, stage: Stage) => {
    const level = levelOf(questionId);
    return level !== null && STAGES.indexOf(level) >= STAGES.indexOf(stage);
  };
  return {
    tenantName: "Northwind (demo)",
    domain: "northwind.example",
    tenantId: "00000000-demo-4000-8000-000000000001",
    tests: ZTA_MAPPING_ROWS.map((row, index): FixtureTest => {
      const title = row.note.split(":")[0]!;
      const risk = DEMO_RISKS[index % DEMO_RISKS.length]!;
      const pillar = row.to ? (TOOL_PILLARS[pillarOf(row.to[0]!) ?? ""] ?? "Identity") : "Identity";
      if (index % 10 === 7) return { id: row.id, title, status: "Skipped", risk, pillar };
      const passes = row.to ? row.to.every((questionId) => reaches(questionId, row.stage)) : index % 2 === 0;
      const againstTheAnswers = index % 13 === 5;
      return { id: row.id, title, status: passes !== againstTheAnswers ? "Passed" : "Failed", risk, pillar };
    }),
  };
}

import { z } from "zod";
import { fieldPath } from "@/lib/validation/field-path";
import { jsonNestsDeeperThan, jsonValueEnd } from "@/lib/validation/json-body";
import { freeText } from "@/lib/validation/text";

/**
 * A results file of Microsoft's Zero Trust Assessment (the PowerShell module
 * `ZeroTrustAssessment`), in either form it writes: `zt-export/ZeroTrustAssessmentReport.json`,
 * or the single-file `ZeroTrustAssessmentReport.html`, where the same JSON follows
 * `reportData=` inside a script. Field names are the tool's; fields it adds later are ignored.
 */

export const ZTA_STATUSES = ["Passed", "Failed", "Skipped", "Planned", "Investigate", "Error"] as const;
export type ZtaStatus = (typeof ZTA_STATUSES)[number];
export const ZTA_RISKS = ["Critical", "High", "Medium", "Low", "Unranked"] as const;
export type ZtaRisk = (typeof ZTA_RISKS)[number];

/** The largest report the import reads; real ones are a few MB. */
export const MAX_REPORT_BYTES = 50 * 1024 * 1024;
const MAX_TESTS = 5000;
/** The tool's documents nest six levels deep; far deeper is not a report. */
const MAX_DEPTH = 64;
const MAX_PROBLEMS = 20;

/** "" and a missing value read as none: the tool leaves impact and cost empty for some tests. */
const optionalText = (max: number) =>
  freeText(z.string().max(max))
    .nullish()
    .transform((value) => (value ? value : null));

const ZZtaTest = z.object({
  // Most ids are strings; the tool writes a few as numbers.
  TestId: z.union([freeText(z.string().trim().min(1).max(100)), z.number().int().nonnegative()], { error: "Each test needs its id: text or a whole number." }).transform(String),
  TestTitle: freeText(z.string({ error: "Each test needs its title, as text." }).trim().min(1, "Each test needs its title.").max(1000, "A title is at most 1,000 characters.")),
  TestStatus: z.enum(ZTA_STATUSES, { error: `TestStatus is one of ${ZTA_STATUSES.join(", ")}.` }),
  TestPillar: z
    .union([freeText(z.string().max(100)), z.array(freeText(z.string().max(100))).max(20)])
    .nullish()
    .transform((value) => (value == null ? [] : (Array.isArray(value) ? value : [value]).filter((pillar) => pillar.trim() !== ""))),
  TestCategory: optionalText(200),
  TestRisk: z
    .union([z.enum(ZTA_RISKS), z.literal("")], { error: `TestRisk is one of ${ZTA_RISKS.join(", ")}.` })
    .nullish()
    .transform((value): ZtaRisk => value || "Unranked"),
  TestImpact: optionalText(50),
  TestImplementationCost: optionalText(50),
  TestSfiPillar: optionalText(200),
  TestSkipped: optionalText(200),
  SkippedReason: optionalText(4000),
  TestDescription: optionalText(200_000),
  TestResult: optionalText(2_000_000),
});

const ZZtaReport = z.object({
  ExecutedAt: z.iso.datetime({ offset: true, error: "ExecutedAt is the run's date and time, as the tool writes it (2026-05-19T08:21:38+10:00)." }),
  TenantId: freeText(z.string({ error: "TenantId is the tenant's id, as text." }).trim().min(1, "TenantId is missing.").max(200, "TenantId is at most 200 characters.")),
  TenantName: optionalText(500),
  Domain: optionalText(500),
  Account: optionalText(500),
  CurrentVersion: freeText(z.string({ error: "CurrentVersion is the tool's version, as text." }).trim().min(1, "CurrentVersion is missing.").max(50, "CurrentVersion is at most 50 characters.")),
  Tests: z.array(ZZtaTest, { error: "Tests is the list of test results." }).min(1, "The report holds no tests.").max(MAX_TESTS, `A report holds at most ${MAX_TESTS} tests.`),
});

/** One test as the app keeps it: the tool's values under the app's names. */
export interface ZtaTest {
  id: string;
  title: string;
  status: ZtaStatus;
  pillars: string[];
  category: string | null;
  risk: ZtaRisk;
  impact: string | null;
  implementationCost: string | null;
  sfiPillar: string | null;
  skipped: string | null;
  skippedReason: string | null;
  /** Markdown from the file: rendered only through the safe Markdown component. */
  description: string | null;
  result: string | null;
}

export interface ZtaReport {
  executedAt: Date;
  tenantId: string;
  tenantName: string | null;
  domain: string | null;
  account: string | null;
  toolVersion: string;
  tests: ZtaTest[];
}

/** What is wrong with a file, and where: a path into the report ("Tests[3].TestStatus"), or "file". */
export interface ZtaProblem {
  path: string;
  message: string;
}
export type ZtaParseResult = { ok: true; report: ZtaReport } | { ok: false; problems: ZtaProblem[] };

const refuse = (message: string, path = "file"): ZtaParseResult => ({ ok: false, problems: [{ path, message }] });

/** The file's text: UTF-8 with or without a byte-order mark, or UTF-16 with one (Windows PowerShell's default). */
function decode(bytes: Uint8Array): string | null {
  try {
    if (bytes[0] === 0xff && bytes[1] === 0xfe) return new TextDecoder("utf-16le", { fatal: true }).decode(bytes.subarray(2));
    if (bytes[0] === 0xfe && bytes[1] === 0xff) return new TextDecoder("utf-16be", { fatal: true }).decode(bytes.subarray(2));
    // TextDecoder drops a UTF-8 byte-order mark by itself.
    return new TextDecoder("utf-8", { fatal: true }).decode(bytes);
  } catch {
    return null;
  }
}

const HTML_MARKER = "reportData=";

/** The report's JSON text: the whole file, or the object after `reportData=` in the HTML report. */
function reportJson(text: string): string | ZtaParseResult {
  const first = text.search(/\S/);
  if (first >= 0 && text[first] === "{") return text;
  const marker = text.indexOf(HTML_MARKER);
  if (marker < 0) return refuse("This is not a Zero Trust Assessment report: expected ZeroTrustAssessmentReport.json or ZeroTrustAssessmentReport.html.");
  const start = text.indexOf("{", marker + HTML_MARKER.length);
  if (start < 0 || text.slice(marker + HTML_MARKER.length, start).trim() !== "") return refuse("The HTML report has no results after reportData=.");
  const end = jsonValueEnd(text, start);
  if (end < 0) return refuse("The HTML report's results are cut off: the JSON after reportData= never closes.");
  return text.slice(start, end);
}

/**
 * Reads a report file. Counts are always computed from `Tests`; the file's own summary block
 * is never read, as it can disagree with the tests. A file that does not match is refused with
 * its problems named by path, first ones first.
 */
export function parseZtaReport(bytes: Uint8Array): ZtaParseResult {
  const text = decode(bytes);
  if (text === null) return refuse("The file is not UTF-8 or UTF-16 text.");
  const json = reportJson(text);
  if (typeof json !== "string") return json;
  if (jsonNestsDeeperThan(json, MAX_DEPTH)) return refuse(`The report nests deeper than ${MAX_DEPTH} levels.`);
  let data: unknown;
  try {
    data = JSON.parse(json);
  } catch (error) {
    return refuse(`The report is not valid JSON: ${(error as Error).message}.`);
  }
  const parsed = ZZtaReport.safeParse(data);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((issue) => ({ path: fieldPath(issue.path), message: issue.message }));
    const more = problems.length - MAX_PROBLEMS;
    return { ok: false, problems: more > 0 ? [...problems.slice(0, MAX_PROBLEMS), { path: "file", message: `…and ${more} more problems.` }] : problems };
  }
  const { ExecutedAt, TenantId, TenantName, Domain, Account, CurrentVersion, Tests } = parsed.data;
  const seen = new Set<string>();
  for (const [index, test] of Tests.entries()) {
    if (seen.has(test.TestId)) return refuse(`Test ${test.TestId} appears more than once.`, `Tests[${index}].TestId`);
    seen.add(test.TestId);
  }
  return {
    ok: true,
    report: {
      executedAt: new Date(ExecutedAt),
      tenantId: TenantId,
      tenantName: TenantName,
      domain: Domain,
      account: Account,
      toolVersion: CurrentVersion,
      tests: Tests.map((test) => ({
        id: test.TestId,
        title: test.TestTitle,
        status: test.TestStatus,
        pillars: test.TestPillar,
        category: test.TestCategory,
        risk: test.TestRisk,
        impact: test.TestImpact,
        implementationCost: test.TestImplementationCost,
        sfiPillar: test.TestSfiPillar,
        skipped: test.TestSkipped,
        skippedReason: test.SkippedReason,
        description: test.TestDescription,
        result: test.TestResult,
      })),
    },
  };
}

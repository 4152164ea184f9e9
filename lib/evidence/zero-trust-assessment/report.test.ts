import { describe, expect, it } from "vitest";
import { parseZtaReport, ZTA_RISKS, ZTA_STATUSES, type ZtaParseResult } from "./report";
import { bytesOf, KNOWN_TESTS, ztaReportHtml, ztaReportJson, ztaReportObject, type FixtureTest } from "./sample-report";

const everyStatus: FixtureTest[] = ZTA_STATUSES.map((status, index) => ({ id: `9000${index}`, status, risk: ZTA_RISKS[index % ZTA_RISKS.length] }));

function report(result: ZtaParseResult) {
  if (!result.ok) throw new Error(JSON.stringify(result.problems));
  return result.report;
}

function problems(result: ZtaParseResult) {
  if (result.ok) throw new Error("expected the file to be refused");
  return result.problems;
}

describe("parseZtaReport", () => {
  it("reads the JSON export: the tool's fields under the app's names, every status and risk", () => {
    const parsed = report(parseZtaReport(bytesOf(ztaReportJson({ tests: everyStatus }))));
    expect(parsed).toMatchObject({ tenantId: "aaaabbbb-0000-cccc-1111-dddd2222eeee", tenantName: "Contoso", domain: "contoso.com", account: "admin@contoso.com", toolVersion: "2.6.0" });
    expect(parsed.executedAt.toISOString()).toBe("2026-11-30T08:15:38.163Z");
    expect(parsed.tests.map((test) => test.status)).toEqual([...ZTA_STATUSES]);
    expect(new Set(parsed.tests.map((test) => test.risk))).toEqual(new Set(ZTA_RISKS));
    expect(parsed.tests[0]).toMatchObject({ id: "90000", pillars: ["Identity"], category: "Access control", impact: "Low", implementationCost: "Medium", sfiPillar: "Protect identities and secrets" });
    expect(parsed.tests[0]!.result).toContain("| Name |");
  });

  it("reads the same results out of the single-file HTML report, past braces in the script around them", () => {
    const fromJson = report(parseZtaReport(bytesOf(ztaReportJson({ tests: everyStatus }))));
    const fromHtml = report(parseZtaReport(bytesOf(ztaReportHtml({ tests: everyStatus }))));
    expect(fromHtml).toEqual(fromJson);
  });

  it("is not put off by a byte-order mark, UTF-8 or UTF-16", () => {
    const text = ztaReportJson({ tests: everyStatus });
    expect(report(parseZtaReport(bytesOf(text, true))).tests).toHaveLength(ZTA_STATUSES.length);
    expect(report(parseZtaReport(bytesOf(ztaReportHtml({ tests: everyStatus }), true))).tests).toHaveLength(ZTA_STATUSES.length);
    const utf16 = new Uint8Array(2 + text.length * 2);
    utf16.set([0xff, 0xfe]);
    for (let i = 0; i < text.length; i++) new DataView(utf16.buffer).setUint16(2 + i * 2, text.charCodeAt(i), true);
    expect(report(parseZtaReport(utf16)).tests).toHaveLength(ZTA_STATUSES.length);
  });

  it("takes a list-valued or missing pillar, numeric ids, and empty impact, cost and risk", () => {
    const parsed = report(
      parseZtaReport(
        bytesOf(
          ztaReportJson({
            tests: [
              { id: 35022, status: "Passed", pillar: ["Data", "AI"] },
              { id: "21778", status: "Skipped", pillar: null, category: null, impact: "", cost: "", risk: "" },
            ],
          }),
        ),
      ),
    );
    expect(parsed.tests[0]).toMatchObject({ id: "35022", pillars: ["Data", "AI"] });
    expect(parsed.tests[1]).toMatchObject({ id: "21778", pillars: [], category: null, impact: null, implementationCost: null, risk: "Unranked", skipped: "NotApplicable" });
  });

  it("ignores fields it does not know, and never reads the summary block", () => {
    const object = ztaReportObject({ tests: [{ id: KNOWN_TESTS.fewGlobalAdmins.id, status: "Failed" }] });
    const withExtras = { ...object, NewTopLevel: { a: 1 }, Tests: object.Tests.map((test) => ({ ...test, TestFutureField: [1, 2] })) };
    const parsed = report(parseZtaReport(bytesOf(JSON.stringify(withExtras))));
    expect(parsed.tests).toHaveLength(1);
    expect(Object.keys(parsed.tests[0]!)).not.toContain("TestFutureField");
  });

  it("names each problem of a malformed file by its path", () => {
    const object = ztaReportObject({ tests: everyStatus });
    const broken = { ...object, TenantId: "", Tests: [{ ...object.Tests[0]!, TestStatus: "Sideways" }, { ...object.Tests[1]!, TestTitle: 7 }] };
    expect(problems(parseZtaReport(bytesOf(JSON.stringify(broken))))).toEqual([
      { path: "TenantId", message: expect.any(String) },
      { path: "Tests[0].TestStatus", message: expect.stringContaining("Passed") },
      { path: "Tests[1].TestTitle", message: expect.any(String) },
    ]);
  });

  it("refuses what is not a report, with a reason", () => {
    expect(problems(parseZtaReport(bytesOf("")))[0]!.message).toMatch(/not a Zero Trust Assessment report/);
    expect(problems(parseZtaReport(bytesOf("<html><body>Hello</body></html>")))[0]!.message).toMatch(/not a Zero Trust Assessment report/);
    expect(problems(parseZtaReport(bytesOf('<script>reportData= {"Tests": [')))[0]!.message).toMatch(/cut off/);
    expect(problems(parseZtaReport(bytesOf("{ not json")))[0]!.message).toMatch(/not valid JSON/);
    expect(problems(parseZtaReport(Uint8Array.of(0xc3, 0x28)))[0]!.message).toMatch(/not UTF-8/);
    expect(problems(parseZtaReport(bytesOf(`{"a":${"[".repeat(100)}${"]".repeat(100)}}`)))[0]!.message).toMatch(/deeper/);
    expect(problems(parseZtaReport(bytesOf(ztaReportJson({ tests: [] }))))).toEqual([{ path: "Tests", message: "The report holds no tests." }]);
    const twice = ztaReportJson({ tests: [{ id: "1", status: "Passed" }, { id: 1, status: "Failed" }] });
    expect(problems(parseZtaReport(bytesOf(twice)))).toEqual([{ path: "Tests[1].TestId", message: "Test 1 appears more than once." }]);
  });

  it("refuses NUL and broken Unicode, which the database cannot store, by path", () => {
    const object = ztaReportObject({ tests: [{ id: 1, status: "Passed" }, { id: 2, status: "Passed" }] });
    const broken = { ...object, Tests: [{ ...object.Tests[0]!, TestTitle: "y\u0000" }, { ...object.Tests[1]!, TestResult: "\ud800" }] };
    expect(problems(parseZtaReport(bytesOf(JSON.stringify(broken)))).map((problem) => problem.path)).toEqual(["Tests[0].TestTitle", "Tests[1].TestResult"]);
  });

  it("lists at most twenty problems and says how many more", () => {
    const object = ztaReportObject({ tests: Array.from({ length: 30 }, (_, index) => ({ id: index + 1, status: "Passed" as const })) });
    const broken = { ...object, Tests: object.Tests.map((test) => ({ ...test, TestStatus: "Maybe" })) };
    const listed = problems(parseZtaReport(bytesOf(JSON.stringify(broken))));
    expect(listed).toHaveLength(21);
    expect(listed.at(-1)).toEqual({ path: "file", message: "…and 10 more problems." });
  });
});

import { describe, expect, it } from "vitest";
import { parseWapitiReport } from "./wapiti-report";

const entry = (overrides: Record<string, unknown>) => ({ method: "GET", path: "/", info: "", level: 1, parameter: "", http_request: "GET / HTTP/1.1\nHost: 127.0.0.1:3290\n", curl_command: "curl", ...overrides });

describe("parseWapitiReport", () => {
  it("reports vulnerabilities and anomalies with the request target and parameter", () => {
    const report = {
      classifications: {},
      vulnerabilities: {
        "Cross Site Scripting": [
          entry({ path: "/search", parameter: "q", info: "XSS vulnerability found via injection in the parameter q", http_request: "GET /search?q=%3Cscript%3E HTTP/1.1\nHost: 127.0.0.1:3290\n" }),
        ],
        "SQL Injection": [],
      },
      anomalies: {
        "Internal Server Error": [entry({ path: "/api/audit/export", parameter: "actor", info: "The server responded with a 500 HTTP error code", http_request: "GET /api/audit/export?actor=%00 HTTP/1.1\n" })],
      },
      additionals: { Fingerprint: [entry({ info: "Next.js" })] },
      infos: { target: "http://127.0.0.1:3290/" },
    };
    expect(parseWapitiReport(report)).toEqual({
      findings: [
        { tool: "wapiti", kind: "Cross Site Scripting", method: "GET", url: "/search?q=%3Cscript%3E", parameter: "q", detail: "XSS vulnerability found via injection in the parameter q" },
        { tool: "wapiti", kind: "Internal Server Error (anomaly)", method: "GET", url: "/api/audit/export?actor=%00", parameter: "actor", detail: "The server responded with a 500 HTTP error code" },
      ],
      obsolete: [],
    });
  });

  it("sets apart the X-XSS-Protection check that current guidance contradicts", () => {
    const report = {
      vulnerabilities: { "HTTP Secure Headers": [entry({ info: "X-XSS-Protection is not set" }), entry({ info: "X-Frame-Options is not set" })] },
      anomalies: {},
    };
    const { findings, obsolete } = parseWapitiReport(report);
    expect(findings.map((finding) => finding.detail)).toEqual(["X-Frame-Options is not set"]);
    expect(obsolete.map((finding) => finding.detail)).toEqual(["X-XSS-Protection is not set"]);
  });

  it("falls back to the path when the request text has no request line", () => {
    const report = { vulnerabilities: { "Open Redirect": [entry({ path: "/sign-in", parameter: "next", http_request: "" })] }, anomalies: {} };
    expect(parseWapitiReport(report).findings[0]?.url).toBe("/sign-in");
  });

  it("refuses something that is not a report", () => {
    expect(() => parseWapitiReport("not json")).toThrow();
  });
});

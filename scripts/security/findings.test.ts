import { describe, expect, it } from "vitest";
import { formatFinding, serverErrorFindings } from "./findings";

describe("serverErrorFindings", () => {
  it("groups 5xx answers by status, method and path (Next's build files as one), keeping the first request and answer", () => {
    const error = (url: string, phase = "wapiti", status = 500) => ({ phase, method: "GET", url, status, requestBody: "", responseBody: "Internal\n Server Error" });
    const findings = serverErrorFindings([
      error("http://127.0.0.1:3290/api/audit/export?actor=%00"),
      error("http://127.0.0.1:3290/api/audit/export?action=%00", "sqlmap"),
      error("http://127.0.0.1:3290/api/v1/assessments/%E0", "sqlmap", 502),
      error("http://127.0.0.1:3290/_next/static/chunks/a.js"),
      error("http://127.0.0.1:3290/_next/static/chunks/b.js"),
    ]);
    expect(findings).toEqual([
      { tool: "proxy", kind: "HTTP 500 (2× on 1 path during wapiti, sqlmap)", method: "GET", url: "http://127.0.0.1:3290/api/audit/export?actor=%00", parameter: "", detail: "response: Internal Server Error" },
      { tool: "proxy", kind: "HTTP 502 (1× on 1 path during sqlmap)", method: "GET", url: "http://127.0.0.1:3290/api/v1/assessments/%E0", parameter: "", detail: "response: Internal Server Error" },
      { tool: "proxy", kind: "HTTP 500 (2× on 2 paths during wapiti)", method: "GET", url: "http://127.0.0.1:3290/_next/static/chunks/a.js", parameter: "", detail: "response: Internal Server Error" },
    ]);
  });
});

describe("formatFinding", () => {
  it("prints tool, kind, request and parameter on one line and the detail indented below", () => {
    const line = formatFinding({ tool: "sqlmap", kind: "SQL injection (boolean-based blind)", method: "GET", url: "/api/v1/assessments?q=x", parameter: "q (GET)", detail: "title\npayload: q=x' AND 1=1" });
    expect(line).toBe("[sqlmap] SQL injection (boolean-based blind): GET /api/v1/assessments?q=x parameter=q (GET)\n    title\n    payload: q=x' AND 1=1");
  });
});

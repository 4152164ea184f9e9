/** Reads wapiti's JSON report (`-f json`) into findings: its vulnerabilities and anomalies. */
import { z } from "zod";
import type { Finding } from "./findings";

const ZEntry = z.object({
  method: z.string().catch(""),
  path: z.string().catch(""),
  info: z.string().catch(""),
  parameter: z.string().catch(""),
  http_request: z.string().catch(""),
});
const ZCategories = z.record(z.string(), z.array(ZEntry)).catch({});
const ZReport = z.object({ vulnerabilities: ZCategories, anomalies: ZCategories, infos: z.record(z.string(), z.unknown()).catch({}) });

/**
 * Checks this wapiti version makes that current guidance contradicts: OWASP's Secure Headers
 * Project asks for X-XSS-Protection to be left out (or 0), as its filter opened XS-leaks.
 */
const OBSOLETE_CHECKS = new Set(["X-XSS-Protection is not set"]);

export interface WapitiResult {
  findings: Finding[];
  /** Reported by wapiti but not counted, with the reason above. */
  obsolete: Finding[];
}

/** The request line's target, e.g. `/api/x?a=1`, from wapiti's `http_request` text. */
function requestTarget(entry: z.infer<typeof ZEntry>): string {
  const firstLine = entry.http_request.split("\n", 1)[0] ?? "";
  const target = firstLine.split(" ")[1];
  return target && target.startsWith("/") ? target : entry.path;
}

export function parseWapitiReport(json: unknown): WapitiResult {
  const report = ZReport.parse(json);
  const findings: Finding[] = [];
  const obsolete: Finding[] = [];
  for (const [group, categories] of [
    ["vulnerability", report.vulnerabilities],
    ["anomaly", report.anomalies],
  ] as const) {
    for (const [category, entries] of Object.entries(categories)) {
      for (const entry of entries) {
        const finding: Finding = {
          tool: "wapiti",
          kind: group === "anomaly" ? `${category} (anomaly)` : category,
          method: entry.method,
          url: requestTarget(entry),
          parameter: entry.parameter,
          detail: entry.info,
        };
        (OBSOLETE_CHECKS.has(entry.info) ? obsolete : findings).push(finding);
      }
    }
  }
  return { findings, obsolete };
}

/** What the scan reports, in one shape for wapiti, sqlmap and the counting proxy. */
import type { ServerError } from "./counting-proxy";

export interface Finding {
  tool: "wapiti" | "sqlmap" | "proxy";
  kind: string;
  method: string;
  url: string;
  parameter: string;
  detail: string;
}

export function formatFinding(finding: Finding): string {
  const parameter = finding.parameter ? ` parameter=${finding.parameter}` : "";
  const detail = finding.detail ? `\n    ${finding.detail.replaceAll("\n", "\n    ")}` : "";
  return `[${finding.tool}] ${finding.kind}: ${finding.method} ${finding.url}${parameter}${detail}`;
}

/** Next's hashed build files are one resource: a fault on one of them is a fault on all. */
const resource = (pathname: string) => (pathname.startsWith("/_next/static/") ? "/_next/static/*" : pathname);

/**
 * One finding per status, method and path: a scanner sends dozens of payloads to each URL,
 * and the first one that broke it, with its answer, is what someone fixing it needs.
 */
export function serverErrorFindings(errors: readonly ServerError[]): Finding[] {
  const groups = new Map<string, { first: ServerError; count: number; phases: Set<string>; paths: Set<string> }>();
  for (const error of errors) {
    const { pathname } = new URL(error.url);
    const key = `${error.status} ${error.method} ${resource(pathname)}`;
    const group = groups.get(key);
    if (group) {
      group.count += 1;
      group.phases.add(error.phase);
      group.paths.add(pathname);
    } else groups.set(key, { first: error, count: 1, phases: new Set([error.phase]), paths: new Set([pathname]) });
  }
  return [...groups.values()].map(({ first, count, phases, paths }) => ({
    tool: "proxy",
    kind: `HTTP ${first.status} (${count}× on ${paths.size} ${paths.size === 1 ? "path" : "paths"} during ${[...phases].join(", ")})`,
    method: first.method,
    url: first.url,
    parameter: "",
    detail: [first.requestBody && `request body: ${first.requestBody}`, `response: ${first.responseBody.replaceAll(/\s+/g, " ").trim().slice(0, 300)}`].filter(Boolean).join("\n"),
  }));
}

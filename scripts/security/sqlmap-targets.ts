/**
 * What sqlmap attacks: every path and query parameter of the GET operations in the served
 * OpenAPI document, each with a real value so sqlmap has a working baseline. Mutating
 * operations are left out: their path parameters are the same ones the GET operations of
 * the path take, and sqlmap's baseline request would change or delete the data.
 */
import { z } from "zod";
import type { Finding } from "./findings";

const ZParameter = z.object({
  name: z.string(),
  in: z.string(),
  schema: z.object({ enum: z.array(z.unknown()).optional(), default: z.unknown().optional() }).loose().optional(),
});
const ZOperation = z.object({ operationId: z.string().optional(), parameters: z.array(ZParameter).optional() }).loose();
const ZPathItem = z.object({ parameters: z.array(ZParameter).optional(), get: ZOperation.optional() }).loose();
const ZOpenApi = z.object({ paths: z.record(z.string(), ZPathItem) });

export interface SqlmapTarget {
  name: string;
  /** Path parameters carry sqlmap's custom injection mark `*` after their value. */
  url: string;
  /** Query parameters for sqlmap's `-p`; empty for a path-parameter target. */
  parameters: string[];
}

/** Real values by parameter name; an unknown one takes its schema's default or first enum value, else "1". */
export type SampleValues = Record<string, string>;

function sampleValue(parameter: z.infer<typeof ZParameter>, samples: SampleValues): string {
  const known = samples[parameter.name];
  if (known !== undefined) return known;
  const fallback = parameter.schema?.default ?? parameter.schema?.enum?.[0];
  return fallback === undefined ? "1" : String(fallback);
}

export function sqlmapTargets(openApi: unknown, baseUrl: string, samples: SampleValues): SqlmapTarget[] {
  const { paths } = ZOpenApi.parse(openApi);
  const targets: SqlmapTarget[] = [];
  for (const [template, item] of Object.entries(paths)) {
    if (!item.get) continue;
    const parameters = [...(item.parameters ?? []), ...(item.get.parameters ?? [])];
    const name = item.get.operationId ?? template;
    const fill = (marked: string | null) =>
      template.replace(/\{([^{}]+)\}/g, (_, param: string) => {
        const definition = parameters.find((candidate) => candidate.name === param && candidate.in === "path");
        const value = encodeURIComponent(definition ? sampleValue(definition, samples) : (samples[param] ?? "1"));
        return param === marked ? `${value}*` : value;
      });
    const query = parameters.filter((parameter) => parameter.in === "query");
    const search = query.length ? `?${new URLSearchParams(query.map((parameter) => [parameter.name, sampleValue(parameter, samples)])).toString()}` : "";
    for (const parameter of parameters.filter((candidate) => candidate.in === "path")) {
      // Path-parameter targets carry no query: sqlmap would test it there too.
      targets.push({ name: `${name} path:${parameter.name}`, url: `${baseUrl}${fill(parameter.name)}`, parameters: [] });
    }
    if (query.length) targets.push({ name: `${name} query`, url: `${baseUrl}${fill(null)}${search}`, parameters: query.map((parameter) => parameter.name) });
  }
  return targets;
}

/**
 * sqlmap's console output: the `Parameter: … / Type: … / Title: … / Payload: …` block it
 * prints between `---` lines once it has confirmed an injection point.
 */
export function parseSqlmapOutput(output: string, target: SqlmapTarget): Finding[] {
  const findings: Finding[] = [];
  const blocks = output.split(/^---$/m).filter((_, index) => index % 2 === 1);
  for (const block of blocks) {
    let parameter = "";
    let type = "";
    let title = "";
    for (const line of block.split("\n").map((text) => text.trim())) {
      const parameterLine = /^Parameter: (.+)$/.exec(line);
      if (parameterLine) parameter = parameterLine[1]!;
      const typeLine = /^Type: (.+)$/.exec(line);
      if (typeLine) type = typeLine[1]!;
      const titleLine = /^Title: (.+)$/.exec(line);
      if (titleLine) title = titleLine[1]!;
      const payloadLine = /^Payload: (.+)$/.exec(line);
      if (payloadLine) {
        findings.push({ tool: "sqlmap", kind: `SQL injection (${type})`, method: "GET", url: target.url, parameter, detail: `${title}\npayload: ${payloadLine[1]}` });
      }
    }
  }
  return findings;
}

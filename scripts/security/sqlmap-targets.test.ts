import { describe, expect, it } from "vitest";
import { openApiDocument } from "../../lib/openapi";
import { parseSqlmapOutput, sqlmapTargets } from "./sqlmap-targets";

const BASE = "http://127.0.0.1:3290";
const SAMPLES = { id: "a1", snapshotId: "s1", fileId: "f1", ownerId: "u1", q: "FY26", snapshot: "s1", from: "2026-01-01" };

describe("sqlmapTargets", () => {
  it("marks each path parameter of every GET operation in the app's OpenAPI document, one target each", () => {
    const targets = sqlmapTargets(openApiDocument(), BASE, SAMPLES);
    expect(targets.filter((target) => target.parameters.length === 0).map((target) => target.url)).toEqual([
      `${BASE}/api/v1/assessments/a1*`,
      `${BASE}/api/v1/assessments/a1*/answers`,
      `${BASE}/api/v1/assessments/a1*/snapshots`,
      `${BASE}/api/v1/assessments/a1*/snapshots/s1`,
      `${BASE}/api/v1/assessments/a1/snapshots/s1*`,
      `${BASE}/api/v1/assessments/a1*/scores`,
      `${BASE}/api/v1/assessments/a1*/evidence/zero-trust-assessment`,
      `${BASE}/api/v1/assessments/a1*/export`,
      `${BASE}/api/v1/assessments/a1*/report`,
      `${BASE}/api/v1/assessments/a1*/evidence/files`,
      `${BASE}/api/v1/assessments/a1*/evidence/files/f1`,
      `${BASE}/api/v1/assessments/a1/evidence/files/f1*`,
      `${BASE}/api/v1/framework/zt-2026.1*`,
    ]);
  });

  it("tests the query parameters with sample values, or the schema's default or first enum value", () => {
    const queries = sqlmapTargets(openApiDocument(), BASE, SAMPLES).filter((target) => target.parameters.length > 0);
    expect(queries).toEqual([
      { name: "listAssessments query", url: `${BASE}/api/v1/assessments?q=FY26&status=draft&ownerId=u1`, parameters: ["q", "status", "ownerId"] },
      { name: "getScores query", url: `${BASE}/api/v1/assessments/a1/scores?view=cisa`, parameters: ["view"] },
      { name: "exportAssessment query", url: `${BASE}/api/v1/assessments/a1/export?format=json`, parameters: ["format"] },
      { name: "downloadReport query", url: `${BASE}/api/v1/assessments/a1/report?snapshot=s1`, parameters: ["snapshot"] },
      { name: "exportAuditLog query", url: `${BASE}/api/v1/audit/export?actor=1&action=1&outcome=1&from=2026-01-01&to=1`, parameters: ["actor", "action", "outcome", "from", "to"] },
      {
        name: "exportNextSteps query",
        url: `${BASE}/api/v1/next-steps/export?assessment=1&pillar=identity&stage=traditional&status=not_started&owner=1&overdue=0&closed=0&format=csv`,
        parameters: ["assessment", "pillar", "stage", "status", "owner", "overdue", "closed", "format"],
      },
      {
        name: "listNextSteps query",
        url: `${BASE}/api/v1/next-steps?assessment=1&pillar=identity&stage=traditional&status=not_started&owner=1&overdue=true&closed=true&page=1&limit=50`,
        parameters: ["assessment", "pillar", "stage", "status", "owner", "overdue", "closed", "page", "limit"],
      },
    ]);
  });

  it("leaves out paths without a GET operation and encodes values", () => {
    const document = {
      paths: {
        "/api/v1/things/{id}": { parameters: [{ name: "id", in: "path" }], delete: {} },
        "/api/v1/items/{id}": { get: { operationId: "getItem", parameters: [{ name: "id", in: "path" }, { name: "page", in: "query", schema: {} }] } },
      },
    };
    expect(sqlmapTargets(document, BASE, { id: "a b/c" })).toEqual([
      { name: "getItem path:id", url: `${BASE}/api/v1/items/a%20b%2Fc*`, parameters: [] },
      { name: "getItem query", url: `${BASE}/api/v1/items/a%20b%2Fc?page=1`, parameters: ["page"] },
    ]);
  });

  it("refuses a document without paths", () => {
    expect(() => sqlmapTargets({ openapi: "3.1.0" }, BASE, {})).toThrow();
  });
});

describe("parseSqlmapOutput", () => {
  const target = { name: "listAssessments query", url: `${BASE}/api/v1/assessments?q=FY26`, parameters: ["q"] };

  it("returns one finding per technique of each confirmed injection point", () => {
    const output = [
      "[23:32:06] [INFO] GET parameter 'q' is 'PostgreSQL > 8.1 AND time-based blind' injectable",
      "sqlmap identified the following injection point(s) with a total of 46 HTTP(s) requests:",
      "---",
      "Parameter: q (GET)",
      "    Type: boolean-based blind",
      "    Title: AND boolean-based blind - WHERE or HAVING clause",
      "    Payload: q=FY26' AND 8149=8149 AND 'a'='a",
      "",
      "    Type: time-based blind",
      "    Title: PostgreSQL > 8.1 AND time-based blind",
      "    Payload: q=FY26' AND 4312=(SELECT 4312 FROM PG_SLEEP(2)) AND 'a'='a",
      "---",
      "[23:32:09] [INFO] the back-end DBMS is PostgreSQL",
    ].join("\n");
    expect(parseSqlmapOutput(output, target)).toEqual([
      { tool: "sqlmap", kind: "SQL injection (boolean-based blind)", method: "GET", url: target.url, parameter: "q (GET)", detail: "AND boolean-based blind - WHERE or HAVING clause\npayload: q=FY26' AND 8149=8149 AND 'a'='a" },
      { tool: "sqlmap", kind: "SQL injection (time-based blind)", method: "GET", url: target.url, parameter: "q (GET)", detail: "PostgreSQL > 8.1 AND time-based blind\npayload: q=FY26' AND 4312=(SELECT 4312 FROM PG_SLEEP(2)) AND 'a'='a" },
    ]);
  });

  it("finds nothing when sqlmap found nothing", () => {
    const output = [
      "[23:32:06] [WARNING] URI parameter '#1*' does not seem to be injectable",
      "[23:32:06] [ERROR] all tested parameters do not appear to be injectable. Try to increase values for '--level'/'--risk' options",
    ].join("\n");
    expect(parseSqlmapOutput(output, target)).toEqual([]);
  });
});

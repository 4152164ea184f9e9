import { readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";
import ts from "typescript";
import { describe, expect, it } from "vitest";
import { openApiDocument } from "./openapi";

const API_ROOT = path.resolve(__dirname, "../app/api/v1");
const METHODS = ["GET", "POST", "PUT", "PATCH", "DELETE"] as const;

function routeFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    if (statSync(full).isDirectory()) return routeFiles(full);
    return name === "route.ts" ? [full] : [];
  });
}

/** `assessments/[id]/snapshots/[snapshotId]/route.ts` → `/api/v1/assessments/{id}/snapshots/{snapshotId}`. */
function pathTemplate(file: string): string {
  const folders = path.relative(API_ROOT, path.dirname(file)).split(path.sep);
  return ["/api/v1", ...folders.map((folder) => folder.replace(/^\[(\w+)\]$/, "{$1}"))].join("/");
}

const isMethod = (name: string) => (METHODS as readonly string[]).includes(name);
const exported = (node: ts.Node) => ts.canHaveModifiers(node) && (ts.getModifiers(node) ?? []).some((modifier) => modifier.kind === ts.SyntaxKind.ExportKeyword);

/**
 * The HTTP methods a route file handles: exported functions and constants named GET, POST, …,
 * and re-exports under those names, except `methodNotAllowed` (the JSON 405 for the rest).
 */
function handledMethods(file: string): string[] {
  const source = ts.createSourceFile(file, readFileSync(file, "utf8"), ts.ScriptTarget.Latest);
  return source.statements.flatMap((statement) => {
    if (ts.isFunctionDeclaration(statement) && exported(statement) && statement.name && isMethod(statement.name.text)) return [statement.name.text];
    if (ts.isVariableStatement(statement) && exported(statement)) {
      return statement.declarationList.declarations.flatMap((declaration) => (ts.isIdentifier(declaration.name) && isMethod(declaration.name.text) ? [declaration.name.text] : []));
    }
    if (ts.isExportDeclaration(statement) && statement.exportClause && ts.isNamedExports(statement.exportClause)) {
      return statement.exportClause.elements.flatMap((element) => ((element.propertyName ?? element.name).text !== "methodNotAllowed" && isMethod(element.name.text) ? [element.name.text] : []));
    }
    return [];
  });
}

const operationsOnDisk = () => routeFiles(API_ROOT).flatMap((file) => handledMethods(file).map((method) => `${method} ${pathTemplate(file)}`));

const documentedOperations = () =>
  Object.entries(openApiDocument().paths as Record<string, Record<string, unknown>>).flatMap(([template, item]) =>
    Object.keys(item)
      .filter((key) => isMethod(key.toUpperCase()))
      .map((method) => `${method.toUpperCase()} ${template}`),
  );

describe("the OpenAPI document", () => {
  it("describes exactly the operations of the route files under app/api/v1", () => {
    expect(documentedOperations().sort()).toEqual(operationsOnDisk().sort());
  });

  it("finds the route files' operations, and not the 405 answers for the other methods", () => {
    const operations = operationsOnDisk();
    expect(operations).toContain("GET /api/v1/assessments/{id}/snapshots/{snapshotId}");
    expect(operations).toContain("PUT /api/v1/assessments/{id}/answers");
    expect(operations).toContain("POST /api/v1/assessments/{id}/evidence/files");
    expect(operations).not.toContain("POST /api/v1/openapi.json");
  });

  it("gives every operation a unique operationId, a summary and the error shape", () => {
    const operations = Object.values(openApiDocument().paths as Record<string, Record<string, { operationId?: string; summary?: string; responses?: Record<string, unknown> }>>).flatMap((item) =>
      Object.entries(item)
        .filter(([key]) => isMethod(key.toUpperCase()))
        .map(([, operation]) => operation),
    );
    const ids = operations.map((operation) => operation.operationId);
    expect(new Set(ids).size).toBe(ids.length);
    for (const operation of operations) {
      expect(operation.summary, operation.operationId).toBeTruthy();
      expect(operation.responses?.["401"], operation.operationId).toEqual({ description: "No valid session or API token.", content: { "application/json": { schema: { $ref: "#/components/schemas/Error" } } } });
    }
  });

  it("names each path parameter of a template", () => {
    for (const [template, item] of Object.entries(openApiDocument().paths as Record<string, { parameters?: { name: string; in: string }[] }>)) {
      const inTemplate = [...template.matchAll(/\{(\w+)\}/g)].map((match) => match[1]);
      const declared = (item.parameters ?? []).filter((parameter) => parameter.in === "path").map((parameter) => parameter.name);
      expect(declared, template).toEqual(inTemplate);
    }
  });
});

import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";
import ts from "typescript";
import { describe, expect, it } from "vitest";

const ROOT = path.resolve(__dirname, "..");

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    if (statSync(full).isDirectory()) return sourceFiles(full);
    return /\.tsx?$/.test(name) && !/\.test\.tsx?$/.test(name) ? [full] : [];
  });
}

/** The file an import names, when it is one of ours under lib/. */
function resolve(from: string, specifier: string): string | null {
  const base = specifier.startsWith("@/") ? path.join(ROOT, specifier.slice(2)) : specifier.startsWith(".") ? path.resolve(path.dirname(from), specifier) : null;
  if (!base) return null;
  const found = [`${base}.ts`, `${base}.tsx`, path.join(base, "index.ts")].find((candidate) => existsSync(candidate));
  return found && found.startsWith(path.join(ROOT, "lib")) ? found : null;
}

/** Whether a statement loads its module at run time: type-only imports and exports are erased. */
function loadsModule(statement: ts.Statement): statement is (ts.ImportDeclaration | ts.ExportDeclaration) & { moduleSpecifier: ts.StringLiteral } {
  if (ts.isImportDeclaration(statement)) {
    const clause = statement.importClause;
    if (!clause) return true;
    if (clause.isTypeOnly) return false;
    const named = clause.namedBindings;
    return Boolean(clause.name) || !named || ts.isNamespaceImport(named) || named.elements.length === 0 || named.elements.some((element) => !element.isTypeOnly);
  }
  return ts.isExportDeclaration(statement) && !statement.isTypeOnly && statement.moduleSpecifier !== undefined && ts.isStringLiteral(statement.moduleSpecifier);
}

function importGraph(): Map<string, string[]> {
  const graph = new Map<string, string[]>();
  for (const file of sourceFiles(path.join(ROOT, "lib"))) {
    const source = ts.createSourceFile(file, readFileSync(file, "utf8"), ts.ScriptTarget.Latest);
    const targets = source.statements
      .filter(loadsModule)
      .map((statement) => resolve(file, statement.moduleSpecifier.text))
      .filter((target): target is string => target !== null);
    graph.set(file, [...new Set(targets)]);
  }
  return graph;
}

function findCycles(graph: Map<string, string[]>): string[][] {
  const cycles: string[][] = [];
  const state = new Map<string, "open" | "done">();
  const stack: string[] = [];
  const visit = (file: string) => {
    state.set(file, "open");
    stack.push(file);
    for (const next of graph.get(file) ?? []) {
      if (state.get(next) === "open") cycles.push([...stack.slice(stack.indexOf(next)), next]);
      else if (!state.has(next)) visit(next);
    }
    stack.pop();
    state.set(file, "done");
  };
  for (const file of graph.keys()) if (!state.has(file)) visit(file);
  return cycles.map((cycle) => cycle.map((file) => path.relative(ROOT, file)));
}

describe("lib/ import graph", () => {
  it("has no import cycle (a cycle works only while every use stays inside a function body)", () => {
    expect(findCycles(importGraph())).toEqual([]);
  });

  it("sees the imports it checks: session reaches api-tokens and authorize", () => {
    const graph = importGraph();
    const at = (file: string) => graph.get(path.join(ROOT, file)) ?? [];
    expect(at("lib/server/session.ts")).toContain(path.join(ROOT, "lib/server/api-tokens.ts"));
    expect(at("lib/server/api-tokens.ts")).toContain(path.join(ROOT, "lib/server/authorize.ts"));
    expect(findCycles(new Map([["a", ["b"]], ["b", ["a"]]]))).toHaveLength(1);
  });
});

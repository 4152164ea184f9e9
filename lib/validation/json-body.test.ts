import { describe, expect, it } from "vitest";
import { jsonNestsDeeperThan, jsonValueEnd, MAX_JSON_DEPTH } from "./json-body";

const nested = (depth: number) => `${"[".repeat(depth)}${"]".repeat(depth)}`;

describe("jsonNestsDeeperThan", () => {
  it("counts arrays and objects, and allows exactly the limit", () => {
    expect(jsonNestsDeeperThan(nested(MAX_JSON_DEPTH), MAX_JSON_DEPTH)).toBe(false);
    expect(jsonNestsDeeperThan(nested(MAX_JSON_DEPTH + 1), MAX_JSON_DEPTH)).toBe(true);
    expect(jsonNestsDeeperThan('{"a":{"b":[{"c":1}]}}', 3)).toBe(true);
    expect(jsonNestsDeeperThan('{"a":{"b":[{"c":1}]}}', 4)).toBe(false);
  });

  it("does not count brackets inside strings, escaped quotes included", () => {
    expect(jsonNestsDeeperThan(JSON.stringify({ note: "[[[[{{{{" }), 1)).toBe(false);
    expect(jsonNestsDeeperThan(JSON.stringify({ note: 'say \\"[[[[' }), 1)).toBe(false);
    expect(jsonNestsDeeperThan(JSON.stringify(['"', ["\\", ["x"]]]), 2)).toBe(true);
  });

  it("measures siblings separately", () => {
    expect(jsonNestsDeeperThan(`[${Array.from({ length: 1000 }, () => nested(10)).join(",")}]`, 11)).toBe(false);
  });

  it("scans a million levels without recursion", () => {
    expect(jsonNestsDeeperThan("[".repeat(1_000_000), MAX_JSON_DEPTH)).toBe(true);
    expect(jsonNestsDeeperThan(`${"[".repeat(MAX_JSON_DEPTH)}"${"[".repeat(1_000_000)}"${"]".repeat(MAX_JSON_DEPTH)}`, MAX_JSON_DEPTH)).toBe(false);
  });
});

describe("jsonValueEnd", () => {
  it("finds where the object opening at a position closes, not counting brackets inside strings", () => {
    const text = 'x = {"a": "}{\\"]", "b": [1, {"c": 2}]}; more }';
    const start = text.indexOf("{");
    expect(text.slice(start, jsonValueEnd(text, start))).toBe('{"a": "}{\\"]", "b": [1, {"c": 2}]}');
  });

  it("is -1 when the text ends first", () => {
    expect(jsonValueEnd('{"a": [1, 2', 0)).toBe(-1);
    expect(jsonValueEnd('{"a": "}', 0)).toBe(-1);
  });
});

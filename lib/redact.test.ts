import { describe, expect, it } from "vitest";
import { MAX_ITEMS, MAX_TEXT, redact } from "./redact";

describe("redact", () => {
  it("removes secrets at any depth and masks email addresses", () => {
    expect(
      redact({ name: "Ada", password: "hunter2", nested: { apiToken: "zt_abc", list: [{ secretHash: "x" }] }, email: "ada@example.com" }),
    ).toEqual({ name: "Ada", password: "[redacted]", nested: { apiToken: "[redacted]", list: [{ secretHash: "[redacted]" }] }, email: "a***@example.com" });
  });

  it("keeps plain values and turns dates into ISO strings", () => {
    expect(redact({ level: "advanced", version: 3, at: new Date("2026-01-02T03:04:05Z"), na: null })).toEqual({
      level: "advanced",
      version: 3,
      at: "2026-01-02T03:04:05.000Z",
      na: null,
    });
  });

  it("masks every address in a text and leaves look-alikes without a dotted domain alone", () => {
    expect(redact("from ada@example.com to bob.smith@mail.example.org, cc x@y and z@host.")).toBe(
      "from a***@example.com to b***@mail.example.org, cc x@y and z@host.",
    );
    expect(redact("https://user@evidence.example/path")).toBe("h***@evidence.example/path");
  });

  // Cutting first bounds the masking work by MAX_TEXT whatever the input's length: an address
  // beyond the cut is never looked at (before, the whole input was masked and then cut).
  it("cuts a long text before masking it", () => {
    expect(redact(`${"a".repeat(MAX_TEXT + 5000)}@example.com`)).toBe("a".repeat(MAX_TEXT));
    expect(redact(`${"a".repeat(MAX_TEXT - 20)}@example.com`)).toBe("a***@example.com");
    expect(redact(`${"a".repeat(MAX_TEXT - 5)}@example.com`)).toBe(`${"a".repeat(MAX_TEXT - 5)}@exam`);
  });

  it.each([
    ["'a@' repeated", "a@".repeat(50_000), "a@".repeat(MAX_TEXT / 2)],
    ["'a@a' without a dot", "a@a".repeat(40_000), "a@a".repeat(666) + "a@"],
    ["one long local part", `${"x".repeat(100_000)}@b.c`, "x".repeat(MAX_TEXT)],
    ["dots without an @", ".".repeat(100_000), ".".repeat(MAX_TEXT)],
    ["'a@a.' repeated", "a@a.".repeat(30_000), undefined],
    ["spaced addresses", "ab@c.de ".repeat(20_000), undefined],
  ])("redacts an adversarial text (%s) only after cutting it to MAX_TEXT characters", (_name, input, expected) => {
    const result = redact(input) as string;
    expect(result).toBe(redact(input.slice(0, MAX_TEXT)));
    if (expected !== undefined) expect(result).toBe(expected);
    expect(result).not.toMatch(/(?<![\w*])\w@\w+\.\w/);
  });

  it("never cuts inside a surrogate pair and replaces lone surrogates (jsonb refuses them)", () => {
    expect(redact(`${"a".repeat(MAX_TEXT - 1)}😀`)).toBe("a".repeat(MAX_TEXT - 1));
    expect(redact("bad \ud800 text")).toBe("bad \ufffd text");
  });

  it("keeps at most MAX_ITEMS items of a list or keys of an object", () => {
    expect(redact(Array.from({ length: 500 }, (_, i) => i))).toHaveLength(MAX_ITEMS);
    expect(Object.keys(redact(Object.fromEntries(Array.from({ length: 500 }, (_, i) => [`k${i}`, i]))) as object)).toHaveLength(MAX_ITEMS);
  });
});

describe("the lint rule that keeps regular expressions linear", () => {
  // The pattern redaction used before: quadratic on "a@a@a@…"; the repository's ESLint config refuses it.
  it("flags a super-linear pattern and accepts the one redaction uses", { timeout: 60_000 }, async () => {
    const { ESLint } = await import("eslint");
    const eslint = new ESLint({ cwd: process.cwd() });
    const rules = async (code: string) =>
      (await eslint.lintText(code, { filePath: "lib/regexp-example.ts" }))[0]!.messages.map((message) => message.ruleId);
    expect(await rules("export const EMAIL = /[^\\s@]+@[^\\s@]+\\.[^\\s@]+/g;\n")).toContain("regexp/no-super-linear-move");
    expect(await rules("export const SPLIT = /^(a+)+$/;\n")).toContain("regexp/no-super-linear-backtracking");
    expect(await rules("export const EMAIL = /(?<![^\\s@])[^\\s@]+@[^\\s@]+/g;\n")).toEqual([]);
  });
});

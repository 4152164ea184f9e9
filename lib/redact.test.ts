import { describe, expect, it } from "vitest";
import { redact } from "./redact";

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
});

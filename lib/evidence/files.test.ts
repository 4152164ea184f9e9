import { describe, expect, it } from "vitest";
import { formatBytes, isExpired } from "./files";

describe("formatBytes", () => {
  it.each([
    [0, "0 bytes"],
    [1, "1 byte"],
    [1023, "1023 bytes"],
    [1536, "1.5 KB"],
    [20 * 1024, "20 KB"],
    [10 * 1024 * 1024, "10 MB"],
  ])("%i → %s", (size, text) => expect(formatBytes(size)).toBe(text));
});

describe("isExpired", () => {
  it("is expired from the day after its date", () => {
    expect(isExpired("2026-12-05", "2026-12-06")).toBe(true);
    expect(isExpired("2026-12-06", "2026-12-06")).toBe(false);
    expect(isExpired(null, "2026-12-06")).toBe(false);
  });
});

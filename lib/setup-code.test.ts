import { describe, expect, it } from "vitest";
import { generateSetupCode, hashSetupCode, normalizeSetupCode } from "./setup-code";

describe("setup codes", () => {
  it("are 16 unambiguous characters in groups of four, different each time", () => {
    const codes = Array.from({ length: 50 }, generateSetupCode);
    for (const code of codes) expect(code).toMatch(/^[0-9A-HJKMNP-TV-Z]{4}(-[0-9A-HJKMNP-TV-Z]{4}){3}$/);
    expect(new Set(codes).size).toBe(50);
  });

  it("match however they are typed, and only as themselves", () => {
    const code = "0A1B-2C3D-4E5F-6G7H";
    expect(hashSetupCode(" oa1b 2c3d-4e5f-6g7h ")).toBe(hashSetupCode(code));
    expect(normalizeSetupCode("ol-I")).toBe("011");
    expect(hashSetupCode("0A1B-2C3D-4E5F-6G7J")).not.toBe(hashSetupCode(code));
  });
});

import { describe, expect, it } from "vitest";
import { ZScoringSettings } from "./scoring-policy";

const valid = { naThresholdPercent: 25, coverageThresholdPercent: 80, defaultTarget: "advanced", naRequiresApproval: false };

describe("ZScoringSettings", () => {
  it("accepts whole percentages: N/A 0 to 100, coverage 1 to 100", () => {
    expect(ZScoringSettings.safeParse({ ...valid, naThresholdPercent: 0, coverageThresholdPercent: 1 }).success).toBe(true);
    expect(ZScoringSettings.safeParse({ ...valid, naThresholdPercent: 100, coverageThresholdPercent: 100 }).success).toBe(true);
  });

  it("refuses anything else with a message on the field", () => {
    const issue = (input: object) => ZScoringSettings.safeParse({ ...valid, ...input }).error?.issues[0];
    expect(issue({ coverageThresholdPercent: 0 })).toMatchObject({ path: ["coverageThresholdPercent"], message: "Use 1 to 100 percent." });
    expect(issue({ naThresholdPercent: 101 })).toMatchObject({ path: ["naThresholdPercent"], message: "Use 0 to 100 percent." });
    expect(issue({ naThresholdPercent: 12.5 })).toMatchObject({ path: ["naThresholdPercent"] });
    expect(issue({ naThresholdPercent: Number.NaN })).toMatchObject({ path: ["naThresholdPercent"], message: "Enter a whole number of percent." });
    expect(issue({ defaultTarget: "legendary" })).toMatchObject({ path: ["defaultTarget"] });
  });
});

import { describe, expect, it } from "vitest";
import type { NextStepItem } from "@/lib/scoring/types";
import { groupByStage, largestRisks } from "./report";

const step = (questionId: string, gap: number, weight: 1 | 2 | 3, toStage: NextStepItem["toStage"] = "initial"): NextStepItem => ({
  questionId,
  pillar: "identity",
  title: questionId,
  fromStage: "traditional",
  toStage,
  action: `Do ${questionId}`,
  effort: "M",
  impact: 3,
  weight,
  target: "optimal",
  gap,
  priority: 0,
  needs: [],
  enabling: false,
  alsoFor: [],
});

describe("largestRisks", () => {
  it("ranks by gap times weight, then weight, then the given order", () => {
    const steps = [step("A", 1, 3), step("B", 3, 1), step("C", 2, 2), step("D", 3, 3), step("E", 1, 1)];
    expect(largestRisks(steps).map((item) => item.questionId)).toEqual(["D", "C", "A"]);
  });

  it("returns fewer when there are fewer gaps", () => {
    expect(largestRisks([step("A", 1, 1)])).toHaveLength(1);
    expect(largestRisks([])).toEqual([]);
  });
});

describe("groupByStage", () => {
  it("groups in stage order and leaves empty stages out", () => {
    const groups = groupByStage([step("A", 1, 1, "optimal"), step("B", 1, 1, "initial"), step("C", 1, 1, "optimal")]);
    expect(groups.map((group) => [group.stage, group.items.map((item) => item.questionId)])).toEqual([
      ["initial", ["B"]],
      ["optimal", ["A", "C"]],
    ]);
  });
});

import { describe, expect, it } from "vitest";
import { LATEST_FRAMEWORK } from "@/lib/framework/index";
import { scoreAssessment } from "@/lib/scoring/maturity";
import { distributionRows, gapSummary, radarRows, trendPoints, versionChanges } from "./dashboard";

const framework = LATEST_FRAMEWORK;
const identity = framework.questions.filter((question) => question.pillar === "identity");
const scores = scoreAssessment(
  framework,
  identity.map((question) => ({ questionId: question.id, value: "initial" })),
  { identity: "advanced", devices: "initial" },
);

describe("dashboard shapes", () => {
  it("radar rows give the current score and the target level per pillar, in framework order", () => {
    const rows = radarRows(framework, scores);
    expect(rows.map((row) => row.pillar)).toEqual(framework.pillars.map((pillar) => pillar.id));
    expect(rows[0]).toEqual({ pillar: "identity", name: "Identity", current: 2, target: 3 });
    expect(rows[1]).toMatchObject({ pillar: "devices", current: null, target: 2 });
  });

  it("distribution rows count every question of a pillar once", () => {
    const rows = distributionRows(framework, scores);
    expect(rows[0]).toMatchObject({ name: "Identity", initial: identity.length, unanswered: 0 });
    const devices = rows[1]!;
    expect(devices.unanswered).toBe(framework.questions.filter((question) => question.pillar === "devices").length);
  });

  it("trend points are oldest first, labelled by the snapshot label or its date", () => {
    const later = scoreAssessment(framework, identity.map((question) => ({ questionId: question.id, value: "advanced" })));
    const points = trendPoints([
      { label: null, takenAt: new Date("2026-12-01T00:00:00Z"), scores: later },
      { label: "Baseline", takenAt: new Date("2026-09-01T00:00:00Z"), scores },
    ]);
    expect(points.map((point) => [point.label, point.overall, point.pillars.identity])).toEqual([
      ["Baseline", 2, 2],
      ["2026-12-01", 3, 3],
    ]);
  });

  it("a change of question bank version starts a new segment, so means of different question sets are never joined", () => {
    const at = (day: string) => new Date(`2026-${day}T00:00:00Z`);
    const points = trendPoints([
      { label: "A", takenAt: at("01-01"), scores, frameworkVersion: "v1" },
      { label: "B", takenAt: at("02-01"), scores, frameworkVersion: "v1" },
      { label: "C", takenAt: at("03-01"), scores, frameworkVersion: "v2" },
      { label: "D", takenAt: at("04-01"), scores, frameworkVersion: "v2" },
    ]);
    expect(points.map((point) => [point.label, point.frameworkVersion, point.segment])).toEqual([
      ["A", "v1", 0],
      ["B", "v1", 0],
      ["C", "v2", 1],
      ["D", "v2", 1],
    ]);
    expect(versionChanges(points)).toEqual([{ index: 2, label: "C", frameworkVersion: "v2" }]);
    expect(versionChanges(trendPoints([{ label: "A", takenAt: at("01-01"), scores }]))).toEqual([]);
  });

  it("the gap summary counts pillars short of target and names the largest gap", () => {
    expect(gapSummary(scores)).toEqual({ belowTarget: 1, withTarget: 1, largest: { pillar: "identity", gap: 1 } });
  });
});

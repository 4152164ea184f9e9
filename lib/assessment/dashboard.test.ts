import { describe, expect, it } from "vitest";
import { LATEST_FRAMEWORK } from "@/lib/framework/index";
import { scoreAssessment } from "@/lib/scoring/maturity";
import { distributionRows, gapSummary, radarRows, trendPoints } from "./dashboard";

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

  it("the gap summary counts pillars short of target and names the largest gap", () => {
    expect(gapSummary(scores)).toEqual({ belowTarget: 1, withTarget: 1, largest: { pillar: "identity", gap: 1 } });
  });
});

import { describe, expect, it } from "vitest";
import { prioritiseNextSteps } from "../scoring/next-steps";
import { getFramework } from "./index";
import type { TargetPreset } from "./types";

const framework = getFramework("zt-2026.2")!;
const preset = (id: string) => framework.presets.find((candidate) => candidate.id === id)!;
const targetsOf = (chosen: TargetPreset) => ({ ...chosen.targets, groups: chosen.groups });
const question = (id: string) => framework.questions.find((candidate) => candidate.id === id)!;

/** The stage next steps aim a question at under a preset: its group's target, else its pillar's. */
const aimFor = (chosen: TargetPreset, id: string) => chosen.groups?.[question(id).detail!.group] ?? chosen.targets[question(id).pillar];

describe("zt-2026.2 presets", () => {
  it("aim remote and hybrid work at Optimal sign-in and devices, not at non-human identities or firmware", () => {
    const remote = preset("remote-hybrid-work");
    expect(aimFor(remote, "IDN-01")).toBe("optimal");
    expect(aimFor(remote, "DEV-02")).toBe("optimal");
    expect(aimFor(remote, "IDN-07")).not.toBe("optimal");
    expect(aimFor(remote, "DEV-07")).not.toBe("optimal");
  });

  it("make next steps follow the group targets", () => {
    const remote = preset("remote-hybrid-work");
    const answers = ["IDN-01", "IDN-07", "DEV-07"].map((questionId) => ({ questionId, value: "advanced" as const }));
    const steps = prioritiseNextSteps(framework, answers, targetsOf(remote));
    expect(steps.map((step) => step.questionId)).toEqual(["IDN-01"]);
  });

  it("set a target for every group the scenario names, and each group holds questions", () => {
    const groups = new Set(framework.questions.map((candidate) => candidate.detail!.group));
    for (const chosen of framework.presets) for (const group of Object.keys(chosen.groups ?? {})) expect(groups.has(group), `${chosen.id}: ${group}`).toBe(true);
  });
});

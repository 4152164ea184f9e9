/** The CISA, DoD, Microsoft and NIST views of stored answers, through the scores function and the report. */
import "@/scripts/test/use-test-database";
import { describe, expect, it } from "vitest";
import { getFramework, LATEST_FRAMEWORK } from "@/lib/framework/index";
import { DEFAULT_SCORING_POLICY } from "@/lib/scoring/policy";
import { assessmentView } from "@/lib/scoring/views";
import { ZCreateAssessment, ZSaveAnswer } from "@/lib/validation/assessment";
import { newOrganization } from "@/scripts/test/org-fixtures";
import type { Actor } from "@/lib/actor";

const assessments = await import("./assessments");
const answers = await import("./answers");
const dashboard = await import("./dashboard");
const report = await import("./report");

async function assessmentWith(actor: Actor, frameworkVersion: string, saved: { questionId: string; value: "initial" | "advanced" | "optimal" | "not_applicable"; naReason?: string }[]) {
  const { id } = await assessments.createAssessment(actor, ZCreateAssessment.parse({ name: "Views", frameworkVersion }));
  const result = await answers.saveAnswers(
    actor,
    id,
    saved.map((answer) => ZSaveAnswer.parse({ ...answer, expectedVersion: 0 })),
  );
  if (!result.ok) throw new Error("unexpected conflict");
  return id;
}

// 1.3 Multi-Factor Authentication is IDN-01 alone: Target level at Advanced, Advanced level at Optimal.
// 1.2 Conditional User Access needs IDN-05 and IDN-10 (Target at Advanced, Advanced at Optimal).
const SAVED = [
  { questionId: "IDN-01", value: "optimal" as const },
  { questionId: "IDN-05", value: "advanced" as const },
  { questionId: "IDN-10", value: "initial" as const },
];

describe("views of the stored answers", () => {
  it("returns the asked view of the current answers beside the scores, and no view when none is asked", async () => {
    const { owner } = await newOrganization();
    const id = await assessmentWith(owner, LATEST_FRAMEWORK.id, SAVED);

    const plain = await assessments.getAssessmentScores(owner, id);
    expect(plain.view).toBeUndefined();

    const { view, scores } = await assessments.getAssessmentScores(owner, id, { view: "dod" });
    expect(scores.overall.answered).toBe(3);
    if (view?.view !== "dod" || !view.available) throw new Error("expected the DoD view");
    const user = view.pillars.find((pillar) => pillar.pillar === "User")!;
    const mfa = user.capabilities.find((capability) => capability.id === "1.3")!;
    const conditional = user.capabilities.find((capability) => capability.id === "1.2")!;
    expect([mfa.target.status, mfa.advanced.status]).toEqual(["attained", "attained"]);
    expect([conditional.target.status, conditional.advanced.status]).toEqual(["not_attained", "not_attained"]);
    expect(user.target).toEqual({ attained: 1, assessed: 9, total: 9 });
    expect(user.advanced).toEqual({ attained: 1, assessed: 6, total: 9 });

    const preset = LATEST_FRAMEWORK.presets[0]!;
    const cisa = await assessments.getAssessmentScores(owner, id, { view: "cisa" });
    expect(cisa.view).toEqual(assessmentView("cisa", LATEST_FRAMEWORK, SAVED, { ...preset.targets, groups: preset.groups }, DEFAULT_SCORING_POLICY));
    expect((await dashboard.getAssessmentDashboard(owner, id, { view: "microsoft" })).view).toMatchObject({ view: "microsoft", available: true });
  });

  it("says DoD and Microsoft are not available on zt-2026.1, while CISA and NIST are", async () => {
    const { owner } = await newOrganization();
    const id = await assessmentWith(owner, "zt-2026.1", [{ questionId: getFramework("zt-2026.1")!.questions[0]!.id, value: "advanced" }]);
    const seen = async (view: "cisa" | "dod" | "microsoft" | "nist") => (await assessments.getAssessmentScores(owner, id, { view })).view!;
    expect(await seen("dod")).toMatchObject({ available: false, frameworkId: "zt-2026.1", reason: expect.stringContaining("not available for question bank version zt-2026.1") });
    expect(await seen("microsoft")).toMatchObject({ available: false });
    expect(await seen("cisa")).toMatchObject({ available: true });
    expect(await seen("nist")).toMatchObject({ available: true });
  });

  it("puts every view in the report data, computed from the answers the report shows", async () => {
    const { owner } = await newOrganization();
    const id = await assessmentWith(owner, LATEST_FRAMEWORK.id, SAVED);
    const data = await report.getReportData(owner, id);
    expect(Object.keys(data.views)).toEqual(["cisa", "dod", "microsoft", "nist"]);
    if (!data.views.dod.available) throw new Error("expected the DoD view");
    expect(data.views.dod.target.attained).toBe(1);
    if (!data.views.nist.available) throw new Error("expected the NIST view");
    // Tenet 6 maps IDN-01 and IDN-05, both at Advanced or above.
    expect(data.views.nist.tenets.find((tenet) => tenet.tenet === 6)!.met).toBe(2);
  });
});

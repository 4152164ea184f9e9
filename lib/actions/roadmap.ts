"use server";

import { revalidatePath } from "next/cache";
import { runAction } from "@/lib/server/action";
import { acceptRoadmap, pinRoadmapStep, updateRoadmapSettings } from "@/lib/server/roadmap";
import { ZAcceptRoadmapAction, ZPinRoadmapStepAction, ZRoadmapSettingsAction } from "@/lib/validation/roadmap";

const revalidate = (assessmentId: string) => {
  revalidatePath(`/assessments/${assessmentId}/roadmap`);
  revalidatePath(`/assessments/${assessmentId}/dashboard`);
};

export async function updateRoadmapSettingsAction(input: unknown) {
  const result = await runAction(ZRoadmapSettingsAction, input, (actor, data) => updateRoadmapSettings(actor, data.assessmentId, data.changes));
  if (result.ok) revalidate(result.data.assessment.id);
  return result;
}

export async function pinRoadmapStepAction(input: unknown) {
  const result = await runAction(ZPinRoadmapStepAction, input, (actor, { assessmentId, ...pin }) => pinRoadmapStep(actor, assessmentId, pin));
  if (result.ok) revalidate(result.data.assessment.id);
  return result;
}

/** Accepting writes due dates into the tracker too. */
export async function acceptRoadmapAction(input: unknown) {
  const result = await runAction(ZAcceptRoadmapAction, input, (actor, { assessmentId, fingerprint }) => acceptRoadmap(actor, assessmentId, { fingerprint }));
  if (result.ok) {
    revalidate(result.data.view.assessment.id);
    revalidatePath("/next-steps");
  }
  return result;
}

"use server";

import { revalidatePath } from "next/cache";
import { runAction } from "@/lib/server/action";
import { confirmCarriedAnswer, moveAssessmentToVersion, previewVersionMove } from "@/lib/server/framework-move";
import { ZConfirmCarriedAnswer, ZVersionMove } from "@/lib/validation/framework-move";

export async function previewVersionMoveAction(input: unknown) {
  return runAction(ZVersionMove, input, (actor, data) => previewVersionMove(actor, data.assessmentId, data.toVersion));
}

export async function moveAssessmentToVersionAction(input: unknown) {
  const result = await runAction(ZVersionMove, input, (actor, data) => moveAssessmentToVersion(actor, data.assessmentId, data.toVersion));
  revalidatePath("/assessments", "layout");
  return result;
}

export async function confirmCarriedAnswerAction(input: unknown) {
  return runAction(ZConfirmCarriedAnswer, input, async (actor, data) => {
    await confirmCarriedAnswer(actor, data.assessmentId, data.questionId);
  });
}

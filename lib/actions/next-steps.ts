"use server";

import { revalidatePath } from "next/cache";
import { runAction } from "@/lib/server/action";
import { getNextStepHistory, setNextStepsStatus, updateNextStep } from "@/lib/server/next-steps";
import { ZBulkNextStepStatus, ZNextStepRef, ZUpdateNextStepAction } from "@/lib/validation/next-step";

export async function updateNextStepAction(input: unknown) {
  const result = await runAction(ZUpdateNextStepAction, input, (actor, data) => updateNextStep(actor, data.id, data.changes));
  revalidatePath("/next-steps");
  return result;
}

export async function setNextStepsStatusAction(input: unknown) {
  const result = await runAction(ZBulkNextStepStatus, input, setNextStepsStatus);
  revalidatePath("/next-steps");
  return result;
}

/** The side panel's history, fetched when it opens and after each change, without rendering the page again. */
export async function nextStepHistoryAction(input: unknown) {
  return runAction(ZNextStepRef, input, (actor, data) => getNextStepHistory(actor, data.id));
}

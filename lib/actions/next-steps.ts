"use server";

import { revalidatePath } from "next/cache";
import { runAction } from "@/lib/server/action";
import { setNextStepsStatus, updateNextStep } from "@/lib/server/next-steps";
import { ZBulkNextStepStatus, ZUpdateNextStepAction } from "@/lib/validation/next-step";

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

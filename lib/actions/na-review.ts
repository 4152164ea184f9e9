"use server";

import { revalidatePath } from "next/cache";
import { runAction } from "@/lib/server/action";
import { approveNaAnswer, rejectNaAnswer } from "@/lib/server/na-review";
import { ZApproveNa, ZRejectNa } from "@/lib/validation/na-review";

export async function approveNaAction(input: unknown) {
  const result = await runAction(ZApproveNa, input, approveNaAnswer);
  revalidatePath("/assessments", "layout");
  return result;
}

export async function rejectNaAction(input: unknown) {
  const result = await runAction(ZRejectNa, input, rejectNaAnswer);
  revalidatePath("/assessments", "layout");
  return result;
}

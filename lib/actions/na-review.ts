"use server";

import { revalidatePath } from "next/cache";
import { runAction } from "@/lib/server/action";
import { approveNaAnswer, rejectNaAnswer, type NaDecision } from "@/lib/server/na-review";
import { ZApproveNa, ZRejectNa } from "@/lib/validation/na-review";

/** The decision as the questionnaire's saved answer holds it: dates as ISO strings. */
const serialised = (decision: NaDecision) => ({ ...decision, naApprovedAt: decision.naApprovedAt?.toISOString() ?? null, naRejectedAt: decision.naRejectedAt?.toISOString() ?? null });

export async function approveNaAction(input: unknown) {
  const result = await runAction(ZApproveNa, input, async (actor, data) => serialised(await approveNaAnswer(actor, data)));
  revalidatePath("/assessments", "layout");
  return result;
}

export async function rejectNaAction(input: unknown) {
  const result = await runAction(ZRejectNa, input, async (actor, data) => serialised(await rejectNaAnswer(actor, data)));
  revalidatePath("/assessments", "layout");
  return result;
}

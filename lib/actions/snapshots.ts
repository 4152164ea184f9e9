"use server";

import { revalidatePath } from "next/cache";
import { runAction } from "@/lib/server/action";
import { rescoreSnapshot } from "@/lib/server/snapshots";
import { ZRescoreSnapshot } from "@/lib/validation/snapshot";

export async function rescoreSnapshotAction(input: unknown) {
  const result = await runAction(ZRescoreSnapshot, input, async (actor, data) => {
    const snapshot = await rescoreSnapshot(actor, data.assessmentId, data.snapshotId);
    return { scoringVersion: snapshot.scoringVersion };
  });
  revalidatePath("/assessments", "layout");
  return result;
}

"use server";

import { revalidatePath } from "next/cache";
import { runAction } from "@/lib/server/action";
import { importAssessment } from "@/lib/server/assessment-transfer";
import { createAssessment, deleteAssessment, updateAssessment } from "@/lib/server/assessments";
import { AppError } from "@/lib/server/errors";
import { recordSnapshot } from "@/lib/server/snapshots";
import { ZAssessmentRef, ZCreateAssessment, ZImportText, ZRecordSnapshotAction, ZUpdateAssessmentAction } from "@/lib/validation/assessment";

export async function createAssessmentAction(input: unknown) {
  const result = await runAction(ZCreateAssessment, input, async (actor, data) => ({ id: (await createAssessment(actor, data)).id }));
  revalidatePath("/assessments");
  return result;
}

export async function updateAssessmentAction(input: unknown) {
  const result = await runAction(ZUpdateAssessmentAction, input, async (actor, data) => {
    await updateAssessment(actor, data.assessmentId, data.changes);
  });
  revalidatePath("/assessments", "layout");
  return result;
}

export async function deleteAssessmentAction(input: unknown) {
  const result = await runAction(ZAssessmentRef, input, (actor, data) => deleteAssessment(actor, data.assessmentId));
  revalidatePath("/assessments");
  return result;
}

export async function recordSnapshotAction(input: unknown) {
  const result = await runAction(ZRecordSnapshotAction, input, (actor, { assessmentId, ...snapshot }) => recordSnapshot(actor, assessmentId, snapshot));
  revalidatePath("/assessments", "layout");
  return result;
}

export async function importAssessmentAction(input: unknown) {
  const result = await runAction(ZImportText, input, (actor, data) => {
    let document: unknown;
    try {
      document = JSON.parse(data.text);
    } catch {
      throw new AppError("invalid_input", "The file is not valid JSON.", { text: "The file is not valid JSON." });
    }
    return importAssessment(actor, document);
  });
  revalidatePath("/assessments");
  return result;
}

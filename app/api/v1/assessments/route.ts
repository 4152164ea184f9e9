import { handleApi, noStore, parseInput, readJson, searchParamsOf } from "@/lib/server/api";
import { createAssessment, listAssessments } from "@/lib/server/assessments";
import { ZAssessmentListFilter, ZCreateAssessment } from "@/lib/validation/assessment";
import { assessmentJson } from "./json";

export async function GET(request: Request) {
  return handleApi(async (actor) => {
    const assessments = await listAssessments(actor, parseInput(ZAssessmentListFilter, searchParamsOf(request)));
    return Response.json({ assessments }, { headers: noStore });
  });
}

export async function POST(request: Request) {
  return handleApi(async (actor) => {
    const assessment = await createAssessment(actor, parseInput(ZCreateAssessment, await readJson(request)));
    return Response.json({ assessment: assessmentJson(assessment) }, { status: 201, headers: { location: `/api/v1/assessments/${assessment.id}` } });
  });
}

export { methodNotAllowed as PUT, methodNotAllowed as PATCH, methodNotAllowed as DELETE } from "@/lib/server/api";

import { handleApi, noStore, parseInput, readJson } from "@/lib/server/api";
import { deleteAssessment, getAssessment, updateAssessment } from "@/lib/server/assessments";
import { ZId, ZUpdateAssessment } from "@/lib/validation/assessment";
import { assessmentJson } from "../json";

type Context = { params: Promise<{ id: string }> };

export async function GET(_request: Request, { params }: Context) {
  return handleApi(async (actor) => {
    const id = parseInput(ZId, (await params).id);
    return Response.json({ assessment: assessmentJson(await getAssessment(actor, id)) }, { headers: noStore });
  });
}

export async function PATCH(request: Request, { params }: Context) {
  return handleApi(async (actor) => {
    const id = parseInput(ZId, (await params).id);
    const assessment = await updateAssessment(actor, id, parseInput(ZUpdateAssessment, await readJson(request)));
    return Response.json({ assessment: assessmentJson(assessment) }, { headers: noStore });
  });
}

export async function DELETE(_request: Request, { params }: Context) {
  return handleApi(async (actor) => {
    await deleteAssessment(actor, parseInput(ZId, (await params).id));
    return new Response(null, { status: 204 });
  });
}

export { methodNotAllowed as POST, methodNotAllowed as PUT } from "@/lib/server/api";

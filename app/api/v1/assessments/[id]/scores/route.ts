import { handleApi, noStore, parseInput } from "@/lib/server/api";
import { getAssessmentScores } from "@/lib/server/assessments";
import { ZId } from "@/lib/validation/assessment";

type Context = { params: Promise<{ id: string }> };

export async function GET(_request: Request, { params }: Context) {
  return handleApi(async (actor) => {
    const result = await getAssessmentScores(actor, parseInput(ZId, (await params).id));
    return Response.json(result, { headers: noStore });
  });
}

export { methodNotAllowed as POST, methodNotAllowed as PUT, methodNotAllowed as PATCH, methodNotAllowed as DELETE } from "@/lib/server/api";

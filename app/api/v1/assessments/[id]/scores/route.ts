import { evidenceForApi } from "@/lib/evidence/zero-trust-assessment/reconcile";
import { handleApi, noStore, parseInput, searchParamsOf } from "@/lib/server/api";
import { getAssessmentScores } from "@/lib/server/assessments";
import { getReconciliation } from "@/lib/server/evidence";
import { ZId, ZScoresQuery } from "@/lib/validation/assessment";

type Context = { params: Promise<{ id: string }> };

/** The pillar scores, next steps and tool evidence; with `?view=`, that view of the same answers instead. */
export async function GET(request: Request, { params }: Context) {
  return handleApi(async (actor) => {
    const id = parseInput(ZId, (await params).id);
    const { view } = parseInput(ZScoresQuery, searchParamsOf(request));
    const { view: seen, ...scores } = await getAssessmentScores(actor, id, { view });
    if (view) return Response.json(seen, { headers: noStore });
    return Response.json({ ...scores, evidence: evidenceForApi(await getReconciliation(actor, id)) }, { headers: noStore });
  });
}

export { methodNotAllowed as POST, methodNotAllowed as PUT, methodNotAllowed as PATCH, methodNotAllowed as DELETE } from "@/lib/server/api";

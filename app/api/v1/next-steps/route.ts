import { handleApi, noStore, parseInput, searchParamsOf } from "@/lib/server/api";
import { listNextSteps } from "@/lib/server/next-steps";
import { filterOfApiQuery, ZNextStepApiQuery } from "@/lib/validation/next-step";

/** The organisation's tracked next steps, a page at a time, with the tracker's filters. */
export async function GET(request: Request) {
  return handleApi(async (actor) => {
    const query = parseInput(ZNextStepApiQuery, searchParamsOf(request));
    const { items, page, pageSize, total, pageCount } = await listNextSteps(actor, filterOfApiQuery(query, actor.userId), query.page, query.limit);
    const nextSteps = items.map(({ updatedAt, ...item }) => ({ ...item, updatedAt: updatedAt.toISOString() }));
    return Response.json({ nextSteps, page, limit: pageSize, total, pageCount }, { headers: noStore });
  });
}

export { methodNotAllowed as POST, methodNotAllowed as PUT, methodNotAllowed as PATCH, methodNotAllowed as DELETE } from "@/lib/server/api";

import { handleApi, noStore, parseInput, readJson } from "@/lib/server/api";
import { listSnapshots, recordSnapshot } from "@/lib/server/snapshots";
import { ZId, ZRecordSnapshot } from "@/lib/validation/assessment";

type Context = { params: Promise<{ id: string }> };

export async function GET(_request: Request, { params }: Context) {
  return handleApi(async (actor) => {
    const snapshots = await listSnapshots(actor, parseInput(ZId, (await params).id));
    return Response.json({ snapshots }, { headers: noStore });
  });
}

export async function POST(request: Request, { params }: Context) {
  return handleApi(async (actor) => {
    const id = parseInput(ZId, (await params).id);
    const snapshot = await recordSnapshot(actor, id, parseInput(ZRecordSnapshot, await readJson(request, {})));
    return Response.json({ snapshot }, { status: 201, headers: { location: `/api/v1/assessments/${id}/snapshots/${snapshot.id}` } });
  });
}

export { methodNotAllowed as PUT, methodNotAllowed as PATCH, methodNotAllowed as DELETE } from "@/lib/server/api";

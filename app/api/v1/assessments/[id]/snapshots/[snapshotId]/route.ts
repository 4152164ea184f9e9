import { handleApi, noStore, parseInput } from "@/lib/server/api";
import { getSnapshot } from "@/lib/server/snapshots";
import { ZId } from "@/lib/validation/assessment";

type Context = { params: Promise<{ id: string; snapshotId: string }> };

export async function GET(_request: Request, { params }: Context) {
  return handleApi(async (actor) => {
    const { id, snapshotId } = await params;
    const snapshot = await getSnapshot(actor, parseInput(ZId, id), parseInput(ZId, snapshotId));
    return Response.json({ snapshot }, { headers: noStore });
  });
}

export { methodNotAllowed as POST, methodNotAllowed as PUT, methodNotAllowed as PATCH, methodNotAllowed as DELETE } from "@/lib/server/api";

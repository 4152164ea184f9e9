import { handleApi, noStore, parseInput, readJson } from "@/lib/server/api";
import { listAnswers, saveAnswers } from "@/lib/server/answers";
import { ZId, ZPutAnswers } from "@/lib/validation/assessment";

type Context = { params: Promise<{ id: string }> };

export async function GET(_request: Request, { params }: Context) {
  return handleApi(async (actor) => {
    const answers = await listAnswers(actor, parseInput(ZId, (await params).id));
    return Response.json({ answers }, { headers: noStore });
  });
}

/** Each answer names the version it read (0 for a first answer); on any conflict nothing is saved. */
export async function PUT(request: Request, { params }: Context) {
  return handleApi(async (actor) => {
    const id = parseInput(ZId, (await params).id);
    const result = await saveAnswers(actor, id, parseInput(ZPutAnswers, await readJson(request)).answers);
    if (!result.ok) {
      const message = "Someone else changed these answers since you read them; nothing was saved.";
      return Response.json({ code: "conflict", message, conflicts: result.conflicts }, { status: 409, headers: noStore });
    }
    return Response.json({ answers: result.answers }, { headers: noStore });
  });
}

export { methodNotAllowed as POST, methodNotAllowed as PATCH, methodNotAllowed as DELETE } from "@/lib/server/api";

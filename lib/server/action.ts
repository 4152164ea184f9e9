import "server-only";
import type { z } from "zod";
import type { ActionResult } from "@/lib/action-result";
import { fieldPath } from "@/lib/validation/field-path";
import { AppError } from "./errors";
import { requireActor } from "./session";
import type { Actor } from "@/lib/actor";

/**
 * The one shape of a server action: a signed-in actor, input parsed with zod, then the
 * data-access call. Expected failures become messages; anything else is thrown to the
 * error boundary, which shows a generic message while the server log keeps the detail.
 */
export async function runAction<S extends z.ZodType, T>(
  schema: S,
  input: unknown,
  run: (actor: Actor, data: z.infer<S>) => Promise<T>,
): Promise<ActionResult<T>> {
  const actor = await requireActor();
  const parsed = schema.safeParse(input);
  if (!parsed.success) {
    const fields: Record<string, string> = {};
    for (const issue of parsed.error.issues) fields[issue.path.length > 0 ? fieldPath(issue.path) : "form"] ??= issue.message;
    return { ok: false, error: "Check the highlighted fields.", fields };
  }
  try {
    return { ok: true, data: await run(actor, parsed.data) };
  } catch (error) {
    if (error instanceof AppError) return { ok: false, error: error.message, fields: error.fields };
    throw error;
  }
}

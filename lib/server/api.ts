import "server-only";
import type { z } from "zod";
import { fieldPath } from "@/lib/validation/field-path";
import { jsonNestsDeeperThan, MAX_JSON_DEPTH } from "@/lib/validation/json-body";
import { AppError } from "./errors";
import { errorResponse, readBody } from "./http";
import { getRequestActor } from "./session";
import type { Actor } from "@/lib/actor";

/**
 * The one shape of a REST route handler: the caller (API token or browser session) is
 * resolved first and unauthenticated calls get 401; any error becomes JSON with a stable code.
 */
export async function handleApi(run: (actor: Actor) => Promise<Response>): Promise<Response> {
  try {
    const actor = await getRequestActor();
    if (!actor) throw new AppError("unauthenticated", "Sign in first, or send a valid API token.");
    return await run(actor);
  } catch (error) {
    return errorResponse(error);
  }
}

/** Parses input with a zod schema; a mismatch is a 400 naming every bad field. */
export function parseInput<S extends z.ZodType>(schema: S, input: unknown): z.infer<S> {
  const parsed = schema.safeParse(input);
  if (parsed.success) return parsed.data;
  const fields: Record<string, string> = {};
  for (const issue of parsed.error.issues) fields[fieldPath(issue.path)] ??= issue.message;
  throw new AppError("invalid_input", parsed.error.issues[0]?.message ?? "Invalid input.", fields);
}

const utf8 = new TextDecoder("utf-8", { fatal: true });

/**
 * The request's JSON body, or a 400 when it is not UTF-8 JSON or nests deeper than
 * MAX_JSON_DEPTH (413 past 1 MB); `whenEmpty` stands in for a body that may be left out.
 */
export async function readJson(request: Request, whenEmpty?: unknown): Promise<unknown> {
  const body = await readBody(request);
  let text: string;
  try {
    text = utf8.decode(body);
  } catch {
    throw new AppError("invalid_input", "The request body must be UTF-8 JSON.");
  }
  if (whenEmpty !== undefined && text.trim() === "") return whenEmpty;
  if (jsonNestsDeeperThan(text, MAX_JSON_DEPTH)) throw new AppError("invalid_input", `The request body nests deeper than ${MAX_JSON_DEPTH} levels.`);
  try {
    return JSON.parse(text);
  } catch {
    throw new AppError("invalid_input", "The request body must be JSON.");
  }
}

/**
 * What a route answers for the methods it does not have (Next would answer 405 with no body):
 * every /api answer is JSON in the one error shape.
 */
export async function methodNotAllowed(request: Request): Promise<Response> {
  return errorResponse(new AppError("method_not_allowed", `${request.method} is not an operation of this address; see /api/v1/openapi.json.`));
}

export const searchParamsOf = (request: Request) => Object.fromEntries(new URL(request.url).searchParams);

export const noStore = { "cache-control": "no-store" };

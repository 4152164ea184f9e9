import type { z } from "zod";

/**
 * Checks for every string input: PostgreSQL text cannot hold NUL and jsonb refuses lone
 * UTF-16 surrogates, so both are refused here, with a message, rather than fail in the database.
 */
const CONTROL = /\p{Cc}/u;
const LONE_SURROGATE = /\p{Cs}/u;
const UNICODE_MESSAGE = "Text must be valid Unicode.";

/** Free text (notes, scope): line breaks allowed; NUL and broken Unicode are not. */
export const freeText = <S extends z.ZodType<string>>(schema: S): S =>
  schema.refine((text) => !text.includes("\0"), "Text cannot contain NUL characters.").refine((text) => !LONE_SURROGATE.test(text), UNICODE_MESSAGE);

/** One-line text (names, filters, ids): no control characters at all, no broken Unicode. */
export const lineText = <S extends z.ZodType<string>>(schema: S): S =>
  schema
    .refine((text) => !CONTROL.test(text), "Use printable characters only: no line breaks, tabs or control characters.")
    .refine((text) => !LONE_SURROGATE.test(text), UNICODE_MESSAGE);

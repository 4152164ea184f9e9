import { z } from "zod";
import { lineText } from "./text";

const day = z
  .string()
  .trim()
  .regex(/^\d{4}-\d{2}-\d{2}$/, "Use a date like 2026-01-31.")
  .optional()
  .or(z.literal("").transform(() => undefined));
const text = lineText(z.string().trim().max(200, "Use at most 200 characters.")).optional();

export const ZAuditFilter = z.object({ actor: text, action: text, from: day, to: day });
export type TAuditFilter = z.infer<typeof ZAuditFilter>;

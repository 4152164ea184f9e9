import { z } from "zod";
import { AUDIT_OUTCOMES } from "@/lib/audit/labels";
import { lineText } from "./text";

const day = z
  .string()
  .trim()
  .regex(/^\d{4}-\d{2}-\d{2}$/, "Use a date like 2026-01-31.")
  .optional()
  .or(z.literal("").transform(() => undefined));
const text = lineText(z.string().trim().max(200, "Use at most 200 characters.")).optional();

export const ZAuditFilter = z.object({
  actor: text,
  action: text,
  outcome: z
    .enum(AUDIT_OUTCOMES, { error: "Choose success, failure or denied." })
    .optional()
    .or(z.literal("").transform(() => undefined)),
  from: day,
  to: day,
});
export type TAuditFilter = z.infer<typeof ZAuditFilter>;

/** The audit page's URL: the filter and which page of it. */
export const ZAuditPageQuery = ZAuditFilter.extend({
  page: z.coerce
    .number({ error: "The page is a number from 1." })
    .int("The page is a whole number.")
    .min(1, "The page is a number from 1.")
    .max(1_000_000, "That page is too far.")
    .default(1),
});
export type TAuditPageQuery = z.infer<typeof ZAuditPageQuery>;

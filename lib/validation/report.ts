import { z } from "zod";
import { lineText } from "./text";

/** The PDF's built-in fonts cover Windows-1252, so the marking keeps to printable Latin-1. */
const LATIN1_PRINTABLE = /^[\u0020-\u007e\u00a0-\u00ff]*$/;

export const ZReportClassification = z.object({
  classification: lineText(
    z
      .string()
      .trim()
      .min(1, "Enter a marking, for example Confidential.")
      .max(40, "Use at most 40 characters.")
      .regex(LATIN1_PRINTABLE, "Use letters, digits and punctuation of Western European alphabets only."),
  ),
});
export type TReportClassification = z.infer<typeof ZReportClassification>;

import { z } from "zod";
import { sanitizeFileName } from "@/lib/evidence/filename";
import { ZId } from "./assessment";
import { lineText } from "./text";

/** A file's name as the user's system gave it, made safe here, not refused: a name is a label. */
const ZFileName = z.string({ error: "Give the file's name." }).min(1, "Give the file's name.").max(1000, "The file name is too long.").transform(sanitizeFileName);

/** The query of an evidence file upload: the question, the file's name and an optional expiry day. */
export const ZEvidenceUpload = z.object({
  questionId: lineText(z.string({ error: "Say which question the file is for." }).trim().min(1, "Say which question the file is for.").max(32, "That question id is too long.")),
  name: ZFileName,
  // An empty field means no expiry; a day in the past is allowed (evidence already out of date).
  expiresOn: z.union([z.literal("").transform(() => undefined), z.iso.date({ error: "Use a date such as 2027-12-31." })]).optional(),
});
export type TEvidenceUpload = z.infer<typeof ZEvidenceUpload>;

export const ZEvidenceFileRef = z.object({ assessmentId: ZId, fileId: ZId });

/** The query of a tool report import: the file's name, kept to tell imports apart. */
export const ZZtaImportQuery = z.object({ fileName: ZFileName.default("ZeroTrustAssessmentReport.json") });

import { z } from "zod";
import { lineText } from "./text";

/** The file's name as the uploader gave it, kept to tell imports apart. */
export const ZEvidenceFileName = lineText(z.string().trim().min(1, "Name the file.").max(200, "Use a file name of at most 200 characters."));
export const ZZtaImportQuery = z.object({ fileName: ZEvidenceFileName.default("ZeroTrustAssessmentReport.json") });

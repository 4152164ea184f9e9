import "server-only";
import { createHash } from "node:crypto";
import { isoDay } from "@/lib/assessment/na-review";
import { sniffEvidenceType } from "@/lib/evidence/file-type";
import { isExpired, MAX_EVIDENCE_BYTES, MAX_FILES_PER_ANSWER, type EvidenceFileInfo } from "@/lib/evidence/files";
import type { TEvidenceUpload } from "@/lib/validation/evidence";
import { assertEditable, findAssessment, frameworkOf } from "./assessments";
import { audited, auditActor, recordStandaloneEvent } from "./audit";
import { authorize } from "./authorize";
import { prisma } from "./db";
import { AppError } from "./errors";
import type { Actor } from "@/lib/actor";

/** Everything but the bytes: lists never read them. */
const INFO_SELECT = {
  id: true,
  questionId: true,
  name: true,
  contentType: true,
  size: true,
  sha256: true,
  expiresOn: true,
  createdAt: true,
  uploadedBy: { select: { name: true } },
} as const;

type InfoRow = { id: string; questionId: string; name: string; contentType: string; size: number; sha256: string; expiresOn: Date | null; createdAt: Date; uploadedBy: { name: string } | null };

const toInfo = (row: InfoRow): EvidenceFileInfo => ({
  id: row.id,
  questionId: row.questionId,
  name: row.name,
  contentType: row.contentType,
  size: row.size,
  sha256: row.sha256,
  expiresOn: row.expiresOn ? isoDay(row.expiresOn) : null,
  uploadedBy: row.uploadedBy?.name ?? null,
  createdAt: row.createdAt.toISOString(),
});

const NOT_FOUND = "That file was not found.";

/** Attaches a file to a question's answer; its type, size and SHA-256 come from the bytes. */
export async function uploadEvidenceFile(actor: Actor, assessmentId: string, input: TEvidenceUpload, bytes: Uint8Array<ArrayBuffer>): Promise<EvidenceFileInfo> {
  const membership = await authorize(actor, "assessment.write");
  const assessment = await findAssessment(membership, assessmentId);
  assertEditable(assessment);
  if (!frameworkOf(assessment).questions.some((question) => question.id === input.questionId)) {
    const message = `${assessment.frameworkVersion} has no question "${input.questionId}".`;
    throw new AppError("invalid_input", message, { questionId: message });
  }
  if (bytes.byteLength > MAX_EVIDENCE_BYTES) throw new AppError("payload_too_large", `The file is larger than ${MAX_EVIDENCE_BYTES / (1024 * 1024)} MB.`);
  const type = sniffEvidenceType(input.name, bytes);
  if (!type.ok) throw new AppError("invalid_input", type.message, { file: type.message });
  // A soft cap: two uploads at once may pass it together, which is harmless.
  const count = await prisma.evidenceFile.count({ where: { assessmentId: assessment.id, questionId: input.questionId } });
  if (count >= MAX_FILES_PER_ANSWER) throw new AppError("invalid_input", `An answer holds at most ${MAX_FILES_PER_ANSWER} files: delete one first.`, { file: "Too many files." });
  const sha256 = createHash("sha256").update(bytes).digest("hex");
  // The file and its audit event are written together: no stored evidence without its record.
  const row = await audited(async (tx, record) => {
    const created = await tx.evidenceFile.create({
      data: {
        assessmentId: assessment.id,
        questionId: input.questionId,
        name: input.name,
        contentType: type.contentType,
        size: bytes.byteLength,
        sha256,
        bytes,
        expiresOn: input.expiresOn ? new Date(input.expiresOn) : null,
        uploadedById: actor.userId,
      },
      select: INFO_SELECT,
    });
    record({
      actor: auditActor(actor),
      organizationId: membership.organizationId,
      action: "evidence.uploaded",
      targetType: "assessment",
      targetId: assessment.id,
      after: { fileId: created.id, questionId: created.questionId, name: created.name, contentType: created.contentType, size: created.size, sha256, expiresOn: input.expiresOn ?? null },
    });
    return created;
  });
  return toInfo(row);
}

/** The files of every answer of the assessment, oldest first, without their bytes. */
export async function listEvidenceFiles(actor: Actor, assessmentId: string): Promise<EvidenceFileInfo[]> {
  const membership = await authorize(actor, "assessment.read");
  const assessment = await findAssessment(membership, assessmentId);
  const rows = await prisma.evidenceFile.findMany({ where: { assessmentId: assessment.id }, select: INFO_SELECT, orderBy: [{ createdAt: "asc" }, { id: "asc" }] });
  return rows.map(toInfo);
}

/** One file with its bytes, for a download; each download is audited. */
export async function readEvidenceFile(actor: Actor, assessmentId: string, fileId: string): Promise<{ info: EvidenceFileInfo; bytes: Uint8Array }> {
  const membership = await authorize(actor, "assessment.read");
  const assessment = await findAssessment(membership, assessmentId);
  const row = await prisma.evidenceFile.findFirst({ where: { id: fileId, assessmentId: assessment.id }, select: { ...INFO_SELECT, bytes: true } });
  if (!row) throw new AppError("not_found", NOT_FOUND);
  await recordStandaloneEvent({
    actor: auditActor(actor),
    organizationId: membership.organizationId,
    action: "evidence.downloaded",
    targetType: "assessment",
    targetId: assessment.id,
    after: { fileId: row.id, questionId: row.questionId, name: row.name, size: row.size, sha256: row.sha256 },
  });
  return { info: toInfo(row), bytes: row.bytes };
}

export async function deleteEvidenceFile(actor: Actor, assessmentId: string, fileId: string): Promise<void> {
  const membership = await authorize(actor, "assessment.write");
  const assessment = await findAssessment(membership, assessmentId);
  assertEditable(assessment);
  const row = await prisma.evidenceFile.findFirst({ where: { id: fileId, assessmentId: assessment.id }, select: INFO_SELECT });
  if (!row) throw new AppError("not_found", NOT_FOUND);
  // deleteMany: a concurrent delete of the same file is then a no-op rather than an error. The
  // delete and its audit event are written together.
  await audited(async (tx, record) => {
    const { count } = await tx.evidenceFile.deleteMany({ where: { id: row.id, assessmentId: assessment.id } });
    if (count === 0) throw new AppError("not_found", NOT_FOUND);
    record({
      actor: auditActor(actor),
      organizationId: membership.organizationId,
      action: "evidence.deleted",
      targetType: "assessment",
      targetId: assessment.id,
      before: { fileId: row.id, questionId: row.questionId, name: row.name, size: row.size, sha256: row.sha256 },
    });
  });
}

export interface ExpiredEvidence {
  fileId: string;
  questionId: string;
  name: string;
  expiresOn: string;
}

/** Files whose expiry day has passed, soonest expired first: to review at the next cycle. */
export async function listExpiredEvidence(actor: Actor, assessmentId: string): Promise<ExpiredEvidence[]> {
  const membership = await authorize(actor, "assessment.read");
  const assessment = await findAssessment(membership, assessmentId);
  const today = isoDay(new Date());
  const rows = await prisma.evidenceFile.findMany({
    where: { assessmentId: assessment.id, expiresOn: { lt: new Date(today) } },
    select: { id: true, questionId: true, name: true, expiresOn: true },
    orderBy: [{ expiresOn: "asc" }, { questionId: "asc" }, { id: "asc" }],
  });
  return rows.flatMap((row) => (row.expiresOn && isExpired(isoDay(row.expiresOn), today) ? [{ fileId: row.id, questionId: row.questionId, name: row.name, expiresOn: isoDay(row.expiresOn) }] : []));
}

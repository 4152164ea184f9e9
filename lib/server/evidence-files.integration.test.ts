/**
 * Evidence files against the real database: what is stored is what was sent, with the
 * server's own size and SHA-256; permissions, organisations, audit, expiry and cascade.
 */
import { createHash } from "node:crypto";
import "@/scripts/test/use-test-database";
import { describe, expect, it } from "vitest";
import { isoDay } from "@/lib/assessment/na-review";
import { LATEST_FRAMEWORK } from "@/lib/framework/index";
import { ZCreateAssessment } from "@/lib/validation/assessment";
import { ZEvidenceUpload } from "@/lib/validation/evidence";
import { addMember, appError, newOrganization } from "@/scripts/test/org-fixtures";

const { prisma } = await import("./db");
const assessments = await import("./assessments");
const evidence = await import("./evidence-files");

const [FIRST, SECOND] = LATEST_FRAMEWORK.questions.map((question) => question.id);
const PNG = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52]);
const text = (content: string) => new TextEncoder().encode(content);
const upload = (query: Record<string, string>) => ZEvidenceUpload.parse({ questionId: FIRST, ...query });
const daysFromToday = (days: number) => isoDay(new Date(Date.now() + days * 86_400_000));

async function setup() {
  const { organizationId, owner } = await newOrganization();
  const assessor = await addMember(organizationId, "assessor", "Asa Assessor");
  const viewer = await addMember(organizationId, "viewer", "Vic Viewer");
  const { id } = await assessments.createAssessment(owner, ZCreateAssessment.parse({ name: "Evidence", frameworkVersion: LATEST_FRAMEWORK.id }));
  return { organizationId, owner, assessor, viewer, id };
}

describe("evidence files", () => {
  it("stores the bytes sent with the server's size and SHA-256, lists metadata only, and downloads the same bytes", async () => {
    const { assessor, viewer, id } = await setup();
    const file = await evidence.uploadEvidenceFile(assessor, id, upload({ name: "screen.png" }), PNG);
    expect(file).toMatchObject({ questionId: FIRST, name: "screen.png", contentType: "image/png", size: PNG.byteLength, expiresOn: null, uploadedBy: "Asa Assessor" });
    expect(file.sha256).toBe(createHash("sha256").update(PNG).digest("hex"));
    const stored = await prisma.evidenceFile.findUniqueOrThrow({ where: { id: file.id } });
    expect(Buffer.from(stored.bytes).equals(Buffer.from(PNG))).toBe(true);

    const listed = await evidence.listEvidenceFiles(viewer, id);
    expect(listed).toEqual([file]);
    expect(listed[0]).not.toHaveProperty("bytes");

    const { info, bytes } = await evidence.readEvidenceFile(viewer, id, file.id);
    expect(info).toEqual(file);
    expect(Buffer.from(bytes).equals(Buffer.from(PNG))).toBe(true);
  });

  it("refuses a file over 10 MB, a type it does not accept, an unknown question and a 21st file on one answer", async () => {
    const { assessor, id } = await setup();
    const big = new Uint8Array(10 * 1024 * 1024 + 1).fill(0x61);
    expect((await appError(evidence.uploadEvidenceFile(assessor, id, upload({ name: "big.txt" }), big))).code).toBe("payload_too_large");
    const html = await appError(evidence.uploadEvidenceFile(assessor, id, upload({ name: "page.html" }), text("<script>alert(1)</script>")));
    expect(html).toMatchObject({ code: "invalid_input", message: "Only PDF, images, text and spreadsheets can be attached." });
    expect((await appError(evidence.uploadEvidenceFile(assessor, id, upload({ name: "setup.pdf" }), text("MZ\u0090")))).code).toBe("invalid_input");
    expect(await appError(evidence.uploadEvidenceFile(assessor, id, upload({ name: "a.txt", questionId: "NOPE-99" }), text("a")))).toMatchObject({ code: "invalid_input", fields: { questionId: expect.any(String) } });

    for (let index = 0; index < 20; index++) await evidence.uploadEvidenceFile(assessor, id, upload({ name: `${index}.txt` }), text(`${index}`));
    expect((await appError(evidence.uploadEvidenceFile(assessor, id, upload({ name: "21.txt" }), text("21")))).message).toContain("at most 20 files");
    // The cap is per answer: another question still takes files.
    await evidence.uploadEvidenceFile(assessor, id, upload({ name: "other.txt", questionId: SECOND! }), text("x"));
    expect(await prisma.evidenceFile.count({ where: { assessmentId: id } })).toBe(21);
  });

  it("a viewer cannot upload or delete; another organisation's user finds nothing", async () => {
    const { assessor, viewer, id } = await setup();
    const file = await evidence.uploadEvidenceFile(assessor, id, upload({ name: "a.txt" }), text("a"));
    expect((await appError(evidence.uploadEvidenceFile(viewer, id, upload({ name: "b.txt" }), text("b")))).code).toBe("forbidden");
    expect((await appError(evidence.deleteEvidenceFile(viewer, id, file.id))).code).toBe("forbidden");

    const { owner: outsider } = await newOrganization("Oscar Outsider");
    expect((await appError(evidence.readEvidenceFile(outsider, id, file.id))).code).toBe("not_found");
    expect((await appError(evidence.deleteEvidenceFile(outsider, id, file.id))).code).toBe("not_found");
    expect((await appError(evidence.listEvidenceFiles(outsider, id))).code).toBe("not_found");
    // A file id of another assessment is not found under this one, even in the same organisation.
    const other = await assessments.createAssessment(assessor, ZCreateAssessment.parse({ name: "Other", frameworkVersion: LATEST_FRAMEWORK.id }));
    expect((await appError(evidence.readEvidenceFile(assessor, other.id, file.id))).code).toBe("not_found");
  });

  it("audits upload, download and delete with name, size and SHA-256, never the content", async () => {
    const { organizationId, assessor, viewer, id } = await setup();
    const file = await evidence.uploadEvidenceFile(assessor, id, upload({ name: "secret-notes.txt", expiresOn: "2030-01-31" }), text("the content itself"));
    await evidence.readEvidenceFile(viewer, id, file.id);
    await evidence.deleteEvidenceFile(assessor, id, file.id);
    expect(await evidence.listEvidenceFiles(assessor, id)).toEqual([]);
    expect((await appError(evidence.readEvidenceFile(assessor, id, file.id))).code).toBe("not_found");

    const events = await prisma.auditEvent.findMany({ where: { organizationId, action: { startsWith: "evidence." } }, orderBy: { seq: "asc" } });
    const facts = { fileId: file.id, questionId: FIRST, name: "secret-notes.txt", size: file.size, sha256: file.sha256 };
    expect(events.map((event) => [event.action, event.actorId])).toEqual([
      ["evidence.uploaded", assessor.userId],
      ["evidence.downloaded", viewer.userId],
      ["evidence.deleted", assessor.userId],
    ]);
    expect(events[0]!.after).toEqual({ ...facts, contentType: "text/plain; charset=utf-8", expiresOn: "2030-01-31" });
    expect(events[1]!.after).toEqual(facts);
    expect(events[2]!.before).toEqual(facts);
    expect(JSON.stringify(events.map(({ before, after }) => [before, after]))).not.toContain("the content itself");
  });

  it("lists files whose expiry day has passed, not those expiring today or later", async () => {
    const { assessor, viewer, id } = await setup();
    const expired = await evidence.uploadEvidenceFile(assessor, id, upload({ name: "old-cert.pdf", expiresOn: daysFromToday(-1) }), text("%PDF-1.4"));
    await evidence.uploadEvidenceFile(assessor, id, upload({ name: "today.txt", expiresOn: daysFromToday(0) }), text("t"));
    await evidence.uploadEvidenceFile(assessor, id, upload({ name: "later.txt", expiresOn: daysFromToday(30) }), text("l"));
    await evidence.uploadEvidenceFile(assessor, id, upload({ name: "never.txt", expiresOn: "" }), text("n"));
    expect(await evidence.listExpiredEvidence(viewer, id)).toEqual([{ fileId: expired.id, questionId: FIRST, name: "old-cert.pdf", expiresOn: daysFromToday(-1) }]);
  });

  it("an archived assessment takes no file and loses none; deleting the assessment deletes its files", async () => {
    const { owner, assessor, id } = await setup();
    const file = await evidence.uploadEvidenceFile(assessor, id, upload({ name: "a.txt" }), text("a"));
    await assessments.updateAssessment(owner, id, { status: "archived" });
    expect((await appError(evidence.uploadEvidenceFile(assessor, id, upload({ name: "b.txt" }), text("b")))).code).toBe("conflict");
    expect((await appError(evidence.deleteEvidenceFile(assessor, id, file.id))).code).toBe("conflict");
    await assessments.deleteAssessment(owner, id);
    expect(await prisma.evidenceFile.count({ where: { id: file.id } })).toBe(0);
  });
});

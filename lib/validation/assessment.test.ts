import { describe, expect, it } from "vitest";
import type { z } from "zod";
import { LATEST_FRAMEWORK } from "@/lib/framework/index";
import {
  ZAnswerContent,
  ZAssessmentListFilter,
  ZCreateAssessment,
  ZEvidenceUrl,
  ZImportText,
  ZPutAnswers,
  ZRecordSnapshot,
  ZSaveAnswer,
  ZUpdateAssessment,
} from "./assessment";
import { fieldPath } from "./field-path";

const Q1 = LATEST_FRAMEWORK.questions[0]!.id;

function issuesOf(schema: z.ZodType, input: unknown): { path: string; message: string }[] {
  const result = schema.safeParse(input);
  if (result.success) throw new Error(`expected ${JSON.stringify(input)} to be refused`);
  return result.error.issues.map((issue) => ({ path: fieldPath(issue.path), message: issue.message }));
}

const pathsOf = (schema: z.ZodType, input: unknown) => issuesOf(schema, input).map((issue) => issue.path);

describe("ZCreateAssessment", () => {
  it("needs only a name: scope is empty and the framework is the latest", () => {
    expect(ZCreateAssessment.parse({ name: "HQ" })).toEqual({ name: "HQ", scope: "", frameworkVersion: LATEST_FRAMEWORK.id });
  });

  it("trims the name and scope", () => {
    expect(ZCreateAssessment.parse({ name: "  Branch offices \n", scope: "  EU only  " })).toMatchObject({ name: "Branch offices", scope: "EU only" });
  });

  it("refuses a missing, blank or over-long name", () => {
    expect(issuesOf(ZCreateAssessment, {})).toEqual([{ path: "name", message: expect.any(String) }]);
    expect(issuesOf(ZCreateAssessment, { name: "   " })).toEqual([{ path: "name", message: "Name the assessment." }]);
    expect(issuesOf(ZCreateAssessment, { name: "x".repeat(121) })).toEqual([{ path: "name", message: "Use at most 120 characters." }]);
    expect(ZCreateAssessment.parse({ name: ` ${"x".repeat(120)} ` }).name).toHaveLength(120);
  });

  it("limits the scope to 2,000 characters", () => {
    expect(issuesOf(ZCreateAssessment, { name: "a", scope: "s".repeat(2001) })).toEqual([{ path: "scope", message: "Use at most 2,000 characters." }]);
    expect(ZCreateAssessment.safeParse({ name: "a", scope: "s".repeat(2000) }).success).toBe(true);
  });

  it("accepts only framework versions the app knows", () => {
    expect(ZCreateAssessment.parse({ name: "a", frameworkVersion: LATEST_FRAMEWORK.id }).frameworkVersion).toBe(LATEST_FRAMEWORK.id);
    expect(issuesOf(ZCreateAssessment, { name: "a", frameworkVersion: "zt-1999.1" })).toEqual([
      { path: "frameworkVersion", message: "Choose a framework version this app knows." },
    ]);
  });

  it("accepts targets per pillar and refuses unknown pillars or stages", () => {
    expect(ZCreateAssessment.parse({ name: "a", targets: { identity: "optimal", data: "initial" } }).targets).toEqual({ identity: "optimal", data: "initial" });
    expect(pathsOf(ZCreateAssessment, { name: "a", targets: { identity: "perfect" } })).toEqual(["targets.identity"]);
    expect(pathsOf(ZCreateAssessment, { name: "a", targets: { cloud: "optimal" } })).toEqual(["targets"]);
  });

  it("keeps an owner and a preset when given", () => {
    expect(ZCreateAssessment.parse({ name: "a", ownerId: " user-1 ", presetId: "remote-hybrid-work" })).toMatchObject({ ownerId: "user-1", presetId: "remote-hybrid-work" });
    expect(pathsOf(ZCreateAssessment, { name: "a", ownerId: "" })).toEqual(["ownerId"]);
  });
});

describe("ZUpdateAssessment", () => {
  it("refuses an empty change", () => {
    expect(issuesOf(ZUpdateAssessment, {})).toEqual([{ path: "body", message: "Send at least one field to change." }]);
    expect(issuesOf(ZUpdateAssessment, { name: undefined })).toEqual([{ path: "body", message: "Send at least one field to change." }]);
  });

  it("accepts a single field, including clearing the owner", () => {
    expect(ZUpdateAssessment.parse({ status: "archived" })).toEqual({ status: "archived" });
    expect(ZUpdateAssessment.parse({ ownerId: null })).toEqual({ ownerId: null });
    expect(ZUpdateAssessment.parse({ name: "  New name " })).toEqual({ name: "New name" });
  });

  it("refuses a blank name and an unknown status", () => {
    expect(pathsOf(ZUpdateAssessment, { name: " " })).toEqual(["name"]);
    expect(issuesOf(ZUpdateAssessment, { status: "deleted" })).toEqual([{ path: "status", message: "Choose draft, in_progress, completed or archived." }]);
  });
});

describe("ZAnswerContent", () => {
  it("fills an empty note and no evidence", () => {
    expect(ZAnswerContent.parse({ questionId: Q1, value: "advanced" })).toEqual({ questionId: Q1, value: "advanced", note: "", evidence: [] });
  });

  it("requires a non-blank reason for N/A, and trims it", () => {
    for (const naReason of [undefined, null, "", "  \n "]) {
      expect(issuesOf(ZAnswerContent, { questionId: Q1, value: "not_applicable", naReason })).toEqual([
        { path: "naReason", message: "Say why this question does not apply." },
      ]);
    }
    expect(ZAnswerContent.parse({ questionId: Q1, value: "not_applicable", naReason: "  No OT network  " }).naReason).toBe("No OT network");
  });

  it("refuses a value that is neither a stage, N/A nor Unknown", () => {
    expect(issuesOf(ZAnswerContent, { questionId: Q1, value: "expert" })).toEqual([{ path: "value", message: "Choose a level, Not applicable or Unknown." }]);
    expect(ZAnswerContent.safeParse({ questionId: Q1, value: "unknown" }).success).toBe(true);
  });

  it("accepts criterion ids of the form stage-position, each once", () => {
    expect(ZAnswerContent.safeParse({ questionId: Q1, value: "initial", criteriaMet: ["initial-1", "advanced-2"] }).success).toBe(true);
    expect(pathsOf(ZAnswerContent, { questionId: Q1, value: "initial", criteriaMet: ["expert-1"] })).toEqual(["criteriaMet[0]"]);
    expect(pathsOf(ZAnswerContent, { questionId: Q1, value: "initial", criteriaMet: ["initial-1", "initial-1"] })).toEqual(["criteriaMet"]);
  });

  it("limits note length, reason length and number of evidence links", () => {
    expect(pathsOf(ZAnswerContent, { questionId: Q1, value: "initial", note: "n".repeat(5001) })).toEqual(["note"]);
    expect(pathsOf(ZAnswerContent, { questionId: Q1, value: "not_applicable", naReason: "r".repeat(1001) })).toEqual(["naReason"]);
    const links = Array.from({ length: 21 }, (_, i) => `https://e.example/${i}`);
    expect(issuesOf(ZAnswerContent, { questionId: Q1, value: "initial", evidence: links })).toEqual([{ path: "evidence", message: "Attach at most 20 evidence links." }]);
    expect(ZAnswerContent.safeParse({ questionId: Q1, value: "initial", evidence: links.slice(0, 20) }).success).toBe(true);
  });

  it("names the evidence link that is wrong", () => {
    expect(issuesOf(ZAnswerContent, { questionId: Q1, value: "initial", evidence: ["https://ok.example", "javascript:alert(1)"] })).toEqual([
      { path: "evidence[1]", message: "Evidence links must be http(s) URLs." },
    ]);
  });
});

describe("ZEvidenceUrl", () => {
  it.each(["http://intranet.example", "https://wiki.example.com/page?x=1#y", "https://203.0.113.5:8443/report.pdf"])("accepts %s", (url) => {
    expect(ZEvidenceUrl.parse(url)).toBe(url);
  });

  it.each(["javascript:alert(1)", "JavaScript:alert(1)", "ftp://x", "file:///etc/passwd", "data:text/html,hi", "mailto:a@example.com", "//example.com", "example.com", ""])(
    "rejects %j",
    (url) => {
      expect(ZEvidenceUrl.safeParse(url).success).toBe(false);
    },
  );

  it("rejects links longer than 2,000 characters", () => {
    const long = `https://e.example/${"a".repeat(2000)}`;
    expect(issuesOf(ZEvidenceUrl, long)).toEqual([{ path: "body", message: "Evidence links are at most 2,000 characters." }]);
  });
});

describe("ZSaveAnswer", () => {
  const save = { questionId: Q1, value: "initial" };

  it("requires the version the caller read", () => {
    expect(pathsOf(ZSaveAnswer, save)).toEqual(["expectedVersion"]);
    expect(ZSaveAnswer.parse({ ...save, expectedVersion: 0 })).toEqual({ ...save, note: "", evidence: [], expectedVersion: 0 });
    expect(ZSaveAnswer.parse({ ...save, expectedVersion: 7 }).expectedVersion).toBe(7);
  });

  it.each([-1, 1.5, "1", null, Number.NaN, 2_147_483_648])("refuses expectedVersion %j", (expectedVersion) => {
    expect(pathsOf(ZSaveAnswer, { ...save, expectedVersion })).toEqual(["expectedVersion"]);
  });

  it("still requires a reason for N/A", () => {
    expect(pathsOf(ZSaveAnswer, { questionId: Q1, value: "not_applicable", expectedVersion: 0 })).toEqual(["naReason"]);
  });
});

describe("ZPutAnswers", () => {
  it("needs between 1 and 200 answers", () => {
    expect(issuesOf(ZPutAnswers, { answers: [] })).toEqual([{ path: "answers", message: "Send at least one answer." }]);
    const many = Array.from({ length: 201 }, () => ({ questionId: Q1, value: "initial", expectedVersion: 0 }));
    expect(pathsOf(ZPutAnswers, { answers: many })).toEqual(["answers"]);
  });

  it("names the field of the answer that is wrong", () => {
    expect(pathsOf(ZPutAnswers, { answers: [{ questionId: Q1, value: "initial", expectedVersion: 0 }, { questionId: Q1, value: "huge", expectedVersion: 0 }] })).toEqual([
      "answers[1].value",
    ]);
  });
});

describe("other assessment inputs", () => {
  it("ZRecordSnapshot trims an optional label of at most 120 characters", () => {
    expect(ZRecordSnapshot.parse({})).toEqual({});
    expect(ZRecordSnapshot.parse({ label: "  Q3 2026 " })).toEqual({ label: "Q3 2026" });
    expect(issuesOf(ZRecordSnapshot, { label: "l".repeat(121) })).toEqual([{ path: "label", message: "Use at most 120 characters." }]);
  });

  it("ZAssessmentListFilter trims the query and checks the status", () => {
    expect(ZAssessmentListFilter.parse({ q: "  head  ", status: "draft" })).toEqual({ q: "head", status: "draft" });
    expect(pathsOf(ZAssessmentListFilter, { status: "gone" })).toEqual(["status"]);
  });

  it("ZImportText refuses an empty file and one over 1 MB", () => {
    expect(issuesOf(ZImportText, { text: "" })).toEqual([{ path: "text", message: "Choose a file to import." }]);
    expect(issuesOf(ZImportText, { text: "x".repeat(1_000_001) })).toEqual([{ path: "text", message: "The file is larger than 1 MB." }]);
    expect(ZImportText.parse({ text: "{}" })).toEqual({ text: "{}" });
  });
});

/**
 * The OpenAPI 3.1 description of /api/v1, generated from the zod schemas that validate the
 * requests (and those the API tests parse responses with), so it cannot drift from the code.
 */
import { z } from "zod";
import {
  ZApiAnswer,
  ZApiAssessment,
  ZApiAssessmentSummary,
  ZApiConflict,
  ZApiError,
  ZApiScores,
  ZApiCaller,
  ZApiEvidenceFile,
  ZApiEvidenceImport,
  ZApiSnapshot,
  ZApiSnapshotSummary,
  ZApiTrackedNextStep,
  ZApiView,
} from "@/lib/validation/api-responses";
import { ZAssessmentListFilter, ZCreateAssessment, ZPutAnswers, ZRecordSnapshot, ZReportQuery, ZScoresQuery, ZUpdateAssessment } from "@/lib/validation/assessment";
import { ZAssessmentDocument } from "@/lib/assessment/document";
import { MAX_EVIDENCE_BYTES } from "@/lib/evidence/files";
import { FRAMEWORKS } from "@/lib/framework/index";
import { ZAuditFilter } from "@/lib/validation/audit";
import { ZEvidenceUpload } from "@/lib/validation/evidence";
import { MAX_API_LIMIT, NEXT_STEP_QUERY_PARAMS, ZNextStepApiQuery, ZNextStepExportFormat } from "@/lib/validation/next-step";

const input = (schema: z.ZodType) => z.toJSONSchema(schema, { io: "input", target: "draft-2020-12", unrepresentable: "any" });
const output = (schema: z.ZodType) => z.toJSONSchema(schema, { io: "output", target: "draft-2020-12", unrepresentable: "any" });

const json = (schema: object, description: string) => ({ description, content: { "application/json": { schema } } });
const ref = (name: string) => ({ $ref: `#/components/schemas/${name}` });
const body = (schema: z.ZodType) => ({ required: true, content: { "application/json": { schema: input(schema) } } });

const errors = {
  "400": json(ref("Error"), "Invalid input: `fields` names every bad field."),
  "401": json(ref("Error"), "No valid session or API token."),
  "403": json(ref("Error"), "The caller's role or token scopes do not allow this."),
  "404": json(ref("Error"), "No such assessment in the caller's organisation (another organisation's ids are not found either)."),
};

const idParam = { name: "id", in: "path", required: true, schema: { type: "string" } };

const csv = (description: string) => ({ description, content: { "text/csv": { schema: { type: "string" } } } });

// The tracker page's filters, as its CSV export reads them (page and item address the page only).
const ZNextStepExportQuery = z.object(NEXT_STEP_QUERY_PARAMS).omit({ page: true, item: true }).extend({ format: ZNextStepExportFormat });

function queryParams(schema: z.ZodObject) {
  return Object.entries(schema.shape).map(([name, field]) => ({ name, in: "query", required: false, schema: input(field as z.ZodType) }));
}

export function openApiDocument(serverUrl = "/") {
  return {
    openapi: "3.1.0",
    info: {
      title: "Zero Trust Readiness API",
      version: "1.0.0",
      description:
        "Assessments, answers, snapshots, scores and tracked next steps of the caller's active organisation. Authenticate with an API token (`Authorization: Bearer ztr_…`, created in Settings) or a browser session. Every call is checked against the caller's role and, for tokens, their scopes.",
    },
    servers: [{ url: serverUrl }],
    security: [{ bearerToken: [] }, { sessionCookie: [] }],
    paths: {
      "/api/v1/assessments": {
        get: {
          summary: "List assessments",
          operationId: "listAssessments",
          parameters: queryParams(ZAssessmentListFilter),
          responses: { "200": json({ type: "object", properties: { assessments: { type: "array", items: ref("AssessmentSummary") } } }, "Assessments, most recently changed first."), ...errors },
        },
        post: {
          summary: "Create an assessment",
          description: "Only `name` is required: the latest framework version, the first preset's targets and the caller as owner are the defaults.",
          operationId: "createAssessment",
          requestBody: body(ZCreateAssessment),
          responses: { "201": json({ type: "object", properties: { assessment: ref("Assessment") } }, "Created."), ...errors },
        },
      },
      "/api/v1/assessments/import": {
        post: {
          summary: "Import an exported assessment as a new one",
          operationId: "importAssessment",
          requestBody: body(ZAssessmentDocument),
          responses: { "201": json({ type: "object", properties: { id: { type: "string" } } }, "Imported."), ...errors },
        },
      },
      "/api/v1/assessments/{id}": {
        parameters: [idParam],
        get: { summary: "Read an assessment", operationId: "getAssessment", responses: { "200": json({ type: "object", properties: { assessment: ref("Assessment") } }, "The assessment."), ...errors } },
        patch: {
          summary: "Rename, rescope, reassign, retarget, archive or restore",
          operationId: "updateAssessment",
          requestBody: body(ZUpdateAssessment),
          responses: { "200": json({ type: "object", properties: { assessment: ref("Assessment") } }, "Updated."), ...errors, "409": json(ref("Error"), "The assessment is archived.") },
        },
        delete: { summary: "Delete an assessment with its answers and snapshots", operationId: "deleteAssessment", responses: { "204": { description: "Deleted." }, ...errors } },
      },
      "/api/v1/assessments/{id}/answers": {
        parameters: [idParam],
        get: { summary: "Read the answers", operationId: "listAnswers", responses: { "200": json({ type: "object", properties: { answers: { type: "array", items: ref("Answer") } } }, "Answers in framework order."), ...errors } },
        put: {
          summary: "Save answers with optimistic concurrency",
          description: "Each answer carries `expectedVersion`, the version read (0 for a first answer). If any answer changed meanwhile, nothing is saved and 409 returns both values. `unknown` is an answer that counts as unanswered. From zt-2026.2 on, `criteriaMet` lists the ticked criteria of the level checklist (`advanced-2`: stage and 1-based position; Traditional's are never ticked); ids that are not the question's criteria, and `not_applicable` on a question that applies to every organisation, are refused with 400.",
          operationId: "saveAnswers",
          requestBody: body(ZPutAnswers),
          responses: { "200": json({ type: "object", properties: { answers: { type: "array", items: ref("Answer") } } }, "Saved."), ...errors, "409": json({ oneOf: [ref("Conflict"), ref("Error")] }, "`Conflict`: someone else changed an answer meanwhile (nothing saved). `Error` with code `conflict`: the assessment is archived.") },
        },
      },
      "/api/v1/assessments/{id}/snapshots": {
        parameters: [idParam],
        get: { summary: "List snapshots", operationId: "listSnapshots", responses: { "200": json({ type: "object", properties: { snapshots: { type: "array", items: ref("SnapshotSummary") } } }, "Newest first."), ...errors } },
        post: {
          summary: "Record a snapshot of the scored answers",
          operationId: "recordSnapshot",
          requestBody: { ...body(ZRecordSnapshot), required: false },
          responses: { "201": json({ type: "object", properties: { snapshot: ref("SnapshotSummary") } }, "Recorded; snapshots never change."), ...errors, "409": json(ref("Error"), "The assessment is archived.") },
        },
      },
      "/api/v1/assessments/{id}/snapshots/{snapshotId}": {
        parameters: [idParam, { ...idParam, name: "snapshotId" }],
        get: { summary: "Read a snapshot", operationId: "getSnapshot", responses: { "200": json({ type: "object", properties: { snapshot: ref("Snapshot") } }, "The frozen answers and scores."), ...errors } },
      },
      "/api/v1/assessments/{id}/scores": {
        parameters: [idParam],
        get: {
          summary: "Score the current answers, or see them as CISA, DoD, Microsoft or NIST",
          description:
            "Without `view`: pillar and overall maturity, gaps and prioritised next steps. With `view`: the same answers as CISA ZTMM (per pillar and function), DoD (Target- and Advanced-level capability attainment per DoD pillar), Microsoft (progress per business scenario against its preset targets) or NIST SP 800-207 (per tenet). A question bank version without the mapping answers `available: false` with the reason. The rules are in docs/scoring-views.md.",
          operationId: "getScores",
          parameters: queryParams(ZScoresQuery),
          responses: { "200": json({ oneOf: [ref("Scores"), ref("View")] }, "`Scores` without `view`; `View` with it."), ...errors },
        },
      },
      "/api/v1/assessments/{id}/evidence/zero-trust-assessment": {
        parameters: [idParam],
        post: {
          summary: "Import Microsoft Zero Trust Assessment results",
          description:
            "The request body is the file the tool wrote: `zt-export/ZeroTrustAssessmentReport.json` or the single-file `ZeroTrustAssessmentReport.html`, up to 50 MB (this route only; the rest of the API keeps 1 MB). UTF-8 with or without a byte-order mark, or UTF-16 with one. Counts are computed from `Tests`. A malformed file is a 400 whose `fields` name each problem by path; nothing is stored. Needs `assessment.write`.",
          operationId: "importZeroTrustAssessment",
          parameters: [{ name: "fileName", in: "query", required: false, schema: { type: "string", maxLength: 200 }, description: "The file's name, kept with the import." }],
          requestBody: { required: true, content: { "application/json": { schema: { type: "object" } }, "text/html": { schema: { type: "string" } } } },
          responses: { "201": json({ type: "object", properties: { id: { type: "string" }, counts: { type: "object" } } }, "Imported."), ...errors },
        },
        get: {
          summary: "List the imported Zero Trust Assessment runs",
          operationId: "listEvidenceImports",
          responses: { "200": json({ type: "object", properties: { imports: { type: "array", items: ref("EvidenceImport") } } }, "Newest run first, each with what changed since its tenant's run before."), ...errors },
        },
      },
      "/api/v1/assessments/{id}/export": {
        parameters: [idParam, { name: "format", in: "query", required: false, schema: { type: "string", enum: ["json", "csv"], default: "json" } }],
        get: {
          summary: "Download the assessment (JSON) or its answers (CSV)",
          operationId: "exportAssessment",
          responses: {
            "200": { description: "An attachment.", content: { "application/json": { schema: ref("AssessmentDocument") }, "text/csv": { schema: { type: "string" } } } },
            ...errors,
          },
        },
      },
      "/api/v1/assessments/{id}/report": {
        parameters: [idParam],
        get: {
          summary: "Download the PDF report",
          description: "Of a snapshot (`snapshot`: its id) or, without it, of the current answers. Needs `report.export`.",
          operationId: "downloadReport",
          parameters: queryParams(ZReportQuery),
          responses: {
            "200": { description: "The report as an attachment.", content: { "application/pdf": { schema: { type: "string", format: "binary" } } } },
            ...errors,
            "429": json(ref("Error"), "Too many reports being rendered: retry shortly."),
          },
        },
      },
      "/api/v1/assessments/{id}/evidence/files": {
        parameters: [idParam],
        get: {
          summary: "List the evidence files",
          operationId: "listEvidenceFiles",
          responses: { "200": json({ type: "object", properties: { files: { type: "array", items: ref("EvidenceFile") } } }, "Every file of the assessment, by question."), ...errors },
        },
        post: {
          summary: "Upload an evidence file for one answer",
          description: `The request body is the file itself, up to ${MAX_EVIDENCE_BYTES / (1024 * 1024)} MB; its question, name and optional expiry day travel in the query. The server recognises the type from the bytes; a type it does not keep, or an answer that already holds its limit of files, is a 400. Needs \`assessment.write\`.`,
          operationId: "uploadEvidenceFile",
          parameters: queryParams(ZEvidenceUpload),
          requestBody: { required: true, content: { "application/octet-stream": { schema: { type: "string", format: "binary" } } } },
          responses: {
            "201": json({ type: "object", properties: { file: ref("EvidenceFile") } }, "Stored."),
            ...errors,
            "409": json(ref("Error"), "The assessment is archived."),
            "413": json(ref("Error"), "The file is larger than the limit."),
            "429": json(ref("Error"), "Too many uploads in flight: retry shortly."),
          },
        },
      },
      "/api/v1/assessments/{id}/evidence/files/{fileId}": {
        parameters: [idParam, { ...idParam, name: "fileId" }],
        get: {
          summary: "Download an evidence file",
          description: "The stored bytes under the type recognised at upload: images and plain text inline, anything else as an attachment, never run as a page of this site.",
          operationId: "downloadEvidenceFile",
          responses: { "200": { description: "The file.", content: { "application/octet-stream": { schema: { type: "string", format: "binary" } } } }, ...errors },
        },
        delete: {
          summary: "Delete an evidence file",
          description: "Needs `assessment.write`; a browser session must send it from this site.",
          operationId: "deleteEvidenceFile",
          responses: { "204": { description: "Deleted." }, ...errors, "409": json(ref("Error"), "The assessment is archived.") },
        },
      },
      "/api/v1/audit/export": {
        get: {
          summary: "Download the audit log as CSV",
          description: "The organisation's audit events with the audit page's filters, newest first. Needs `audit.read`.",
          operationId: "exportAuditLog",
          parameters: queryParams(ZAuditFilter),
          responses: { "200": csv("The events, one a row."), ...errors },
        },
      },
      "/api/v1/framework/{version}": {
        parameters: [{ name: "version", in: "path", required: true, schema: { type: "string", enum: FRAMEWORKS.map((framework) => framework.id) } }],
        get: {
          summary: "Download a framework version",
          description: "Every pillar, question, level criterion and mapping of one question bank version, as JSON. Any signed-in caller may read it.",
          operationId: "downloadFramework",
          responses: { "200": json({ type: "object" }, "The version, as an attachment."), ...errors },
        },
      },
      "/api/v1/next-steps/export": {
        get: {
          summary: "Download tracked next steps as CSV",
          description: "The tracker's filters (`owner` takes a member's id, `me` or `none`), in the tracker's own columns (`format=csv`) or ready for Jira's or Azure Boards' CSV import. A bad filter is a 400 naming it. Needs `assessment.read`.",
          operationId: "exportNextSteps",
          parameters: queryParams(ZNextStepExportQuery),
          responses: { "200": csv("The next steps, one a row."), ...errors },
        },
      },
      "/api/v1/me": {
        get: {
          summary: "Who the caller is",
          description: "The user, the organisation the token or session acts in, the role there, and the permissions the caller holds now (within the token's scopes; none until two-factor enrolment when the organisation requires it). It reads nothing beyond authentication.",
          operationId: "getCaller",
          responses: { "200": json(output(ZApiCaller), "The caller."), "401": errors["401"] },
        },
      },
      "/api/v1/openapi.json": {
        get: {
          summary: "This document",
          operationId: "getOpenApiDocument",
          responses: { "200": json({ type: "object" }, "The OpenAPI 3.1 description of /api/v1."), "401": errors["401"] },
        },
      },
      "/api/v1/next-steps": {
        get: {
          summary: "List tracked next steps",
          description: `The organisation's next steps, as on the tracker page: open items only unless \`closed=true\` or a \`status\` asks for finished ones; open items first, then by due date. A page holds \`limit\` items (at most ${MAX_API_LIMIT}); read pages 1 to \`pageCount\`. Needs the \`assessment.read\` scope.`,
          operationId: "listNextSteps",
          parameters: queryParams(ZNextStepApiQuery),
          responses: {
            "200": json(
              { type: "object", required: ["nextSteps", "page", "limit", "total", "pageCount"], properties: { nextSteps: { type: "array", items: ref("TrackedNextStep") }, page: { type: "integer" }, limit: { type: "integer" }, total: { type: "integer" }, pageCount: { type: "integer" } } },
              "One page of next steps.",
            ),
            ...errors,
          },
        },
      },
    },
    components: {
      securitySchemes: {
        bearerToken: { type: "http", scheme: "bearer", description: "An API token from Settings → API tokens." },
        sessionCookie: { type: "apiKey", in: "cookie", name: "__Secure-better-auth.session_token" },
      },
      schemas: {
        Error: output(ZApiError),
        Conflict: output(ZApiConflict),
        AssessmentSummary: output(ZApiAssessmentSummary),
        Assessment: output(ZApiAssessment),
        Answer: output(ZApiAnswer),
        SnapshotSummary: output(ZApiSnapshotSummary),
        Snapshot: output(ZApiSnapshot),
        Scores: output(ZApiScores),
        EvidenceFile: output(ZApiEvidenceFile),
        EvidenceImport: output(ZApiEvidenceImport),
        View: output(ZApiView),
        AssessmentDocument: output(ZAssessmentDocument),
        TrackedNextStep: output(ZApiTrackedNextStep),
      },
    },
  };
}

import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { LATEST_FRAMEWORK } from "@/lib/framework/index";
import { PILLARS, STAGES } from "@/lib/framework/types";
import { scoreAssessment } from "@/lib/scoring/maturity";
import { impliedCriteria } from "./criteria";
import { DOCUMENT_SCHEMA, DOCUMENT_SCHEMA_VERSION, documentAnswer, parseAssessmentDocument, storedAnswers, targetsFromPillars, type DocumentProblem } from "./document";

// Questions that may be N/A: these tests move answers to and from N/A.
const [Q1, Q2, Q3] = LATEST_FRAMEWORK.questions.filter((question) => question.detail?.naAllowed !== false).map((question) => question.id) as [string, string, string];

interface AnswerDoc {
  questionId: string;
  value: string;
  naReason?: string | null;
  note: string;
  evidence: string[];
  criteriaMet?: string[];
}

interface Doc {
  schema: string;
  schemaVersion: number;
  exportedAt: string;
  assessment: { name: string; scope: string; frameworkVersion: string; status: string; targets: Record<string, string> };
  answers: AnswerDoc[];
  snapshots: { label: string | null; takenAt: string; frameworkVersion: string; targets: Record<string, string>; answers: AnswerDoc[] }[];
}

function validDocument(): Doc {
  return {
    schema: DOCUMENT_SCHEMA,
    schemaVersion: DOCUMENT_SCHEMA_VERSION,
    exportedAt: "2026-11-30T10:00:00.000Z",
    assessment: {
      name: "Head office",
      scope: "All staff and the two data centres",
      frameworkVersion: LATEST_FRAMEWORK.id,
      status: "in_progress",
      targets: { identity: "optimal", network: "advanced" },
    },
    answers: [
      { questionId: Q1, value: "advanced", naReason: null, note: "SSO everywhere", evidence: ["https://wiki.example.com/sso"] },
      { questionId: Q2, value: "not_applicable", naReason: "No contractors", note: "", evidence: [] },
      { questionId: Q3, value: "initial", naReason: null, note: "", evidence: ["http://intranet.example/mfa", "https://example.com/a?b=c#d"] },
    ],
    snapshots: [
      {
        label: "Q3 baseline",
        takenAt: "2026-09-30T12:00:00.000Z",
        frameworkVersion: LATEST_FRAMEWORK.id,
        targets: { identity: "optimal" },
        answers: [{ questionId: Q1, value: "initial", naReason: null, note: "", evidence: [] }],
      },
    ],
  };
}

function problemsOf(input: unknown): DocumentProblem[] {
  const result = parseAssessmentDocument(input);
  if (result.ok) throw new Error("expected the document to be refused");
  return result.problems;
}

const pathsOf = (input: unknown) => problemsOf(input).map((problem) => problem.path);

function withChange(change: (doc: Doc) => void): Doc {
  const doc = validDocument();
  change(doc);
  return doc;
}

describe("parseAssessmentDocument", () => {
  it("accepts a valid document and returns it unchanged after a JSON round trip", () => {
    const doc = validDocument();
    const result = parseAssessmentDocument(JSON.parse(JSON.stringify(doc)));
    expect(result).toEqual({ ok: true, document: doc });
  });

  it("fills defaults for scope, status, snapshots, naReason, note and evidence", () => {
    const result = parseAssessmentDocument({
      schema: DOCUMENT_SCHEMA,
      schemaVersion: 1,
      assessment: { name: "  Minimal  ", frameworkVersion: LATEST_FRAMEWORK.id, targets: {} },
      answers: [{ questionId: Q1, value: "optimal" }],
    });
    expect(result).toEqual({
      ok: true,
      document: {
        schema: DOCUMENT_SCHEMA,
        schemaVersion: 1,
        assessment: { name: "Minimal", scope: "", frameworkVersion: LATEST_FRAMEWORK.id, status: "draft", targets: {} },
        answers: [{ questionId: Q1, value: "optimal", note: "", evidence: [] }],
        snapshots: [],
      },
    });
  });

  it("reports every structural problem at once, each with its field path", () => {
    const doc = withChange((d) => {
      d.schema = "something-else";
      d.schemaVersion = 2;
      d.assessment.name = "   ";
      d.answers[0]!.value = "not_applicable";
      d.answers[0]!.naReason = null;
      d.answers[1]!.value = "excellent";
      d.answers[2]!.evidence = ["https://ok.example", "javascript:alert(1)", "ftp://x"];
      d.snapshots[0]!.takenAt = "last Tuesday";
      d.snapshots[0]!.answers[0]!.value = "nope";
    });
    expect(pathsOf(doc).sort()).toEqual(
      [
        "schema",
        "schemaVersion",
        "assessment.name",
        "answers[0].naReason",
        "answers[1].value",
        "answers[2].evidence[1]",
        "answers[2].evidence[2]",
        "snapshots[0].takenAt",
        "snapshots[0].answers[0].value",
      ].sort(),
    );
  });

  it("reports unknown questions alongside structural problems, so one upload shows them all", () => {
    const doc = withChange((d) => {
      d.assessment.name = "";
      d.answers[1]!.questionId = "XYZ-99";
    });
    expect(pathsOf(doc)).toEqual(["assessment.name", "answers[1].questionId"]);
  });

  it("explains a wrong schema and schemaVersion in words a user can act on", () => {
    const problems = problemsOf({ ...validDocument(), schema: "other-app/export", schemaVersion: 7 });
    expect(problems).toEqual([
      { path: "schema", message: `This is not a Zero Trust Readiness assessment file ("schema" must be "${DOCUMENT_SCHEMA}").` },
      { path: "schemaVersion", message: "Only schemaVersion 1 can be imported." },
    ]);
  });

  it("refuses N/A without a reason, or with a blank one", () => {
    for (const naReason of [undefined, null, "", "   "]) {
      const doc = withChange((d) => {
        d.answers[0] = { ...d.answers[0]!, value: "not_applicable", naReason };
      });
      expect(problemsOf(doc)).toEqual([{ path: "answers[0].naReason", message: "Say why this question does not apply." }]);
    }
  });

  it("names an empty or too long assessment name", () => {
    expect(pathsOf(withChange((d) => void (d.assessment.name = "")))).toEqual(["assessment.name"]);
    expect(pathsOf(withChange((d) => void (d.assessment.name = "x".repeat(121))))).toEqual(["assessment.name"]);
    expect(parseAssessmentDocument(withChange((d) => void (d.assessment.name = "x".repeat(120)))).ok).toBe(true);
  });

  it.each(["javascript:alert(1)", "ftp://x", "mailto:ciso@example.com", "data:text/html,<script>", "not a url", "http://"])(
    "rejects the evidence link %j",
    (url) => {
      expect(pathsOf(withChange((d) => void (d.answers[0]!.evidence = [url])))).toEqual(["answers[0].evidence[0]"]);
    },
  );

  it("accepts http and https evidence links", () => {
    const doc = withChange((d) => void (d.answers[0]!.evidence = ["http://a.example", "https://b.example/path?q=1"]));
    expect(parseAssessmentDocument(doc).ok).toBe(true);
  });

  it("refuses an unknown question id", () => {
    expect(problemsOf(withChange((d) => void (d.answers[1]!.questionId = "XYZ-99")))).toEqual([
      { path: "answers[1].questionId", message: `${LATEST_FRAMEWORK.id} has no question "XYZ-99".` },
    ]);
  });

  it("keeps ticked criteria and refuses ids that are not the question's criteria", () => {
    // answers[0] is at Advanced: its ticks are Initial's and Advanced's criteria.
    const ticks = impliedCriteria(LATEST_FRAMEWORK.questions.find((question) => question.id === Q1)!, "advanced");
    const ticked = withChange((d) => void (d.answers[0]!.criteriaMet = ticks));
    const parsed = parseAssessmentDocument(ticked);
    expect(parsed.ok && parsed.document.answers[0]!.criteriaMet).toEqual(ticks);
    expect(problemsOf(withChange((d) => void (d.answers[0]!.criteriaMet = ["initial-1"])))).toEqual([
      { path: "answers[0].criteriaMet", message: expect.stringContaining("the ticked criteria meet Traditional, not Advanced") },
    ]);
    expect(problemsOf(withChange((d) => void (d.answers[0]!.criteriaMet = ["initial-1", "optimal-9"])))).toEqual([
      { path: "answers[0].criteriaMet", message: `${Q1} has no criterion "optimal-9" to tick (Traditional's criteria describe the starting point and are not ticked).` },
    ]);
  });

  it("refuses a question answered twice, naming the second occurrence", () => {
    expect(problemsOf(withChange((d) => void (d.answers[2]!.questionId = Q1)))).toEqual([
      { path: "answers[2].questionId", message: `"${Q1}" is answered twice.` },
    ]);
  });

  it("refuses an unknown framework version for the assessment and for a snapshot", () => {
    const doc = withChange((d) => {
      d.assessment.frameworkVersion = "zt-1999.1";
      d.snapshots[0]!.frameworkVersion = "zt-0";
    });
    expect(problemsOf(doc)).toEqual([
      { path: "assessment.frameworkVersion", message: 'Unknown framework version "zt-1999.1".' },
      { path: "snapshots[0].frameworkVersion", message: 'Unknown framework version "zt-0".' },
    ]);
  });

  it("checks snapshot answers for unknown and repeated questions too", () => {
    const doc = withChange((d) => {
      d.snapshots[0]!.answers = [
        { questionId: Q1, value: "initial", naReason: null, note: "", evidence: [] },
        { questionId: "NOPE-1", value: "initial", naReason: null, note: "", evidence: [] },
        { questionId: Q1, value: "advanced", naReason: null, note: "", evidence: [] },
      ];
    });
    expect(pathsOf(doc)).toEqual(["snapshots[0].answers[1].questionId", "snapshots[0].answers[2].questionId"]);
  });

  it("reports semantic problems of the answers and of every snapshot together", () => {
    const doc = withChange((d) => {
      d.answers[1]!.questionId = "BAD-1";
      d.snapshots.push({ ...d.snapshots[0]!, answers: [{ questionId: "BAD-2", value: "optimal", naReason: null, note: "", evidence: [] }] });
    });
    expect(pathsOf(doc)).toEqual(["answers[1].questionId", "snapshots[1].answers[0].questionId"]);
  });

  it("refuses targets that are not a stage or not a pillar", () => {
    const doc = withChange((d) => void (d.assessment.targets = { identity: "legendary", moon: "optimal" }));
    expect(pathsOf(doc)).toEqual(["assessment.targets.identity", "assessment.targets"]);
  });

  it("refuses input that is not a document at all", () => {
    for (const input of [null, undefined, 42, "text", [], {}]) {
      const problems = problemsOf(input);
      expect(problems.length).toBeGreaterThan(0);
    }
    expect(pathsOf({})).toEqual(expect.arrayContaining(["schema", "schemaVersion", "assessment", "answers"]));
  });

  const documentLike = fc.record(
    {
      schema: fc.oneof(fc.constant(DOCUMENT_SCHEMA), fc.string()),
      schemaVersion: fc.oneof(fc.constant(1), fc.jsonValue()),
      exportedAt: fc.oneof(fc.date({ noInvalidDate: true }).map((date) => date.toISOString()), fc.jsonValue()),
      assessment: fc.record(
        {
          name: fc.oneof(fc.string(), fc.jsonValue()),
          scope: fc.oneof(fc.string(), fc.jsonValue()),
          frameworkVersion: fc.oneof(fc.constant(LATEST_FRAMEWORK.id), fc.string()),
          status: fc.oneof(fc.constantFrom("draft", "in_progress", "completed", "archived"), fc.jsonValue()),
          targets: fc.oneof(fc.dictionary(fc.constantFrom(...PILLARS, "x"), fc.constantFrom(...STAGES, "y")), fc.jsonValue()),
        },
        { requiredKeys: [] },
      ),
      answers: fc.array(
        fc.record(
          {
            questionId: fc.oneof(fc.constantFrom(Q1, Q2, Q3), fc.string()),
            value: fc.oneof(fc.constantFrom(...STAGES, "not_applicable"), fc.jsonValue()),
            naReason: fc.oneof(fc.string(), fc.constant(null), fc.jsonValue()),
            note: fc.oneof(fc.string(), fc.jsonValue()),
            evidence: fc.oneof(fc.array(fc.oneof(fc.webUrl(), fc.string())), fc.jsonValue()),
          },
          { requiredKeys: [] },
        ),
        { maxLength: 5 },
      ),
      snapshots: fc.oneof(
        fc.array(fc.record({ label: fc.jsonValue(), takenAt: fc.jsonValue(), frameworkVersion: fc.constant(LATEST_FRAMEWORK.id), targets: fc.jsonValue(), answers: fc.jsonValue() }), {
          maxLength: 3,
        }),
        fc.jsonValue(),
      ),
    },
    { requiredKeys: [] },
  );

  it("never throws: any JSON value is either a document or a list of named problems", () => {
    fc.assert(
      fc.property(fc.oneof(fc.jsonValue(), documentLike), (input) => {
        const result = parseAssessmentDocument(input);
        if (!result.ok) {
          expect(result.problems.length).toBeGreaterThan(0);
          for (const problem of result.problems) {
            expect(problem.path).toMatch(/\S/);
            expect(problem.message).toMatch(/\S/);
          }
        }
      }),
      { numRuns: 500 },
    );
  });
});

describe("documentAnswer", () => {
  it("keeps only the portable answer content", () => {
    const stored = {
      questionId: Q1,
      value: "advanced" as const,
      naReason: null,
      note: "n",
      evidence: ["https://e.example"],
      criteriaMet: ["initial-1"],
      version: 3,
      updatedAt: new Date(),
      updatedBy: "Ada",
    };
    expect(documentAnswer(stored)).toEqual({ questionId: Q1, value: "advanced", naReason: null, note: "n", evidence: ["https://e.example"], criteriaMet: ["initial-1"] });
  });

  it("gives an N/A its review date and whether it was approved, which scoring reads", () => {
    const na = { questionId: Q1, value: "not_applicable" as const, naReason: "No such systems", note: "", evidence: [], naReviewDate: new Date("2027-12-06T00:00:00Z") };
    expect(documentAnswer({ ...na, naApprovedAt: null })).toMatchObject({ naReviewDate: "2027-12-06", naApproved: false });
    expect(documentAnswer({ ...na, naApprovedAt: new Date() })).toMatchObject({ naReviewDate: "2027-12-06", naApproved: true });
    expect(parseAssessmentDocument({ schema: DOCUMENT_SCHEMA, schemaVersion: DOCUMENT_SCHEMA_VERSION, assessment: { name: "A", frameworkVersion: LATEST_FRAMEWORK.id, targets: {} }, answers: [{ ...na, naReviewDate: "2027-12-06", naApproved: true }] })).toMatchObject({
      ok: true,
      document: { answers: [expect.not.objectContaining({ naApproved: true })] },
    });
  });
});

describe("storedAnswers", () => {
  it("reads back what documentAnswer stored, and a snapshot's answers from before ticks and review dates", () => {
    const na = documentAnswer({ questionId: Q1, value: "not_applicable", naReason: "None", note: "", evidence: [], naReviewDate: "2027-01-31", naApprovedAt: new Date() });
    const level = documentAnswer({ questionId: Q2, value: "advanced", naReason: null, note: "n", evidence: [], criteriaMet: ["advanced-1"] });
    expect(storedAnswers(JSON.parse(JSON.stringify([na, level])))).toEqual([na, level]);
    expect(storedAnswers([{ questionId: Q3, value: "initial", naReason: null, note: "", evidence: [] }])).toEqual([{ questionId: Q3, value: "initial", naReason: null, note: "", evidence: [], criteriaMet: [] }]);
  });

  it("refuses answers no version stored", () => {
    expect(() => storedAnswers([{ questionId: Q1, value: "somewhat" }])).toThrow();
    expect(() => storedAnswers({ answers: [] })).toThrow();
  });
});

describe("targetsFromPillars", () => {
  it("reads back the targets that scoring recorded, leaving out pillars without one", () => {
    const targets = { identity: "optimal", data: "initial", governance: "advanced" } as const;
    expect(targetsFromPillars(scoreAssessment(LATEST_FRAMEWORK, [], targets).pillars)).toEqual(targets);
  });

  it("is empty when no pillar has a target", () => {
    expect(targetsFromPillars([{ pillar: "identity", target: null }])).toEqual({});
  });
});

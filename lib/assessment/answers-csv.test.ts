import { describe, expect, it } from "vitest";
import { LATEST_FRAMEWORK } from "@/lib/framework/index";
import { answersCsv, type CsvAnswer } from "./answers-csv";
import { parseCsv } from "@/lib/testing/parse-csv";

const HEADER = ["Pillar", "Question id", "Question", "Answer", "N/A reason", "Note", "Evidence", "Updated at", "Updated by", "Criteria met"];
const QUESTIONS = LATEST_FRAMEWORK.questions;
const pillarName = (id: string) => LATEST_FRAMEWORK.pillars.find((pillar) => pillar.id === id)!.name;


function answer(questionId: string, overrides: Partial<CsvAnswer> = {}): CsvAnswer {
  return { questionId, value: "initial", naReason: null, note: "", evidence: [], updatedAt: new Date("2026-11-30T09:15:00.000Z"), updatedBy: "Ada Lovelace", ...overrides };
}

const rowOf = (rows: string[][], questionId: string) => rows.find((row) => row[1] === questionId)!;

describe("answersCsv", () => {
  it("has a header and one row per framework question, in framework order, answered or not", () => {
    const rows = parseCsv(answersCsv(LATEST_FRAMEWORK, [answer(QUESTIONS[5]!.id), answer(QUESTIONS[0]!.id)]));
    expect(rows[0]).toEqual(HEADER);
    expect(rows).toHaveLength(QUESTIONS.length + 1);
    expect(QUESTIONS.length).toBe(77);
    expect(rows.slice(1).map((row) => row[1])).toEqual(QUESTIONS.map((question) => question.id));
    expect(rows.slice(1).map((row) => row[0])).toEqual(QUESTIONS.map((question) => pillarName(question.pillar)));
    expect(rows.slice(1).map((row) => row[2])).toEqual(QUESTIONS.map((question) => question.title));
  });

  it("leaves every answer column empty for an unanswered question", () => {
    const rows = parseCsv(answersCsv(LATEST_FRAMEWORK, []));
    expect(rows.slice(1).every((row) => row.slice(3).every((cell) => cell === ""))).toBe(true);
  });

  it("writes stage and N/A labels, the N/A reason, the update time and who made it", () => {
    const [a, b] = QUESTIONS;
    const rows = parseCsv(
      answersCsv(LATEST_FRAMEWORK, [
        answer(a!.id, { value: "optimal", note: "Done" }),
        answer(b!.id, { value: "not_applicable", naReason: "No on-premises servers", updatedBy: null }),
      ]),
    );
    expect(rowOf(rows, a!.id).slice(3)).toEqual(["Optimal", "", "Done", "", "2026-11-30T09:15:00.000Z", "Ada Lovelace", ""]);
    expect(rowOf(rows, b!.id).slice(3)).toEqual(["Not applicable", "No on-premises servers", "", "", "2026-11-30T09:15:00.000Z", "", ""]);
  });

  it("writes Unknown and the ticked criteria", () => {
    const [a, b] = QUESTIONS;
    const rows = parseCsv(answersCsv(LATEST_FRAMEWORK, [answer(a!.id, { value: "unknown" }), answer(b!.id, { value: "initial", criteriaMet: ["initial-1", "initial-2", "advanced-1"] })]));
    expect([rowOf(rows, a!.id)[3], rowOf(rows, a!.id).at(-1)]).toEqual(["Unknown", ""]);
    expect([rowOf(rows, b!.id)[3], rowOf(rows, b!.id).at(-1)]).toEqual(["Initial", "initial-1, initial-2, advanced-1"]);
  });

  it.each([
    ["traditional", "Traditional"],
    ["initial", "Initial"],
    ["advanced", "Advanced"],
    ["optimal", "Optimal"],
  ] as const)("labels %s as %s", (value, label) => {
    const rows = parseCsv(answersCsv(LATEST_FRAMEWORK, [answer(QUESTIONS[0]!.id, { value })]));
    expect(rows[1]![3]).toBe(label);
  });

  it("puts each evidence link on its own line of the cell (a link may contain spaces)", () => {
    const rows = parseCsv(answersCsv(LATEST_FRAMEWORK, [answer(QUESTIONS[0]!.id, { evidence: ["https://a.example/1", "https://b.example/2"] })]));
    expect(rows[1]![6]).toBe("https://a.example/1\nhttps://b.example/2");
  });

  it("neutralises notes and reasons that a spreadsheet would run as a formula", () => {
    const text = answersCsv(LATEST_FRAMEWORK, [
      answer(QUESTIONS[0]!.id, { note: '=HYPERLINK("http://evil.example","click")' }),
      answer(QUESTIONS[1]!.id, { value: "not_applicable", naReason: "+1+1", note: "@SUM(A1)" }),
      answer(QUESTIONS[2]!.id, { note: "-2", updatedBy: "=cmd|' /C calc'!A0" }),
    ]);
    const rows = parseCsv(text);
    expect(rows[1]![5]).toBe(`'=HYPERLINK("http://evil.example","click")`);
    expect(rows[2]![4]).toBe("'+1+1");
    expect(rows[2]![5]).toBe("'@SUM(A1)");
    expect(rows[3]![5]).toBe("'-2");
    expect(rows[3]![8]).toBe("'=cmd|' /C calc'!A0");
    expect(text).toContain(`"'=HYPERLINK(""http://evil.example"",""click"")"`);
  });

  it("quotes cells with commas, quotes and line breaks so each question stays one record", () => {
    const note = 'Rolled out, mostly.\nSee "phase 2"\r\nnext year';
    const text = answersCsv(LATEST_FRAMEWORK, [answer(QUESTIONS[0]!.id, { note })]);
    expect(text).toContain(`"Rolled out, mostly.\nSee ""phase 2""\r\nnext year"`);
    const rows = parseCsv(text);
    expect(rows).toHaveLength(QUESTIONS.length + 1);
    expect(rows[1]![5]).toBe(note);
    expect(rows.every((row) => row.length === HEADER.length)).toBe(true);
  });

  it("ignores answers to questions the framework does not have", () => {
    const rows = parseCsv(answersCsv(LATEST_FRAMEWORK, [answer("ZZZ-99", { note: "stray" })]));
    expect(rows).toHaveLength(QUESTIONS.length + 1);
    expect(rows.some((row) => row.includes("ZZZ-99") || row.includes("stray"))).toBe(false);
  });
});

import { toCsv } from "@/lib/csv";
import type { Framework } from "@/lib/framework/types";
import type { TAnswerContent } from "@/lib/validation/assessment";
import { answerLabel } from "./labels";

export interface CsvAnswer extends TAnswerContent {
  updatedAt: Date;
  updatedBy: string | null;
}

/** Every question of the framework in order, answered or not, one row each. */
export function answersCsv(framework: Framework, answers: readonly CsvAnswer[]): string {
  const byQuestion = new Map(answers.map((answer) => [answer.questionId, answer]));
  const pillarNames = new Map(framework.pillars.map((pillar) => [pillar.id, pillar.name]));
  const rows = framework.questions.map((question) => ({ question, answer: byQuestion.get(question.id) }));
  return toCsv(rows, [
    { header: "Pillar", value: (row) => pillarNames.get(row.question.pillar) },
    { header: "Question id", value: (row) => row.question.id },
    { header: "Question", value: (row) => row.question.title },
    { header: "Answer", value: (row) => (row.answer ? answerLabel(row.answer.value) : "") },
    { header: "N/A reason", value: (row) => row.answer?.naReason ?? "" },
    { header: "Note", value: (row) => row.answer?.note ?? "" },
    { header: "Evidence", value: (row) => row.answer?.evidence.join("\n") ?? "" },
    { header: "Updated at", value: (row) => row.answer?.updatedAt ?? "" },
    { header: "Updated by", value: (row) => row.answer?.updatedBy ?? "" },
    // Last, so earlier columns keep their place: ids such as "advanced-2" from zt-2026.2's level checklist.
    { header: "Criteria met", value: (row) => row.answer?.criteriaMet?.join(", ") ?? "" },
  ]);
}
